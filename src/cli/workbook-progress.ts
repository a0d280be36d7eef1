import type { Output } from '../cli.js';
import type { WorkbookProgressEvent } from '../pipeline/workbook-progress.js';
import { clock, LOG_QUIET_MS } from './progress.js';

/** What {@link workbookProgress} gives: the handler for the pipeline's events, and `finish` once it returns. */
export interface WorkbookProgress {
  readonly onProgress: (event: WorkbookProgressEvent) => void;
  /** Clears the status line, before the results are printed. */
  readonly finish: () => void;
}

/** Calls `redraw` every second until the returned function is called. */
export type Ticker = (redraw: () => void) => () => void;

const everySecond: Ticker = (redraw) => {
  const timer = setInterval(redraw, 1000);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * Shows where `tandem qa` or `tandem build` is, as `tandem align` does. On a terminal, a status line redrawn at each
 * step and every second, with the step of each workbook being worked on:
 * `1/3 workbooks · book.xlsx: checking 75,764 segments · notes.xlsx: reading the workbook (2.1 MB) · 0:06`. In a
 * log, a line for a step only when nothing was printed for `quietMs`, so that a book's workbook shows it is moving
 * and a folder of small ones prints nothing more than its results.
 */
export function workbookProgress(
  out: Output,
  now: () => number = () => performance.now(),
  quietMs = LOG_QUIET_MS,
  ticker: Ticker = everySecond,
): WorkbookProgress {
  const started = now();
  const status = out.isTTY === true ? out.status : undefined;
  let total = 0;
  let done = 0;
  let lastLineMs = 0;
  /** The step of each workbook being worked on, in the order they started. */
  const running = new Map<string, string>();
  const redraw = () => {
    if (!status || running.size === 0) return;
    // Two are as many as a terminal line holds; the clock at its end must stay in sight.
    const steps = [...running].slice(0, 2).map(([workbook, step]) => `${workbook}: ${step}`);
    if (running.size > 2) steps.push(`${running.size - 2} more`);
    status(`${done}/${total} workbooks · ${steps.join(' · ')} · ${clock(now() - started)}`);
  };
  const stopTicking = status ? ticker(redraw) : () => {};
  return {
    onProgress(event) {
      const elapsed = now() - started;
      if (event.type === 'start') {
        total = event.workbooks;
      } else if (event.type === 'workbook-done') {
        done++;
        running.delete(event.workbook);
        lastLineMs = elapsed;
      } else if (status) {
        running.set(event.workbook, event.step);
        redraw();
      } else if (elapsed - lastLineMs >= quietMs) {
        lastLineMs = elapsed;
        out.log(`… ${event.workbook}: ${event.step} (${clock(elapsed)})`);
      }
    },
    finish() {
      stopTicking();
      status?.('');
    },
  };
}
