import type { Paragraph } from '../model/index.js';
import { readDocxExtras } from './read-docx-extras.js';
import { linesToParagraphs } from './read-text.js';
import { unpackedSize, type ZipEntry, zipDirectory } from './zip-directory.js';

/** Raised for a .docx that cannot be opened; the message says why in a translator's words. */
export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';
}

/** Paragraphs of a Word .docx: body text, tables cell by cell, in document order; then notes, headers, footers. */
export async function readDocx(bytes: Uint8Array): Promise<Paragraph[]> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const hint =
      bytes[0] === 0xd0 && bytes[1] === 0xcf
        ? ' It looks like an old Word 97-2003 .doc file or a password-protected document: open it in Word or LibreOffice and save it as .docx without a password.'
        : ' Open it in Word or LibreOffice and save it again as .docx.';
    throw new DocxReadError(`This is not a Word .docx file (a .docx is a zip package).${hint}`);
  }
  checkPackage(bytes);
  // Loaded for .docx inputs only: it is the largest module a plain-text run would otherwise load.
  const { default: mammoth } = await import('mammoth');
  let text: string;
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    text = result.value;
  } catch (error) {
    throw new DocxReadError(
      `The Word document could not be read (${error instanceof Error ? error.message : String(error)}). ` +
        'Open it in Word or LibreOffice and save it again as .docx.',
    );
  }
  // mammoth ends every paragraph with a blank line; a single newline inside one is a manual line break,
  // which Word users use as a paragraph break too, so both start a new paragraph. Its text is the body's alone:
  // the notes, headers and footers, to be translated too, follow it (after the body, so that adding them changed
  // no body paragraph's number, nor its segments' IDs).
  const paragraphs = linesToParagraphs(text.split('\n'));
  for (const { text: line, role } of readDocxExtras(bytes)) {
    if (line.trim() !== '') paragraphs.push({ index: paragraphs.length + 1, text: line, role });
  }
  return paragraphs;
}

/** A Word document's parts are a few dozen; thousands are a trap. */
const MAX_ENTRIES = 10_000;

/**
 * Text and markup (the `.xml` and `.rels` parts, which the reader parses) a .docx may unpack to. A document of
 * 20 MB of text, the most tandem aligns, is about 25 MB of `word/document.xml` plainly formatted and a few times
 * that with Word's run-by-run markup: the bound leaves room for that, and keeps a zip bomb (a megabyte that
 * unpacks to gigabytes) from the parser. (A 10 MB-text document of 11.5 MB of markup aligned within 430 MB.)
 */
export const MAX_DOCX_MARKUP_BYTES = 128 * 1024 * 1024;

/** Refuses a .docx whose parts cannot be listed, are encrypted, or would unpack past {@link MAX_DOCX_MARKUP_BYTES}. */
function checkPackage(bytes: Uint8Array): void {
  const entries = zipDirectory(bytes, MAX_ENTRIES);
  if (entries === undefined) {
    throw new DocxReadError(
      'The Word document could not be read: it is damaged (its zip directory cannot be read). Open it in Word or LibreOffice and save it again as .docx.',
    );
  }
  const markup =
    entries === 'too-many'
      ? 'too-large'
      : unpackedSize(bytes, entries.filter(isMarkup), MAX_DOCX_MARKUP_BYTES);
  if (markup === 'too-large') {
    throw new DocxReadError(
      `The Word document would unpack to more than ${MAX_DOCX_MARKUP_BYTES / 1024 / 1024} MB of text and markup, ` +
        'far more than a document tandem aligns (up to 20 MB of text); it was not opened (it may be damaged or a ' +
        'zip bomb). Split it into smaller documents.',
    );
  }
  if (markup === 'encrypted' || markup === 'damaged') {
    throw new DocxReadError(
      `The Word document could not be read: it is ${markup === 'encrypted' ? 'encrypted' : 'damaged'}. Open it in Word or LibreOffice, ` +
        'remove any password and save it again as .docx.',
    );
  }
}

function isMarkup(entry: ZipEntry): boolean {
  const name = entry.name.toLowerCase();
  return name.endsWith('.xml') || name.endsWith('.rels');
}
