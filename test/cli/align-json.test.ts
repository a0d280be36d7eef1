import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlignSummary, alignSummary } from '../../src/cli/align-summary.js';
import { main } from '../../src/cli.js';
import { recorder } from '../helpers/cli-output.js';

/** Runs `tandem align … --json`: the exit code and the one summary printed on stdout. */
async function alignJson(args: readonly string[]): Promise<{ code: number; summary: AlignSummary }> {
  // A terminal: --json must still print nothing but the summary, no progress bar.
  const io = recorder(true);
  const code = await main(['align', ...args, '--json'], io);
  expect(io.errors).toEqual([]);
  expect(io.statuses).toEqual([]);
  expect(io.logs).toHaveLength(1);
  return { code, summary: JSON.parse(io.logs[0]!) as AlignSummary };
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-json-'));
  await mkdir(join(dir, 'in'));
  await writeFile(
    join(dir, 'in', 'note.txt'),
    'Dr. Smith arrived in the U.S. on Jan. 5. He met the press.\n',
  );
  await writeFile(join(dir, 'in', 'empty.txt'), '\n \n');
  await writeFile(join(dir, 'terms.tsv'), 'source\ttarget\npress\t媒体\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tandem align --json', () => {
  it('prints per file segments, terms, notes, outputs, problems and milliseconds, and the unusable inputs', async () => {
    const out = join(dir, 'out');
    const { code, summary } = await alignJson([
      join(dir, 'in'),
      join(dir, 'missing.txt'),
      '--glossary',
      join(dir, 'terms.tsv'),
      '--glossary',
      join(dir, 'no-glossary'),
      '--out',
      out,
      '--format',
      'json,xlsx',
    ]);
    expect(code).toBe(1);
    expect(summary).toEqual({
      ok: false,
      out,
      totals: {
        files: 2,
        written: 1,
        failed: 1,
        segments: 2,
        termMatches: 1,
        problems: 3,
        ms: expect.any(Number),
      },
      files: [
        {
          input: join(dir, 'in', 'empty.txt'),
          name: 'empty',
          ok: false,
          error: expect.stringMatching(/has no text to translate/),
          segments: 0,
          termMatches: 0,
          notes: 0,
          outputs: [],
          problems: [
            {
              code: 'align-failed',
              severity: 'error',
              message: expect.stringMatching(/has no text to translate/),
            },
          ],
          ms: expect.any(Number),
        },
        {
          input: join(dir, 'in', 'note.txt'),
          name: 'note',
          ok: true,
          sourceLanguage: 'en',
          targetLanguage: 'zh',
          speakers: [],
          segments: 2,
          termMatches: 1,
          notes: expect.any(Number),
          outputs: [join(out, 'note.json'), join(out, 'note.xlsx')],
          problems: [],
          ms: expect.any(Number),
        },
      ],
      problems: [
        {
          code: 'input-unusable',
          severity: 'error',
          path: join(dir, 'missing.txt'),
          message: expect.stringMatching(/does not exist/),
        },
        {
          code: 'glossary-unreadable',
          severity: 'error',
          path: join(dir, 'no-glossary'),
          message: expect.stringMatching(/does not exist/),
        },
      ],
      skipped: [],
      glossary: { files: [join(dir, 'terms.tsv')], entries: 1, findings: expect.any(Array) },
    });
    for (const file of summary.files) expect(Number.isInteger(file.ms)).toBe(true);
  });

  it('says what re-aligning carried over, and why nothing was when the earlier workbook is unreadable', async () => {
    const out = join(dir, 'out-again');
    const args = [join(dir, 'in', 'note.txt'), '--glossary', join(dir, 'terms.tsv'), '--out', out];
    expect((await alignJson([...args, '--format', 'xlsx'])).code).toBe(0);

    const again = await alignJson([...args, '--format', 'xlsx']);
    expect(again.code).toBe(0);
    expect(again.summary.files[0]).toMatchObject({
      ok: true,
      realign: {
        previous: join(out, 'note.xlsx'),
        backup: expect.stringContaining(join(out, 'backup')),
        counts: { kept: 0, moved: 0, needsReview: 0, orphaned: 0 },
      },
      problems: [],
    });

    await writeFile(join(out, 'note.xlsx'), 'not a workbook');
    const broken = await alignJson([...args, '--format', 'xlsx']);
    expect(broken.code).toBe(0);
    expect(broken.summary.ok).toBe(true);
    expect(broken.summary.totals.problems).toBeGreaterThanOrEqual(1);
    expect(broken.summary.files[0]!.problems[0]).toEqual({
      code: 'realign-nothing-carried-over',
      severity: 'warning',
      message: expect.stringMatching(/could not be read.*kept as/),
    });
    expect(broken.summary.files[0]!.realign).not.toHaveProperty('problem');
  });

  it('prints nothing but the summary, even on a terminal (no bar)', async () => {
    // A terminal: --json must still print nothing but the summary, no progress bar.
    const io = recorder(true);
    await main(
      ['align', join(dir, 'in', 'note.txt'), '--out', join(dir, 'out-quiet'), '--format', 'json', '--json'],
      io,
    );
    expect(io.statuses).toEqual([]);
    expect(() => JSON.parse(io.logs.join('\n'))).not.toThrow();
  });

  it("lists the earlier workbook's own problems with the file, with their cells", () => {
    const summary = alignSummary(
      {
        files: [
          {
            input: 'in/note.txt',
            name: 'note',
            ok: true,
            segments: 3,
            termMatches: 0,
            outputs: ['out/note.xlsx'],
            notes: 0,
            realign: {
              previous: 'out/note.xlsx',
              backup: 'out/backup/note.20260101-000000.xlsx',
              counts: { kept: 2, moved: 0, needsReview: 0, restored: 0, orphaned: 1, orphans: 1 },
              findings: [
                {
                  code: 'row-without-id',
                  severity: 'error',
                  message: 'Row 7 has no ID; its translation is on the Orphans sheet.',
                  file: 'out/note.xlsx',
                  cell: 'Segments!A7',
                },
              ],
            },
            ms: 12.6,
          },
        ],
        glossary: { files: [], entries: [], findings: [], unreadable: [] },
        problems: [],
        skipped: [],
      },
      { ok: true, out: 'out', ms: 20.2 },
    );
    expect(summary.files[0]).toMatchObject({
      realign: {
        previous: 'out/note.xlsx',
        backup: 'out/backup/note.20260101-000000.xlsx',
        counts: { kept: 2, orphaned: 1 },
      },
      problems: [
        {
          code: 'row-without-id',
          severity: 'error',
          cell: 'Segments!A7',
          message: 'Row 7 has no ID; its translation is on the Orphans sheet.',
          file: 'out/note.xlsx',
        },
      ],
      ms: 13,
    });
    expect(summary.totals).toEqual({
      files: 1,
      written: 1,
      failed: 0,
      segments: 3,
      termMatches: 0,
      problems: 1,
      ms: 20,
    });
  });
});
