import { basename, extname } from 'node:path';
import type { SourceDocument } from '../model/index.js';
import { EncodingError } from './decode-text.js';
import { DocxReadError, readDocx } from './read-docx.js';
import { readText } from './read-text.js';

/** Input formats `tandem align` reads, by file extension. */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.docx'] as const;

/**
 * Largest input file accepted, before it is read: a Word document's pictures may make it far bigger than its text,
 * which {@link MAX_TEXT_BYTES} bounds once it is read out.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Most text (in UTF-8) a document may hold. A long book is a few MB; 20 MB of Chinese is about 150,000 segments,
 * which align writes in about 6 s and 550 MB (`npm run bench`). The bound is set by what comes after: the workbook of
 * such a document, every row translated, unpacks to about 200 MB, which `qa`, `build` and the next `align` read back
 * in about 2 GB (see `MAX_WORKBOOK_UNPACKED_BYTES`). A bigger document is refused at once, rather than given a
 * workbook that could not be taken back once the translator had filled it.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** A document that cannot be read; `message` says what is wrong and what to do. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** Whether `tandem align` reads files with this name. */
export function isSupportedInput(path: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Reads a document's bytes into paragraphs; `path` names the file in messages and outputs. */
export async function readDocument(bytes: Uint8Array, path: string): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  const name = basename(path, extname(path));
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new ReadError(
      path,
      `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(0)} MB; tandem reads documents up to ${MAX_INPUT_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  }
  try {
    if (ext === '.txt' || ext === '.text') {
      const { paragraphs, encoding } = readText(bytes);
      return withinTextBound({ name, path, format: 'txt', encoding, paragraphs });
    }
    if (ext === '.docx') {
      return withinTextBound({ name, path, format: 'docx', paragraphs: await readDocx(bytes) });
    }
  } catch (error) {
    if (error instanceof EncodingError || error instanceof DocxReadError)
      throw new ReadError(path, error.message);
    throw error;
  }
  const hint =
    ext === '.doc'
      ? ' Save the Word 97-2003 .doc file as .docx first.'
      : SPREADSHEET_EXTENSIONS.has(ext)
        ? ' A translator workbook goes to `tandem qa` or `tandem build`, a glossary to --glossary.'
        : '';
  throw new ReadError(
    path,
    `tandem cannot read ${ext ? `${ext} files` : 'files without an extension'}; it reads ${INPUT_EXTENSIONS.join(', ')}.${hint}`,
  );
}

/** Spreadsheets someone may give `align` by mistake: a workbook to check or build from, or a glossary. */
const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xls', '.ods', '.csv', '.tsv']);

/** The document, when its text is within {@link MAX_TEXT_BYTES}; a {@link ReadError} saying how much it holds if not. */
function withinTextBound(doc: SourceDocument): SourceDocument {
  let bytes = 0;
  for (const paragraph of doc.paragraphs) bytes += Buffer.byteLength(paragraph.text) + 1;
  if (bytes > MAX_TEXT_BYTES) {
    throw new ReadError(
      doc.path,
      `The document holds ${(bytes / 1024 / 1024).toFixed(0)} MB of text; tandem aligns up to ${MAX_TEXT_BYTES / 1024 / 1024} MB ` +
        'per document, so that its workbook can still be checked, built and aligned again once translated. ' +
        'Split it into smaller files.',
    );
  }
  return doc;
}
