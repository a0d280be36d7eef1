import type { Paragraph } from '../model/index.js';
import { linesToParagraphs } from './read-text.js';

/** Raised for a .docx that cannot be opened; the message says why in a translator's words. */
export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';
}

/** Paragraphs of a Word .docx (body text, tables cell by cell, in document order). */
export async function readDocx(bytes: Uint8Array): Promise<Paragraph[]> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const hint =
      bytes[0] === 0xd0 && bytes[1] === 0xcf
        ? ' It looks like an old Word 97-2003 .doc file or a password-protected document: open it in Word or LibreOffice and save it as .docx without a password.'
        : ' Open it in Word or LibreOffice and save it again as .docx.';
    throw new DocxReadError(`This is not a Word .docx file (a .docx is a zip package).${hint}`);
  }
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
  // which Word users use as a paragraph break too, so both start a new paragraph.
  return linesToParagraphs(text.split('\n'));
}
