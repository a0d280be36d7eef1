/**
 * A Word document in two halves: the `docx` library writes the shell (styles, page setup, footer, document
 * properties: every part but the body's content) and we stream the body, written as strings, into its
 * `word/document.xml`. The body is encoded and compressed a few megabytes at a time, so memory stays near the
 * size of the finished file however long the document is.
 */
import { type Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { type TextEntry, ZipWriter } from '../zip-writer.js';

/** The placeholder's text, marking where the body goes: the shell's body holds nothing to mistake it for. */
const MARKER = 'tandem-body-placeholder';
const DOCUMENT_PART = 'word/document.xml';

/** The paragraph that stands in a shell's section for the body {@link packDocx} writes there. */
export function bodyPlaceholder(): Paragraph {
  return new Paragraph({ text: MARKER });
}

/** zlib's default level: the document is small beside its text, and reviewers mail it around. */
const LEVEL = 6;

/**
 * The .docx bytes of `shell`, whose single section holds one {@link bodyPlaceholder}, with `body`
 * (WordprocessingML of paragraphs and tables, in pieces) in its place. The other parts are the library's, in
 * the library's order.
 */
export async function packDocx(shell: Document, body: Iterable<string>): Promise<Uint8Array> {
  const parts = unzipSync(await Packer.toBuffer(shell));
  const zip = new ZipWriter(LEVEL);
  for (const [path, data] of Object.entries(parts)) {
    if (path === DOCUMENT_PART) writeDocument(zip.text(path), strFromU8(data), body);
    else zip.bytes(path, data);
  }
  return zip.finish();
}

/** Streams the shell's `word/document.xml` into `entry` with `body` in place of the placeholder paragraph. */
function writeDocument(entry: TextEntry, shell: string, body: Iterable<string>): void {
  const marker = shell.indexOf(`>${MARKER}<`);
  const start = shell.lastIndexOf('<w:p>', marker);
  const end = shell.indexOf('</w:p>', marker);
  if (marker < 0 || start < 0 || end < 0)
    throw new Error(`${DOCUMENT_PART} of the shell has no body placeholder`);
  entry.write(shell.slice(0, start));
  for (const piece of body) entry.write(piece);
  entry.write(shell.slice(end + '</w:p>'.length));
  entry.end();
}
