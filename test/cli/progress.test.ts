import { describe, expect, it } from 'vitest';
import {
  advanceProgress,
  EMPTY_PROGRESS,
  logProgress,
  type ProgressState,
  progressFraction,
  renderProgress,
  timeLeftMs,
} from '../../src/cli/progress.js';
import type { FileResult, ProgressEvent } from '../../src/pipeline/align-files.js';

const done = (ok: boolean, input = 'a.txt'): FileResult => ({
  input,
  name: 'a',
  ok,
  segments: 10,
  termMatches: 0,
  outputs: [],
  notes: 0,
  ms: 1,
});

/** Folds events given with the elapsed milliseconds at each. */
function run(
  events: readonly [ProgressEvent, number][],
  from: ProgressState = EMPTY_PROGRESS,
): ProgressState {
  return events.reduce((state, [event, ms]) => advanceProgress(state, event, ms), from);
}

/** One file's events up to its outputs, `book.txt` of 1000 bytes with 10,000 segments. */
const BOOK: ProgressEvent[] = [
  { type: 'read', input: 'book.txt', bytes: 1000 },
  { type: 'carrying-over', input: 'book.txt' },
  { type: 'segmented', input: 'book.txt', segments: 10_000 },
  { type: 'matching', input: 'book.txt', matched: 4000, total: 10_000 },
  { type: 'matching', input: 'book.txt', matched: 10_000, total: 10_000 },
  { type: 'paired', input: 'book.txt' },
  { type: 'writing', input: 'book.txt', format: 'xlsx', share: 0.5 },
  { type: 'written', input: 'book.txt', format: 'xlsx', path: 'out/book.xlsx' },
  { type: 'written', input: 'book.txt', format: 'json', path: 'out/book.json' },
];

describe('progress', () => {
  it('counts files, segments and failures and estimates the time left from bytes done', () => {
    const state = run([
      [{ type: 'start', files: 4, bytes: 400, formats: ['json'] }, 0],
      [{ type: 'segmented', input: 'a.txt', segments: 1234 }, 500],
      [{ type: 'file-done', result: done(true), bytes: 100 }, 1000],
      [{ type: 'file-done', result: done(false, 'b.txt'), bytes: 100 }, 10_000],
    ]);
    expect(state).toMatchObject({ files: 4, filesDone: 2, failed: 1, segments: 1234, bytesDone: 200 });
    expect(renderProgress(state, 10)).toBe('[█████░░░░░] 2/4 files · 1,234 segments · 1 failed · 0:10 left');
  });

  it('shows an empty bar before anything is done and "done" at the end', () => {
    const start = advanceProgress(
      EMPTY_PROGRESS,
      { type: 'start', files: 1, bytes: 50, formats: ['xlsx'] },
      0,
    );
    expect(renderProgress(start, 4)).toBe('[░░░░] 0/1 files · 0 segments');
    const end = advanceProgress(start, { type: 'file-done', result: done(true), bytes: 50 }, 10);
    expect(renderProgress(end, 4)).toBe('[████] 1/1 files · 0 segments · done');
  });

  it('moves within one large file, stage by stage, and says what the file is doing', () => {
    let state = advanceProgress(
      EMPTY_PROGRESS,
      { type: 'start', files: 1, bytes: 1000, formats: ['xlsx', 'json'] },
      0,
    );
    const fractions: number[] = [];
    const lines: string[] = [];
    BOOK.forEach((event, i) => {
      state = advanceProgress(state, event, 1000 * (i + 1));
      fractions.push(progressFraction(state));
      lines.push(renderProgress(state, 10));
    });
    expect(lines[3]).toMatch(/^\[█+░+\] 0\/1 files · 10,000 segments · 0:\d\d left · matching terms 40%$/);
    const doing = lines.map((line) => line.split(' · ').at(-1));
    // Reading the earlier workbook starts where reading the file ended; every other step moves the bar on.
    expect(fractions[1]).toBe(fractions[0]);
    for (let i = 2; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]!);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBeCloseTo(1);
    expect(doing).toEqual([
      'segmenting',
      'reading the earlier workbook',
      'matching terms',
      'matching terms 40%',
      'matching terms 100%',
      'writing xlsx',
      'writing xlsx 50%',
      'writing json',
      'done', // the bar is full: "done" replaces what the file is doing
    ]);
    state = advanceProgress(
      state,
      { type: 'file-done', result: done(true, 'book.txt'), bytes: 1000 },
      10_000,
    );
    expect(state.active.size).toBe(0);
    expect(renderProgress(state, 4)).toBe('[████] 1/1 files · 10,000 segments · done');
  });

  it('never moves a file back when its outputs report out of order', () => {
    // The JSON is made while the workbook pauses: the workbook's progress may come before the JSON is written.
    const state = run([
      [{ type: 'start', files: 1, bytes: 1000, formats: ['json', 'xlsx'] }, 0],
      [{ type: 'paired', input: 'book.txt' }, 1000],
      [{ type: 'writing', input: 'book.txt', format: 'xlsx', share: 0.9 }, 2000],
    ]);
    const before = progressFraction(state);
    const after = advanceProgress(
      state,
      { type: 'written', input: 'book.txt', format: 'json', path: 'out/book.json' },
      2100,
    );
    expect(progressFraction(after)).toBe(before);
    expect(renderProgress(after, 4)).toMatch(/ · writing xlsx$/);
  });

  it('weighs files by their size, so half of a large file counts more than all of a small one', () => {
    const start: ProgressEvent = { type: 'start', files: 2, bytes: 1100, formats: ['json'] };
    const small = run([
      [start, 0],
      [{ type: 'file-done', result: done(true, 'small.txt'), bytes: 100 }, 1000],
    ]);
    const large = run([
      [start, 0],
      [{ type: 'read', input: 'large.txt', bytes: 1000 }, 100],
      [{ type: 'matching', input: 'large.txt', matched: 5, total: 10 }, 1000],
    ]);
    expect(progressFraction(small)).toBeCloseTo(100 / 1100);
    expect(progressFraction(large)).toBeGreaterThan(progressFraction(small));
  });

  it('reckons the time left from the start of the files, not from the start of the command', () => {
    const state = run([
      [{ type: 'start', files: 2, bytes: 200, formats: ['json'] }, 5000],
      [{ type: 'file-done', result: done(true), bytes: 100 }, 7000],
    ]);
    expect(timeLeftMs(state)).toBe(2000);
    // No estimate in the first second: it would be noise.
    const early = run([
      [{ type: 'start', files: 2, bytes: 200, formats: ['json'] }, 5000],
      [{ type: 'file-done', result: done(true), bytes: 100 }, 5500],
    ]);
    expect(timeLeftMs(early)).toBeUndefined();
    expect(renderProgress(early, 2)).toBe('[█░] 1/2 files · 0 segments');
  });

  it('shows no file stage when several files are under way', () => {
    const state = run([
      [{ type: 'start', files: 2, bytes: 200, formats: ['json'] }, 0],
      [{ type: 'read', input: 'a.txt', bytes: 100 }, 10],
      [{ type: 'read', input: 'b.txt', bytes: 100 }, 20],
    ]);
    expect(renderProgress(state, 2)).toBe('[░░] 0/2 files · 0 segments');
  });
});

describe('progress in a log', () => {
  it('prints a stage line only after a quiet spell, and a file-done line counts as output', () => {
    const line = logProgress(2000);
    let state = advanceProgress(
      EMPTY_PROGRESS,
      { type: 'start', files: 1, bytes: 1000, formats: ['xlsx', 'json'] },
      300,
    );
    const lines: string[] = [];
    const at = [500, 600, 900, 2500, 3000, 3100, 10_000, 20_000, 20_500];
    BOOK.forEach((event, i) => {
      state = advanceProgress(state, event, at[i]!);
      const text = line(event, state);
      if (text) lines.push(text);
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^… book\.txt: matching terms, 4,000 of 10,000 segments \(0:03, \d+% of the run, about \d:\d\d left\)$/,
      ),
      expect.stringMatching(/^… book\.txt: writing xlsx, 50% \(0:10, \d+% of the run, about \d:\d\d left\)$/),
      expect.stringMatching(
        /^… book\.txt: wrote out\/book\.xlsx, writing json \(0:20, \d+% of the run, about \d:\d\d left\)$/,
      ),
    ]);
    state = advanceProgress(
      state,
      { type: 'file-done', result: done(true, 'book.txt'), bytes: 1000 },
      30_000,
    );
    expect(line({ type: 'file-done', result: done(true, 'book.txt'), bytes: 1000 }, state)).toBeUndefined();
    const next = advanceProgress(state, { type: 'read', input: 'c.txt', bytes: 5 }, 31_000);
    expect(line({ type: 'read', input: 'c.txt', bytes: 5 }, next)).toBeUndefined();
  });

  it('says each stage in words', () => {
    const line = logProgress(0);
    let state = advanceProgress(
      EMPTY_PROGRESS,
      { type: 'start', files: 1, bytes: 2_500_000, formats: ['docx', 'json'] },
      0,
    );
    const events: ProgressEvent[] = [
      { type: 'read', input: 'b.txt', bytes: 2_500_000 },
      { type: 'segmented', input: 'b.txt', segments: 12_345 },
      { type: 'matching', input: 'b.txt', matched: 12_345, total: 12_345 },
      { type: 'paired', input: 'b.txt' },
      { type: 'written', input: 'b.txt', format: 'docx', path: 'out/b.docx' },
      { type: 'written', input: 'b.txt', format: 'json', path: 'out/b.json' },
    ];
    const words = events.map((event, i) => {
      state = advanceProgress(state, event, i * 100);
      return line(event, state)?.replace(/ \(.*\)$/, '');
    });
    expect(words).toEqual([
      '… b.txt: read 2.5 MB',
      '… b.txt: 12,345 segments',
      '… b.txt: terms matched in 12,345 segments',
      '… b.txt: rows made, writing docx',
      '… b.txt: wrote out/b.docx, writing json',
      undefined, // the last output: the file's ✓ line follows at once
    ]);
  });
});
