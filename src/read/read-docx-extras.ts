import type { ParagraphRole } from '../model/index.js';
import { parseXml, type XmlElement } from '../util/parse-xml.js';
import { isZip, unpackZipEntry, type ZipEntry, zipDirectory } from './zip-directory.js';

/** A Word document's parts are a few dozen; thousands are not a document. */
const MAX_ENTRIES = 10_000;
/** A part this big unpacked is no document's notes or header: it is left out rather than read. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** A line of text outside the body, and where it is. */
export interface ExtraLine {
  readonly text: string;
  readonly role: ParagraphRole;
}

/** Elements whose text is not the document's text: deleted and moved-away runs, field codes. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText']);

/**
 * The lines of a .docx that are not in its body, each paragraph a line: its footnotes, then its endnotes, then its
 * headers, then its footers, all of which a translator must translate too and the body's text leaves out.
 *
 * - Deleted text of tracked changes and field codes are left out, as in the body; so are the separators Word keeps
 *   among the notes.
 * - In headers and footers, what fields show is left out too (the page number of `第 1 页`, a date): it changes from
 *   page to page and is not translated.
 * - A header or footer line met before (the same one in every section, or on first and other pages) is given once.
 * - A part that is missing or cannot be read gives nothing: the body is what matters, and has been read.
 */
export function readDocxExtras(bytes: Uint8Array): ExtraLine[] {
  if (!isZip(bytes)) return [];
  const entries = zipDirectory(bytes, MAX_ENTRIES);
  if (!Array.isArray(entries)) return [];
  const lines: ExtraLine[] = [];
  for (const [part, note, role] of [
    ['word/footnotes.xml', 'w:footnote', 'footnote'],
    ['word/endnotes.xml', 'w:endnote', 'endnote'],
  ] as const) {
    const root = partRoot(
      bytes,
      entries.find((e) => e.name === part),
    );
    for (const child of root?.children ?? []) {
      if (typeof child === 'string' || child.name !== note) continue;
      // Separators and continuation notices have a type; notes have none, or `normal`.
      const type = child.attributes['w:type'];
      if (type === undefined || type === 'normal') {
        for (const text of paragraphLines(child, false)) lines.push({ text, role });
      }
    }
  }
  for (const [prefix, role] of [
    ['word/header', 'header'],
    ['word/footer', 'footer'],
  ] as const) {
    const seen = new Set<string>();
    const parts = entries
      .filter((e) => e.name.startsWith(prefix) && /^\d*\.xml$/.test(e.name.slice(prefix.length)))
      .sort((a, b) => partNumber(a.name) - partNumber(b.name));
    for (const entry of parts) {
      const root = partRoot(bytes, entry);
      if (!root) continue;
      for (const text of paragraphLines(root, true)) {
        const key = text.trim();
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        lines.push({ text, role });
      }
    }
  }
  return lines;
}

/** The root element of a part, or undefined when it is missing, too big or not well-formed XML. */
function partRoot(bytes: Uint8Array, entry: ZipEntry | undefined): XmlElement | undefined {
  if (!entry) return undefined;
  const xml = unpackZipEntry(bytes, entry, MAX_PART_BYTES);
  if (typeof xml === 'string') return undefined;
  try {
    return parseXml(new TextDecoder().decode(xml)).root;
  } catch {
    return undefined;
  }
}

/** `word/header12.xml` → 12: header2 before header10. */
function partNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

/**
 * The text of the paragraphs (`w:p`) in an element, a line each; a line break inside one starts another. With
 * `dropFields`, what fields show (a page number) is left out with their codes.
 */
function paragraphLines(element: XmlElement, dropFields: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const end = (): void => {
    lines.push(line);
    line = '';
  };
  // Fields open and close with w:fldChar begin, separate, end (and may nest): what comes between separate and end
  // is the field's result. Per open field, whether its result has started.
  const fields: boolean[] = [];
  const inResult = () => fields.some((result) => result);
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
      if (inText && !(dropFields && inResult())) line += node;
      continue;
    }
    if (SKIPPED.has(node.name)) continue;
    if (node.name === 'w:fldSimple' && dropFields) continue;
    if (node.name === 'w:fldChar') {
      const type = node.attributes['w:fldCharType'];
      if (type === 'begin') fields.push(false);
      else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = true;
      else if (type === 'end') fields.pop();
      continue;
    }
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
