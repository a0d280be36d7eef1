import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignSummary } from '../../src/cli/align-summary.js';
import { realignLines } from '../../src/cli/realign-summary.js';
import { main } from '../../src/cli.js';
import { fillTargets } from '../fixtures/roundtrip/workbook-edits.js';
import { recorder } from '../helpers/cli-output.js';

const COUNTS = { kept: 3, moved: 0, needsReview: 1, restored: 0, orphaned: 0, orphans: 0 };

describe('realignLines', () => {
  it('says what was carried over from the existing workbook and where it was kept', () => {
    expect(
      realignLines({
        previous: 'out/interview.xlsx',
        backup: 'out/backup/interview.20240502-102030.xlsx',
        counts: COUNTS,
        findings: [],
      }),
    ).toEqual([
      'Carried over from the existing workbook: 3 translations kept, 1 with a changed source marked “needs review”.',
      'The previous workbook was kept as out/backup/interview.20240502-102030.xlsx.',
    ]);
  });

  it('names the workbook found under another name, which this run continues and leaves as it is', () => {
    expect(
      realignLines({ previous: 'out/interview.xlsx', foundBySourceFile: true, counts: COUNTS, findings: [] }),
    ).toEqual([
      'Carried over from out/interview.xlsx, made from this input by an earlier run under another name ' +
        '(it is left as it is): 3 translations kept, 1 with a changed source marked “needs review”.',
    ]);
  });
});

describe('tandem align over inputs an earlier run named differently', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-summary-'));
    for (const [folder, text] of [
      ['a', '今天双方举行了会谈。会谈气氛友好。\n'],
      ['b', '明天代表团将访问上海。\n'],
    ] as const) {
      await mkdir(join(dir, folder));
      await writeFile(join(dir, folder, 'interview.txt'), text);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('tells the translator that a-interview.xlsx continues interview.xlsx, on screen and in --json', async () => {
    const out = join(dir, 'out');
    const [a, b] = [join(dir, 'a', 'interview.txt'), join(dir, 'b', 'interview.txt')];
    expect(await main(['align', a, '--out', out, '--format', 'xlsx', '--quiet'], recorder())).toBe(0);
    const workbook = join(out, 'interview.xlsx');
    await writeFile(
      workbook,
      fillTargets(await readFile(workbook), (id) => `Done: ${id}`),
    );

    const io = recorder();
    expect(await main(['align', a, b, '--out', out, '--format', 'xlsx'], io)).toBe(0);
    expect(io.errors).toEqual([]);
    expect(io.logs).toContain(
      `    Carried over from ${workbook}, made from this input by an earlier run under another name ` +
        '(it is left as it is): 2 translations kept, 0 with a changed source marked “needs review”.',
    );

    await rm(join(out, 'a-interview.xlsx'));
    const json = recorder();
    expect(await main(['align', a, b, '--out', out, '--format', 'xlsx', '--json'], json)).toBe(0);
    const summary = JSON.parse(json.logs[0]!) as AlignSummary;
    expect(summary.files.find((f) => f.input === a)?.realign).toEqual({
      previous: workbook,
      foundBySourceFile: true,
      counts: { kept: 2, moved: 0, needsReview: 0, restored: 0, orphaned: 0, orphans: 0 },
    });
    // b-interview.xlsx exists now, from the run before: it is b's own, re-aligned as always.
    expect(summary.files.find((f) => f.input === b)?.realign).toMatchObject({
      previous: join(out, 'b-interview.xlsx'),
      backup: expect.any(String),
    });
  });
});
