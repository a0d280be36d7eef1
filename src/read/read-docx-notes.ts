import type { ParagraphRole } from '../model/index.js';
import { parseXml, type XmlElement } from '../util/parse-xml.js';
import { isZip, unpackZipEntry, zipDirectory } from './zip-directory.js';

/** A Word document's parts are a few dozen; thousands are not a document. */
const MAX_ENTRIES = 10_000;
/** A notes part this big unpacked is no document's notes: it is left out rather than read. */
const MAX_NOTES_BYTES = 64 * 1024 * 1024;

/** The parts that hold notes, in the order they are read: footnotes, then endnotes. */
const NOTE_PARTS = [
  { part: 'word/footnotes.xml', note: 'w:footnote', role: 'footnote' },
  { part: 'word/endnotes.xml', note: 'w:endnote', role: 'endnote' },
] as const;

/** A line of a note, and which kind of note it is in. */
export interface NoteLine {
  readonly text: string;
  readonly role: ParagraphRole;
}

/** Elements whose text is not the document's text: deleted and moved-away runs, field codes. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText']);

/**
 * The lines of a .docx's footnotes, then of its endnotes, each paragraph a line: text a translator must translate
 * too, which the body's text leaves out. Deleted text of tracked changes and field codes are left out as in the
 * body, and the separators Word keeps among the notes are not notes. A part that is missing or cannot be read gives
 * nothing: the body is what matters, and has been read.
 */
export function readDocxNotes(bytes: Uint8Array): NoteLine[] {
  if (!isZip(bytes)) return [];
  const entries = zipDirectory(bytes, MAX_ENTRIES);
  if (!Array.isArray(entries)) return [];
  const lines: NoteLine[] = [];
  for (const { part, note, role } of NOTE_PARTS) {
    const entry = entries.find((e) => e.name === part);
    if (!entry) continue;
    const xml = unpackZipEntry(bytes, entry, MAX_NOTES_BYTES);
    if (typeof xml === 'string') continue;
    let root: XmlElement;
    try {
      root = parseXml(new TextDecoder().decode(xml)).root;
    } catch {
      continue;
    }
    for (const child of root.children) {
      if (typeof child === 'string' || child.name !== note) continue;
      // Separators and continuation notices have a type; notes have none, or `normal`.
      const type = child.attributes['w:type'];
      if (type === undefined || type === 'normal') {
        for (const text of paragraphLines(child)) lines.push({ text, role });
      }
    }
  }
  return lines;
}

/** The text of the paragraphs (`w:p`) in an element, a line each; a line break inside one starts another. */
function paragraphLines(element: XmlElement): string[] {
  const lines: string[] = [];
  let line = '';
  const end = (): void => {
    lines.push(line);
    line = '';
  };
  // Depth first without recursion (a hostile file may nest deeply): a node, whether it is inside a `w:t`, or
  // the end of a paragraph.
  const stack: ({ node: XmlElement | string; inText: boolean } | 'end')[] = [
    { node: element, inText: false },
  ];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end') {
      end();
      continue;
    }
    const { node, inText } = item;
    if (typeof node === 'string') {
      if (inText) line += node;
      continue;
    }
    if (SKIPPED.has(node.name)) continue;
    if (node.name === 'w:tab') {
      line += '\t';
      continue;
    }
    if (node.name === 'w:br' || node.name === 'w:cr') {
      end();
      continue;
    }
    if (node.name === 'w:p') stack.push('end');
    const childInText = inText || node.name === 'w:t';
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, inText: childInText });
  }
  if (line) lines.push(line);
  return lines;
}
