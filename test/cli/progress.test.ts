import { describe, expect, it } from 'vitest';
import { advanceProgress, EMPTY_PROGRESS, renderProgress } from '../../src/cli/progress.js';
import type { FileResult } from '../../src/pipeline/align-files.js';

const done = (ok: boolean): FileResult => ({
  input: 'a.txt',
  name: 'a',
  ok,
  segments: 10,
  termMatches: 0,
  outputs: [],
  notes: 0,
  ms: 1,
});

describe('progress', () => {
  it('counts files, segments and failures and estimates the time left from bytes done', () => {
    let state = advanceProgress(EMPTY_PROGRESS, { type: 'start', files: 4, bytes: 400 }, 0);
    state = advanceProgress(state, { type: 'segmented', input: 'a.txt', segments: 1234 }, 500);
    state = advanceProgress(state, { type: 'file-done', result: done(true), bytes: 100 }, 1000);
    state = advanceProgress(state, { type: 'file-done', result: done(false), bytes: 100 }, 10_000);
    expect(state).toMatchObject({ files: 4, filesDone: 2, failed: 1, segments: 1234, bytesDone: 200 });
    expect(renderProgress(state, 10)).toBe('[█████░░░░░] 2/4 files · 1,234 segments · 1 failed · 0:10 left');
  });

  it('shows an empty bar before anything is done and "done" at the end', () => {
    const start = advanceProgress(EMPTY_PROGRESS, { type: 'start', files: 1, bytes: 50 }, 0);
    expect(renderProgress(start, 4)).toBe('[░░░░] 0/1 files · 0 segments');
    const end = advanceProgress(start, { type: 'file-done', result: done(true), bytes: 50 }, 10);
    expect(renderProgress(end, 4)).toBe('[████] 1/1 files · 0 segments · done');
  });
});
