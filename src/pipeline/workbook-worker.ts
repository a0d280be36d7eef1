/**
 * A thread of the `tandem qa` and `tandem build` pool (see `each-workbook.ts`): runs one workbook's job at a time,
 * tells its steps, asks the main thread for the glossary of a target language, and hands back the result with its
 * bytes moved.
 */
import type { GlossaryEntry } from '../model/index.js';
import { serveJobs } from './serve-jobs.js';
import { movableResult, runWorkbookJob, type WorkbookJob } from './workbook-job.js';

serveJobs<WorkbookJob, unknown, string>(async (job, { note, ask }) =>
  movableResult(
    await runWorkbookJob(job, {
      step: note,
      glossary: (targetLanguage) => ask<readonly GlossaryEntry[] | undefined>(targetLanguage),
    }),
  ),
);
