import { access, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** Name of the folder, beside the outputs, that keeps the files a run replaced and someone had worked on. */
export const BACKUP_FOLDER = 'backup';

/**
 * Writes a file's bytes, as read, into the backup folder beside it, as `<name>.<yyyymmdd-hhmmss>.<ext>` (with `-2`,
 * `-3` when that name is taken), and gives the path.
 */
export async function backUp(file: string, bytes: Uint8Array, now: Date): Promise<string> {
  const folder = join(dirname(file), BACKUP_FOLDER);
  await mkdir(folder, { recursive: true });
  const stem = `${basename(file, extname(file))}.${stamp(now)}`;
  for (let n = 1; ; n++) {
    const path = join(folder, `${stem}${n > 1 ? `-${n}` : ''}${extname(file)}`);
    try {
      await access(path);
    } catch {
      await writeFileAtomic(path, bytes);
      return path;
    }
  }
}

/** `20240501-102030` in local time, as the translator's clock shows it. */
function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}
