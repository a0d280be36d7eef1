import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alignFiles,
  MATCHING_STEP,
  matchingReporter,
  type ProgressEvent,
} from '../../src/pipeline/align-files.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-progress-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An event with only what a test compares: its type, the counts and the output's format. */
function brief(event: ProgressEvent): string {
  switch (event.type) {
    case 'start':
      return `start ${event.files} files ${event.formats.join(',')}`;
    case 'read':
      return `read ${event.bytes}`;
    case 'segmented':
      return `segmented ${event.segments}`;
    case 'matching':
      return `matching ${event.matched}/${event.total}`;
    case 'carrying-over':
      return 'carrying-over';
    case 'paired':
      return 'paired';
    case 'writing':
      return `writing ${event.format}`;
    case 'written':
      return `written ${event.format}`;
    case 'file-done':
      return `file-done ${event.result.ok ? 'ok' : 'failed'} ${event.bytes}`;
  }
}

describe('alignFiles progress events', () => {
  it('reports each stage of a file, term matching in steps, and each output as it is written', async () => {
    const text = `${Array.from({ length: 4500 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ')}\n`;
    const input = join(dir, 'book.txt');
    await writeFile(input, text);
    const events: ProgressEvent[] = [];
    const result = await alignFiles({
      inputs: [input],
      glossaries: [],
      out: join(dir, 'out'),
      formats: ['json', 'xlsx'],
      onProgress: (event) => events.push(event),
    });
    expect(result.files[0]!.ok).toBe(true);
    const bytes = Buffer.byteLength(text);
    // Matched runs may come back from threads in any order: the steps grow and end at the total.
    const matched = events.flatMap((e) => (e.type === 'matching' ? [e.matched] : []));
    expect(matched.length).toBeGreaterThanOrEqual(2);
    expect(matched[0]).toBeGreaterThanOrEqual(MATCHING_STEP);
    expect([...matched].sort((a, b) => a - b)).toEqual(matched);
    expect(matched.at(-1)).toBe(4500);
    // The workbook (3 rows per segment: Segments, TermMatches, Structure) says how far it is every 4,096 rows.
    const shares = events.flatMap((e) => (e.type === 'writing' ? [e.share] : []));
    expect(shares.map((share) => share.toFixed(2))).toEqual(['0.30', '0.61', '0.91']);
    expect(events.filter((e) => e.type === 'writing').map(brief)).toEqual(Array(3).fill('writing xlsx'));
    const lines = events.map(brief);
    expect(lines.indexOf('writing xlsx')).toBeGreaterThan(lines.indexOf('paired'));
    expect(lines.lastIndexOf('writing xlsx')).toBeLessThan(lines.indexOf('written xlsx'));
    expect(
      lines.filter(
        (line) =>
          (!line.startsWith('matching') || line === 'matching 4500/4500') && !line.startsWith('writing'),
      ),
    ).toEqual([
      'start 1 files json,xlsx',
      `read ${bytes}`,
      'segmented 4500',
      'matching 4500/4500',
      'paired',
      'written json',
      'written xlsx',
      `file-done ok ${bytes}`,
    ]);
    expect(events.filter((e) => e.type === 'written').map((e) => e.path)).toEqual(result.files[0]!.outputs);
    expect(new Set(events.filter((e) => 'input' in e).map((e) => (e as { input: string }).input))).toEqual(
      new Set([input]),
    );
  });

  it('says when it reads the workbook of an earlier run, before the file is segmented', async () => {
    const input = join(dir, 'again.txt');
    await writeFile(input, '第一句。第二句。\n');
    const run = async () => {
      const events: ProgressEvent[] = [];
      const result = await alignFiles({
        inputs: [input],
        glossaries: [],
        out: join(dir, 'out-again'),
        formats: ['xlsx'],
        onProgress: (event) => events.push(event),
      });
      expect(result.files[0]!.ok).toBe(true);
      return events.map(brief).filter((line) => !line.startsWith('matching'));
    };
    expect(await run()).not.toContain('carrying-over');
    const again = await run();
    expect(again.slice(again.indexOf('read 25'), again.indexOf('written xlsx'))).toEqual([
      'read 25',
      'carrying-over',
      'segmented 2',
      'paired',
    ]);
  });

  it('ends a file that fails with file-done after the stages it reached', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '\n\n');
    const events: ProgressEvent[] = [];
    await alignFiles({
      inputs: [empty, join(dir, 'missing.txt')],
      glossaries: [],
      out: join(dir, 'out-failed'),
      formats: ['json'],
      onProgress: (event) => events.push(event),
    });
    expect(events.map(brief)).toEqual(['start 1 files json', 'read 2', 'file-done failed 2']);
  });
});

describe('matchingReporter', () => {
  it('passes on a step of matched segments at a time, and the last, however the counts come', () => {
    const events: ProgressEvent[] = [];
    const report = matchingReporter('a.txt', 5000, (event) => events.push(event));
    for (const matched of [1, 1500, 1999, 2000, 2001, 3000, 3999, 4100, 4100, 5000, 5000]) report(matched);
    expect(events).toEqual(
      [2000, 4100, 5000].map((matched) => ({ type: 'matching', input: 'a.txt', matched, total: 5000 })),
    );
  });

  it('costs nothing without a listener, and a small file reports once', () => {
    expect(() => matchingReporter('a.txt', 10, undefined)(10)).not.toThrow();
    const events: ProgressEvent[] = [];
    const report = matchingReporter('a.txt', 3, (event) => events.push(event));
    for (const matched of [1, 2, 3]) report(matched);
    expect(events).toEqual([{ type: 'matching', input: 'a.txt', matched: 3, total: 3 }]);
  });
});
