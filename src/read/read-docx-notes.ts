import { isZip, unpackZipEntry, zipDirectory } from './zip-directory.js';

/** A Word document's parts are a few dozen; thousands are not a document. */
const MAX_ENTRIES = 10_000;
/** A notes part this big unpacked is no document's notes: it is left out rather than read. */
const MAX_NOTES_BYTES = 64 * 1024 * 1024;

/** The parts that hold notes, in the order they are read: footnotes, then endnotes. */
const NOTE_PARTS = [
  { part: 'word/footnotes.xml', note: 'w:footnote' },
  { part: 'word/endnotes.xml', note: 'w:endnote' },
] as const;

/** Elements whose text is not the document's text: deleted and moved-away runs, field codes, separators. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText']);

const TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

/**
 * The lines of a .docx's footnotes, then of its endnotes, in the order of their parts, each paragraph a line: text
 * a translator must translate too, which the body's text leaves out. Deleted text of tracked changes and field codes
 * are left out as in the body; the separators Word keeps among the notes are not notes. A part that is missing or
 * cannot be read gives nothing (the body is what matters, and has been read).
 */
export function readDocxNotes(bytes: Uint8Array): string[] {
  if (!isZip(bytes)) return [];
  const entries = zipDirectory(bytes, MAX_ENTRIES);
  if (!Array.isArray(entries)) return [];
  const lines: string[] = [];
  for (const { part, note } of NOTE_PARTS) {
    const entry = entries.find((e) => e.name === part);
    if (!entry) continue;
    const xml = unpackZipEntry(bytes, entry, MAX_NOTES_BYTES);
    if (typeof xml === 'string') continue;
    lines.push(...noteLines(new TextDecoder().decode(xml), note));
  }
  return lines;
}

/** The paragraphs of the notes (`w:footnote`/`w:endnote` elements) of a notes part, as lines. */
function noteLines(xml: string, note: string): string[] {
  const lines: string[] = [];
  let inNote = false;
  let skipped = 0;
  let inText = false;
  let line = '';
  for (const m of xml.matchAll(TAG)) {
    const [, closing, name, attributes, selfClosing, text] = m;
    if (text !== undefined) {
      if (inNote && inText && skipped === 0) line += decodeXml(text);
      continue;
    }
    if (name === note) {
      // Separators and continuation notices have a type; real notes have none (or `normal`).
      const type = /\bw:type="([^"]*)"/.exec(attributes ?? '')?.[1];
      inNote = !closing && !selfClosing && (type === undefined || type === 'normal');
      continue;
    }
    if (!inNote) continue;
    if (SKIPPED.has(name!)) {
      if (selfClosing) continue;
      skipped += closing ? -1 : 1;
      continue;
    }
    if (name === 'w:t') {
      inText = !closing && !selfClosing;
    } else if (name === 'w:tab' && selfClosing && skipped === 0) {
      line += '\t';
    } else if ((name === 'w:br' || name === 'w:cr') && selfClosing && skipped === 0) {
      lines.push(line);
      line = '';
    } else if (name === 'w:p' && (closing || selfClosing)) {
      lines.push(line);
      line = '';
    }
  }
  return lines;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, code: string) => {
    if (code.startsWith('#x')) return safeChar(Number.parseInt(code.slice(2), 16), whole);
    if (code.startsWith('#')) return safeChar(Number.parseInt(code.slice(1), 10), whole);
    return ENTITIES[code] ?? whole;
  });
}

function safeChar(code: number, whole: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
