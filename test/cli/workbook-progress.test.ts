import { describe, expect, it } from 'vitest';
import { workbookProgress } from '../../src/cli/workbook-progress.js';
import type { Output } from '../../src/cli.js';
import type { WorkbookProgressEvent } from '../../src/pipeline/workbook-progress.js';

/** An output that records what it was given, a terminal or a log. */
function recorder(isTTY: boolean) {
  const lines: string[] = [];
  const statuses: string[] = [];
  const out: Output = {
    log: (line) => lines.push(line),
    error: (line) => lines.push(`error: ${line}`),
    isTTY,
    status: (line) => statuses.push(line),
  };
  return { out, lines, statuses };
}

/** Events at the given milliseconds since the start: a book's workbook, then a small one. */
const EVENTS: [WorkbookProgressEvent, number][] = [
  [{ type: 'start', workbooks: 2, bytes: 15_300_000 }, 0],
  [{ type: 'step', workbook: 'book.xlsx', step: 'reading the workbook (15.2 MB)' }, 10],
  [{ type: 'step', workbook: 'book.xlsx', step: 'checking 75,764 segments' }, 5_300],
  [{ type: 'step', workbook: 'book.xlsx', step: 'writing the report' }, 8_100],
  [{ type: 'workbook-done', workbook: 'book.xlsx', ok: true, bytes: 15_200_000 }, 9_000],
  [{ type: 'step', workbook: 'small.xlsx', step: 'reading the workbook (0.1 MB)' }, 9_050],
  [{ type: 'step', workbook: 'small.xlsx', step: 'checking 224 segments' }, 9_200],
  [{ type: 'workbook-done', workbook: 'small.xlsx', ok: true, bytes: 100_000 }, 9_400],
];

function play(out: Output) {
  let ms = 0;
  const progress = workbookProgress(out, () => ms);
  for (const [event, at] of EVENTS) {
    ms = at;
    progress.onProgress(event);
  }
  progress.finish();
}

describe('workbookProgress', () => {
  it('redraws a status line at each step on a terminal, and clears it at the end', () => {
    const { out, lines, statuses } = recorder(true);
    play(out);
    expect(lines).toEqual([]);
    expect(statuses).toEqual([
      '0/2 workbooks · 0:00 · book.xlsx: reading the workbook (15.2 MB)',
      '0/2 workbooks · 0:05 · book.xlsx: checking 75,764 segments',
      '0/2 workbooks · 0:08 · book.xlsx: writing the report',
      // The time left, at the book's pace, rounded up: never `0:00` while something is left.
      '1/2 workbooks · 0:09 · about 0:01 left · small.xlsx: reading the workbook (0.1 MB)',
      '1/2 workbooks · 0:09 · about 0:01 left · small.xlsx: checking 224 segments',
      '',
    ]);
  });

  it('in a log, prints a step only after two quiet seconds: the book’s, not the small workbook’s', () => {
    const { out, lines, statuses } = recorder(false);
    play(out);
    expect(statuses).toEqual([]);
    expect(lines).toEqual([
      '… book.xlsx: checking 75,764 segments (0:05)',
      '… book.xlsx: writing the report (0:08)',
    ]);
  });
});

describe('workbookProgress with workbooks done at once', () => {
  it('shows the step of each workbook being worked on, and keeps its clock going between steps', () => {
    const { out, statuses } = recorder(true);
    let ms = 0;
    let tick: () => void = () => {};
    let stopped = false;
    const progress = workbookProgress(
      out,
      () => ms,
      2000,
      (redraw) => {
        tick = redraw;
        return () => {
          stopped = true;
        };
      },
    );
    progress.onProgress({ type: 'start', workbooks: 4, bytes: 21_800_000 });
    progress.onProgress({ type: 'step', workbook: 'a.xlsx', step: 'reading the workbook (19.4 MB)' });
    ms = 100;
    progress.onProgress({ type: 'step', workbook: 'b.xlsx', step: 'reading the workbook (2.1 MB)' });
    ms = 3_000;
    tick();
    ms = 4_000;
    progress.onProgress({ type: 'workbook-done', workbook: 'b.xlsx', ok: true, bytes: 2_100_000 });
    ms = 9_000;
    progress.onProgress({ type: 'step', workbook: 'a.xlsx', step: 'checking 75,764 segments' });
    progress.onProgress({ type: 'step', workbook: 'c.xlsx', step: 'reading the workbook (0.1 MB)' });
    progress.onProgress({ type: 'step', workbook: 'd.xlsx', step: 'reading the workbook (0.1 MB)' });
    progress.finish();
    expect(statuses).toEqual([
      '0/4 workbooks · 0:00 · a.xlsx: reading the workbook (19.4 MB)',
      '0/4 workbooks · 0:00 · a.xlsx: reading the workbook (19.4 MB) · b.xlsx: reading the workbook (2.1 MB)',
      '0/4 workbooks · 0:03 · a.xlsx: reading the workbook (19.4 MB) · b.xlsx: reading the workbook (2.1 MB)',
      // 2.1 MB done in the 9 s so far: the 19.7 MB left take about 85 s more at that pace.
      '1/4 workbooks · 0:09 · about 1:25 left · a.xlsx: checking 75,764 segments',
      '1/4 workbooks · 0:09 · about 1:25 left · a.xlsx: checking 75,764 segments · c.xlsx: reading the workbook (0.1 MB)',
      '1/4 workbooks · 0:09 · about 1:25 left · a.xlsx: checking 75,764 segments · c.xlsx: reading the workbook (0.1 MB) · 1 more',
      '',
    ]);
    expect(stopped).toBe(true);
  });
});
