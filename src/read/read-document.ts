import { basename, extname } from 'node:path';
import type { SourceDocument } from '../model/index.js';
import { EncodingError } from './decode-text.js';
import { DocxReadError, readDocx } from './read-docx.js';
import { readText } from './read-text.js';

/** Input formats `tandem align` reads, by file extension. */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.docx'] as const;

/**
 * Largest input accepted. A long book is a few MB of text; 64 MB of Chinese is about 480,000 segments, half of what
 * a worksheet holds, and takes a run about 2 GB of memory (`npm run bench`: about 30 MB a MB). Bigger files are
 * refused with a message rather than left to run out of memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

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
      return { name, path, format: 'txt', encoding, paragraphs };
    }
    if (ext === '.docx') {
      return { name, path, format: 'docx', paragraphs: await readDocx(bytes) };
    }
  } catch (error) {
    if (error instanceof EncodingError || error instanceof DocxReadError)
      throw new ReadError(path, error.message);
    throw error;
  }
  const hint = ext === '.doc' ? ' Save the Word 97-2003 .doc file as .docx first.' : '';
  throw new ReadError(
    path,
    `tandem cannot read ${ext ? `${ext} files` : 'files without an extension'}; it reads ${INPUT_EXTENSIONS.join(', ')}.${hint}`,
  );
}
