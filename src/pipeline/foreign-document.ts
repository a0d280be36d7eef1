import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { tandemDocument } from '../import/made-by-tandem.js';
import { isZip, zipDirectory } from '../read/zip-directory.js';
import { backUp } from './back-up.js';
import { WriteError } from './write-file-atomic.js';

/** A Word document someone had edited since tandem wrote it, and where it was kept before it was replaced. */
export interface KeptDocument {
  readonly path: string;
  readonly backup: string;
}

/**
 * Checks that a run may write a Word document at `path`, before it writes anything. One tandem did not write is
 * never replaced: the translator's own file that shares the output's name, or the very document being aligned
 * (`input`) when the output folder is its folder; a {@link WriteError} says so (`command`, `Align` or `Build`, names
 * what to run into another folder). One tandem wrote and someone has saved since (a reviewer's comments, a client's
 * changes) is to be kept: the function given back copies it, as it was read now, into the backup folder and says
 * where; call it right before the document is replaced.
 */
export async function checkDocumentOutput(
  path: string,
  command: string,
  input?: string,
): Promise<KeepFile | undefined> {
  const bytes = await existing(path);
  if (bytes === undefined) return undefined;
  const ours = tandemDocument(bytes);
  if (ours) return ours.edited ? keeper(path, bytes) : undefined;
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

/**
 * Checks an existing QA report before a run writes a new one at `path`: tandem writes its workbooks without document
 * properties, and Excel, LibreOffice and WPS add them when they save, so a report that has them (or is no workbook
 * at all) was worked on, perhaps with the translator's remarks beside the findings, and is to be kept: the function
 * given back copies it into the backup folder, as {@link checkDocumentOutput}'s does.
 */
export async function checkReportOutput(path: string): Promise<KeepFile | undefined> {
  const bytes = await existing(path);
  if (bytes === undefined) return undefined;
  const entries = isZip(bytes) ? zipDirectory(bytes, 10_000) : undefined;
  const untouched = Array.isArray(entries) && !entries.some((entry) => entry.name.startsWith('docProps/'));
  return untouched ? undefined : keeper(path, bytes);
}

/** Copies a file about to be replaced, as it was read, into the backup folder; says where. */
type KeepFile = (now: Date) => Promise<KeptDocument>;

function keeper(path: string, bytes: Uint8Array): KeepFile {
  return async (now) => ({ path, backup: await backUp(path, bytes, now) });
}

/** The bytes of the file at `path`, or undefined when there is none (nothing to check or keep). */
async function existing(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}
