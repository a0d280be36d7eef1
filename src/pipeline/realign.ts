import { readFile } from 'node:fs/promises';
import { type CarryOverCounts, carryOver } from '../align/carry-over.js';
import { readWorkbook, type WorkbookReadResult } from '../import/read-workbook.js';
import { type AlignedDocument, type Finding, type Orphan, primaryLanguage } from '../model/index.js';
import { backUp } from './back-up.js';

/** What re-aligning over an existing workbook did, for the run's summary. */
export interface RealignReport {
  /** The workbook that was there before this run: `<out>/<name>.xlsx`, or, with {@link foundBySourceFile}, another. */
  readonly previous: string;
  /**
   * Set when `<out>/<name>.xlsx` was not there and `previous` is another workbook of the output folder made from the
   * same input (an earlier run with other inputs named it differently): the work is carried over from it, and it is
   * left where it is, neither replaced nor backed up.
   */
  readonly foundBySourceFile?: true;
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
  /**
   * Asked only when `workbook` does not exist: another workbook made from the same input, to carry the work over
   * from (see `earlier-workbooks.ts`). It is read, never replaced or backed up.
   */
  readonly findEarlier?: () => Promise<string | undefined>;
}

/** An earlier workbook of the document, read back (see {@link readEarlierWork}), to carry its work over from. */
export interface EarlierWork {
  /** The workbook: `<out>/<name>.xlsx`, or with `elsewhere` another workbook made from the same input. */
  readonly path: string;
  readonly elsewhere: boolean;
  /** Where it was kept, when this run replaces it. */
  readonly backup?: string;
  /** The translator's work in it, as read (its term sheets are not read: the new run matches its own). */
  readonly previous: WorkbookReadResult;
}

/**
 * Before `tandem align` writes a workbook that already exists, carries the translator's work from it into the new
 * document (see {@link carryOver}) and keeps the previous workbook as `<out>/backup/<name>.<yyyymmdd-hhmmss>.xlsx`,
 * byte for byte. A previous workbook that cannot be read, or translates into another language, gives nothing to
 * carry over, but is kept all the same, and the report says so. When there is no `<name>.xlsx`, the work is carried
 * over in the same way from the workbook `findEarlier` finds, which stays as it is; the report names it.
 * {@link readEarlierWork} then {@link carryEarlierWork}, in one step.
 */
export async function realign(
  document: AlignedDocument,
  options: RealignOptions,
): Promise<{ readonly document: AlignedDocument; readonly report?: RealignReport }> {
  return carryEarlierWork(document, await readEarlierWork(options), options.now);
}

/**
 * The first half of {@link realign}: finds the earlier workbook, backs it up when this run replaces it, and reads
 * the translator's work back. `tandem align` does this before it segments and matches, so that the garbage of
 * reading a book's workbook (hundreds of MB) is gone before the new document is built: the 20 MB book's run again
 * peaked at 1.26 GB with the two at once, 1.05 GB this way.
 */
export async function readEarlierWork(options: RealignOptions): Promise<EarlierWork | undefined> {
  const found = await readPrevious(options);
  if (!found) return undefined;
  const { path, bytes, elsewhere } = found;
  options.onReading?.();
  const previous = readWorkbook(bytes, path, { workOnly: true });
  // Not a workbook that cannot be read, but one this computer cannot read as Node is set up: the run can be
  // repeated with more memory, so nothing is written over it meanwhile (and no backup made).
  const memory = previous.findings.find((f) => f.code === 'workbook-too-big-for-memory');
  if (memory) {
    throw new Error(
      `${memory.message} That workbook holds the work to carry over into this run, so nothing was aligned or written for this document.`,
    );
  }
  // A workbook found under another name is not the one this run writes: it stays, and needs no backup.
  const backup = options.replaces && !elsewhere ? await backUp(path, bytes, options.now) : undefined;
  return { path, elsewhere, ...(backup ? { backup } : {}), previous };
}

/** The second half of {@link realign}: carries the work read by {@link readEarlierWork} into the new document. */
export function carryEarlierWork(
  document: AlignedDocument,
  earlier: EarlierWork | undefined,
  /** The run's time: the day goes into the notes of what changed. */
  now: Date,
): { readonly document: AlignedDocument; readonly report?: RealignReport } {
  if (!earlier) return { document };
  const { path, elsewhere, backup, previous } = earlier;
  const kept = backup ? ` It was kept as ${backup}.` : elsewhere ? ' It was left as it is.' : '';
  const existing = elsewhere
    ? `The workbook ${path}, made from this input by an earlier run under another name,`
    : 'The existing workbook';
  const findings = previous.findings.filter((f) => f.severity !== 'info');
  const report = {
    previous: path,
    ...(elsewhere ? { foundBySourceFile: true as const } : {}),
    ...(backup ? { backup } : {}),
    findings,
  };
  if (!previous.document) {
    const reason = previous.findings.find((f) => f.severity === 'error')?.message ?? 'it is unreadable';
    // The reason goes in parentheses inside a sentence: its own full stop would end it twice.
    const why = reason.replace(/\.$/, '');
    return {
      document,
      report: {
        ...report,
        problem: `${existing} could not be read, so none of its translations were carried over (${why}).${kept}`,
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
          `${existing} translates into ${before}, this run into ${document.targetLanguage}; ` +
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
    date: now.toISOString().slice(0, 10),
    unplaced,
  });
  return { document: carried.document, report: { ...report, counts: carried.counts } };
}

/**
 * The workbook to carry work over from: `<name>.xlsx` when it exists, else the one `findEarlier` finds (`elsewhere`).
 * A found workbook that is gone by the time it is read (moved meanwhile) is as good as none.
 */
async function readPrevious(
  options: RealignOptions,
): Promise<{ readonly path: string; readonly bytes: Uint8Array; readonly elsewhere: boolean } | undefined> {
  try {
    return { path: options.workbook, bytes: await readFile(options.workbook), elsewhere: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const path = await options.findEarlier?.();
  if (path === undefined) return undefined;
  try {
    return { path, bytes: await readFile(path), elsewhere: true };
  } catch {
    return undefined;
  }
}
