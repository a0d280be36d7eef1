import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
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

/**
 * Writes a file so that readers only ever see the old or the new version: the bytes go to a temporary file in the
 * same folder, which then replaces the target. A crash or Ctrl-C leaves the old file as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  for (const lock of lockFiles(path)) {
    if (await exists(lock)) {
      throw new WriteError(
        path,
        `${path} is open in another program (found its lock file ${basename(lock)}). Close it there and run tandem again; nothing was overwritten.`,
      );
    }
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
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
