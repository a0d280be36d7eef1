import { stat } from 'node:fs/promises';
import { availableParallelism, freemem, totalmem } from 'node:os';
import PQueue from 'p-queue';
import type { GlossaryEntry } from '../model/index.js';
import type { WorkbookGlossaries } from './load-glossaries.js';
import { MemoryBudget } from './memory-budget.js';
import { ThreadPool } from './thread-pool.js';
import { type JobResult, runWorkbookJob, type WorkbookJob } from './workbook-job.js';
import type { WorkbookProgressEvent } from './workbook-progress.js';

/**
 * Workbooks of this many bytes in all are worth worker threads: reading them takes a few seconds, which threads
 * share out among the cores and during which the progress line keeps its clock going. Fewer are done on the main
 * thread, as starting a thread and loading its modules takes a few tenths of a second.
 */
export const THREADS_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Memory a workbook's job takes per byte of its file, and besides: `tandem qa` of a 19 MB book's workbook peaked at
 * 920 MB, `build` at 850 MB.
 */
const MEMORY_PER_FILE_BYTE = 50;
const MEMORY_BESIDES = 64 * 1024 * 1024;

/** How {@link eachWorkbook} goes through the workbooks. */
export interface EachWorkbookOptions {
  /** Workbooks done at once. Default: the number of CPUs. */
  readonly jobs?: number;
  /**
   * Whether the jobs run on worker threads. Default: when the workbooks are {@link THREADS_FROM_BYTES} or more in
   * all.
   */
  readonly threads?: boolean;
  readonly onProgress?: (event: WorkbookProgressEvent) => void;
}

/** What doing one workbook is given: its job's runner, on a thread or here. */
export interface WorkbookTurn {
  readonly compute: <J extends WorkbookJob>(job: J) => Promise<JobResult<J>>;
}

/**
 * Goes through the workbooks of `tandem qa` or `tandem build`, `jobs` at a time (p-queue), each with `work`, and
 * gives the results in the order of `files`. `work` makes the workbook's job, has `compute` run it and writes what
 * it gave; the jobs run on worker threads when that pays (see {@link EachWorkbookOptions.threads}), as many at once
 * as fit in the memory the computer has free.
 */
export async function eachWorkbook<R extends { readonly ok: boolean }>(
  files: readonly string[],
  glossaries: WorkbookGlossaries | undefined,
  options: EachWorkbookOptions,
  work: (file: string, index: number, turn: WorkbookTurn) => Promise<R>,
): Promise<R[]> {
  const { onProgress } = options;
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const bytes = sizes.reduce((a, b) => a + b, 0);
  onProgress?.({ type: 'start', workbooks: files.length, bytes });
  const useThreads = options.threads ?? bytes >= THREADS_FROM_BYTES;
  const glossary = async (targetLanguage: string): Promise<readonly GlossaryEntry[] | undefined> =>
    glossaries ? (await glossaries.for(targetLanguage)).entries : undefined;
  const threads = useThreads
    ? new ThreadPool<WorkbookJob, unknown, string>('workbook-worker', undefined, glossary)
    : undefined;
  const budget = new MemoryBudget(memoryForJobs());
  // More threads than cores would only hold more workbooks in memory at once.
  const queue = new PQueue({ concurrency: threads ? Math.min(jobs, availableParallelism()) : jobs });
  const results: R[] = new Array(files.length);
  try {
    await Promise.all(
      files.map((file, index) =>
        queue.add(async () => {
          const step = (words: string) => onProgress?.({ type: 'step', workbook: file, step: words });
          const give =
            queue.concurrency > 1
              ? await budget.take(sizes[index]! * MEMORY_PER_FILE_BYTE + MEMORY_BESIDES)
              : undefined;
          try {
            const compute = <J extends WorkbookJob>(job: J): Promise<JobResult<J>> =>
              threads
                ? (threads.run(job, step) as Promise<JobResult<J>>)
                : runWorkbookJob(job, { step, glossary });
            const result = await work(file, index, { compute });
            results[index] = result;
            onProgress?.({ type: 'workbook-done', workbook: file, ok: result.ok, bytes: sizes[index]! });
          } finally {
            give?.();
          }
        }),
      ),
    );
  } finally {
    await threads?.close();
  }
  return results;
}

/**
 * Memory the jobs of a run may take together: three quarters of what the system says is free, or of half the
 * computer's memory when it says less. Linux counts the file cache it would give back as free; macOS does not, and
 * says a few hundred MB are free on a computer of 16 GB that has gigabytes to give.
 */
function memoryForJobs(): number {
  return Math.max(freemem(), totalmem() / 2) * 0.75;
}
