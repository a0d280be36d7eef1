import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** An output that could not be written; the message says which file and what to do. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** Lock files that LibreOffice/WPS (`.~lock.NAME#`) and Word/Excel (`~$NAME`) keep beside a file they have open. */
function lockFiles(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  return [join(dir, `.~lock.${name}#`), join(dir, `~$${name}`), join(dir, `~$${name.slice(2)}`)];
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Temporary files being written now, to remove when the run is stopped (see {@link removeTempFiles}). */
const inFlight = new Set<string>();

/**
 * Removes the temporary files of the writes in progress, synchronously: for a run stopped by Ctrl-C or a signal,
 * which must not leave half-written hidden files beside the outputs. Returns how many there were.
 */
export function removeTempFiles(): number {
  const count = inFlight.size;
  for (const temp of inFlight) rmSync(temp, { force: true });
  inFlight.clear();
  return count;
}

/** `.interview.xlsx.4242.0a1b2c3d.tmp`: a temporary file of {@link writeFileAtomic}, with the pid that wrote it. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** A temporary file this old, of a process that is gone, was left by a run that was killed. */
const STALE_MS = 60_000;
/** Folders already swept by this process. */
const swept = new Set<string>();

/**
 * Removes the temporary files a killed run (power cut, `kill -9`) left in `folder`: those of a process no longer
 * running, untouched for a minute. Once per folder per run; a file that cannot be removed is left for next time.
 */
async function sweepStaleTemps(folder: string): Promise<void> {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    const path = join(folder, name);
    try {
      if (Date.now() - (await stat(path)).mtimeMs >= STALE_MS) await rm(path, { force: true });
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes a file so that readers only ever see the old or the new version: the bytes go to a temporary file in the
 * same folder, which then replaces the target. A crash or Ctrl-C leaves the old file as it was; Ctrl-C removes the
 * temporary file (see {@link removeTempFiles}), and the next run into the folder removes one a killed run left.
 */
export async function writeFileAtomic(
  path: string,
  /** The file's bytes or text; or its bytes in pieces, written one after another. */
  data: Uint8Array | string | readonly Uint8Array[],
): Promise<void> {
  for (const lock of lockFiles(path)) {
    if (await exists(lock)) {
      throw new WriteError(
        path,
        `${path} is open in another program (found its lock file ${basename(lock)}). Close it there and run tandem again; nothing was overwritten.`,
      );
    }
  }
  await sweepStaleTemps(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  inFlight.add(temp);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
    inFlight.delete(temp);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    inFlight.delete(temp);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new WriteError(
        path,
        `Cannot write ${path}: it is open in another program or not writable (${code}). Close it and run tandem again; nothing was overwritten.`,
      );
    }
    if (code === 'ENOSPC') throw new WriteError(path, `Cannot write ${path}: the disk is full.`);
    throw new WriteError(path, `Cannot write ${path}: ${(error as Error).message}`);
  }
}

/**
 * Creates the folder outputs go into, with its parents, when missing; a path that is a file, or a folder that cannot
 * be made, is a {@link WriteError} that says which and what to do.
 */
export async function makeOutputFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new WriteError(
        folder,
        `Cannot write into ${folder}: it, or a folder above it, is a file. Give --out a folder (it is created when missing).`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new WriteError(
        folder,
        `Cannot create the folder ${folder}: not allowed here (${code}). Give --out a folder you can write to.`,
      );
    }
    throw new WriteError(folder, `Cannot create the folder ${folder}: ${(error as Error).message}`);
  }
}
