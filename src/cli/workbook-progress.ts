import type { Output } from '../cli.js';
import type { WorkbookProgressEvent } from '../pipeline/workbook-progress.js';
import { clock, LOG_QUIET_MS, MIN_ESTIMATE_MS } from './progress.js';

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
 * `1/3 workbooks · 0:06 · about 0:40 left · book.xlsx: checking 75,764 segments · notes.xlsx: reading the workbook
 * (2.1 MB)`, the time left told once a workbook is done, at the pace so far. In a
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
  let totalBytes = 0;
  let doneBytes = 0;
  let lastLineMs = 0;
  /** The step of each workbook being worked on, in the order they started. */
  const running = new Map<string, string>();
  const redraw = () => {
    if (!status || running.size === 0) return;
    // The steps come last, as a narrow terminal cuts the line's end; two are as many as a line holds.
    const steps = [...running].slice(0, 2).map(([workbook, step]) => `${workbook}: ${step}`);
    if (running.size > 2) steps.push(`${running.size - 2} more`);
    const elapsed = now() - started;
    status(`${done}/${total} workbooks · ${clock(elapsed)}${timeLeft(elapsed)} · ${steps.join(' · ')}`);
  };
  // At the pace of the workbooks done so far, by their sizes: a folder's first workbooks tell how long the rest take.
  const timeLeft = (elapsed: number): string => {
    if (doneBytes <= 0 || doneBytes >= totalBytes || elapsed < MIN_ESTIMATE_MS) return '';
    return ` · about ${clock((elapsed * (totalBytes - doneBytes)) / doneBytes, Math.ceil)} left`;
  };
  const stopTicking = status ? ticker(redraw) : () => {};
  return {
    onProgress(event) {
      const elapsed = now() - started;
      if (event.type === 'start') {
        total = event.workbooks;
        totalBytes = event.bytes;
      } else if (event.type === 'workbook-done') {
        done++;
        doneBytes += event.bytes;
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
