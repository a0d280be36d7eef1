import type { Output } from '../cli.js';
import type { WorkbookProgressEvent } from '../pipeline/workbook-progress.js';
import { clock, LOG_QUIET_MS } from './progress.js';

/** What {@link workbookProgress} gives: the handler for the pipeline's events, and `finish` once it returns. */
export interface WorkbookProgress {
  readonly onProgress: (event: WorkbookProgressEvent) => void;
  /** Clears the status line, before the results are printed. */
  readonly finish: () => void;
}

/**
 * Shows where `tandem qa` or `tandem build` is, as `tandem align` does. On a terminal, a status line redrawn at each
 * step: `1/3 workbooks · book.xlsx: checking 75,764 segments · 0:06`. In a log, a line for a step only when nothing
 * was printed for `quietMs`, so that a book's workbook shows it is moving and a folder of small ones prints nothing
 * more than its results.
 */
export function workbookProgress(
  out: Output,
  now: () => number = () => performance.now(),
  quietMs = LOG_QUIET_MS,
): WorkbookProgress {
  const started = now();
  const status = out.isTTY === true ? out.status : undefined;
  let total = 0;
  let done = 0;
  let lastLineMs = 0;
  return {
    onProgress(event) {
      const elapsed = now() - started;
      if (event.type === 'start') {
        total = event.workbooks;
      } else if (event.type === 'workbook-done') {
        done++;
        lastLineMs = elapsed;
      } else if (status) {
        status(`${done}/${total} workbooks · ${event.workbook}: ${event.step} · ${clock(elapsed)}`);
      } else if (elapsed - lastLineMs >= quietMs) {
        lastLineMs = elapsed;
        out.log(`… ${event.workbook}: ${event.step} (${clock(elapsed)})`);
      }
    },
    finish() {
      status?.('');
    },
  };
}
