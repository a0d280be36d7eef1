import { access, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { type CarryOverCounts, carryOver } from '../align/carry-over.js';
import { readWorkbook } from '../import/read-workbook.js';
import { type AlignedDocument, type Finding, type Orphan, primaryLanguage } from '../model/index.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Name of the folder, inside the output folder, that keeps earlier workbooks. */
export const BACKUP_FOLDER = 'backup';

/** What re-aligning over an existing workbook did, for the run's summary. */
export interface RealignReport {
  /** The workbook that was there before this run. */
  readonly previous: string;
  /** Where it was kept, when this run replaces it. */
  readonly backup?: string;
  /** What was carried over, when the previous workbook could be read and fits this document. */
  readonly counts?: CarryOverCounts;
  /** Why nothing was carried over, when nothing was. */
  readonly problem?: string;
  /** Problems found in the previous workbook (its rows without ID, …): its unplaced rows are orphans now. */
  readonly findings: Finding[];
}

/** Options of {@link realign}. */
export interface RealignOptions {
  /** `<out>/<name>.xlsx`: the workbook this run is about to write, which may exist from an earlier run. */
  readonly workbook: string;
  /** Whether this run writes the workbook (then the previous one is backed up first). */
  readonly replaces: boolean;
  readonly now: Date;
  /** Called when there is an earlier workbook, before it is read (a book's takes seconds). */
  readonly onReading?: () => void;
}

/**
 * Before `tandem align` writes a workbook that already exists, carries the translator's work from it into the new
 * document (see {@link carryOver}) and keeps the previous workbook as `<out>/backup/<name>.<yyyymmdd-hhmmss>.xlsx`,
 * byte for byte. A previous workbook that cannot be read, or translates into another language, gives nothing to
 * carry over, but is kept all the same, and the report says so.
 */
export async function realign(
  document: AlignedDocument,
  options: RealignOptions,
): Promise<{ readonly document: AlignedDocument; readonly report?: RealignReport }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.workbook);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { document };
    throw error;
  }
  options.onReading?.();
  const backup = options.replaces ? await backUp(options.workbook, bytes, options.now) : undefined;
  const kept = backup ? ` It was kept as ${backup}.` : '';
  // The new run matched its own terms: only the translator's work is read back.
  const previous = readWorkbook(bytes, options.workbook, { workOnly: true });
  const findings = previous.findings.filter((f) => f.severity !== 'info');
  const report = { previous: options.workbook, ...(backup ? { backup } : {}), findings };
  if (!previous.document) {
    const reason = previous.findings.find((f) => f.severity === 'error')?.message ?? 'it is unreadable';
    return {
      document,
      report: {
        ...report,
        problem: `The existing workbook could not be read, so none of its translations were carried over (${reason}).${kept}`,
      },
    };
  }
  const before = previous.document.targetLanguage;
  if (before && primaryLanguage(before) !== primaryLanguage(document.targetLanguage)) {
    return {
      document,
      report: {
        ...report,
        problem:
          `The existing workbook translates into ${before}, this run into ${document.targetLanguage}; ` +
          `nothing was carried over.${kept}`,
      },
    };
  }
  const unplaced: Orphan[] = (previous.layout?.unplaced ?? []).map((row) => ({
    id: row.id,
    source: row.source,
    target: row.target,
    status: row.status,
    notes: row.notes,
    reason: row.reason,
  }));
  const carried = carryOver(document, previous.document, {
    date: options.now.toISOString().slice(0, 10),
    unplaced,
  });
  return { document: carried.document, report: { ...report, counts: carried.counts } };
}

/** Writes the previous workbook's bytes, as read, into the backup folder under a name no other backup has. */
async function backUp(workbook: string, bytes: Uint8Array, now: Date): Promise<string> {
  const folder = join(dirname(workbook), BACKUP_FOLDER);
  await mkdir(folder, { recursive: true });
  const stem = `${basename(workbook, extname(workbook))}.${stamp(now)}`;
  for (let n = 1; ; n++) {
    const path = join(folder, `${stem}${n > 1 ? `-${n}` : ''}${extname(workbook)}`);
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
