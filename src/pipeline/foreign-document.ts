import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { madeByTandem } from '../import/made-by-tandem.js';
import { WriteError } from './write-file-atomic.js';

/**
 * Refuses to replace a Word document tandem did not write at `path`: the translator's own file that shares the
 * output's name, or the very document being aligned when the output folder is its folder. Nothing is written then;
 * `command` (`Align`, `Build`) names what to run into another folder.
 */
export async function refuseForeignDocument(path: string, command: string, input?: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return;
  }
  if (madeByTandem(bytes)) return;
  if (input !== undefined && resolve(input) === resolve(path)) {
    throw new WriteError(
      path,
      `${path} is the document being aligned, and its bilingual document would replace it; nothing was written ` +
        `for it. ${command} into another folder with --out <folder>.`,
    );
  }
  throw new WriteError(
    path,
    `${path} already exists and was not made by tandem (is it the source document?); it was not overwritten. ` +
      `${command} into another folder with --out <folder>, or move that file.`,
  );
}
