import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/import/read-workbook.js';
import type { AlignedDocument } from '../../src/model/index.js';
import { type AlignJobOptions, alignFiles } from '../../src/pipeline/align-files.js';
import { fillTargets, pseudoTranslation } from '../fixtures/roundtrip/workbook-edits.js';

const root = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(root, 'input/interview.txt');

/** The sentence the translator's source gets edited in, and how. */
const CHANGED = '环顾全球，突如其来的疫情加快了百年变局的演进，世界进入动荡变革期。';
const CHANGED_TO = '环顾全球，突如其来的新冠疫情加快了百年变局的演进，世界进入了动荡变革期。';
const DELETED = '沧海横流，方显英雄本色。';

let dir: string;
let filled: Uint8Array;
let before: AlignedDocument;

function align(input: string, extra: Partial<AlignJobOptions> = {}) {
  return alignFiles({
    inputs: [input],
    glossaries: [],
    out: join(dir, 'out'),
    formats: ['xlsx'],
    now: () => new Date('2024-05-02T10:20:30'),
    ...extra,
  });
}

async function sourceCopy(edit: (text: string) => string = (t) => t): Promise<string> {
  await mkdir(join(dir, 'in'), { recursive: true });
  const path = join(dir, 'in', 'interview.txt');
  await writeFile(path, edit(await readFile(SAMPLE, 'utf8')));
  return path;
}

const workbookPath = () => join(dir, 'out', 'interview.xlsx');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-realign-'));
  await align(await sourceCopy());
  // The translator fills six rows in seven, marks one reviewed and writes a note of their own.
  filled = fillTargets(await readFile(workbookPath()), (id, source, kind, index) =>
    index % 7 === 3 && source !== CHANGED && source !== DELETED
      ? undefined
      : pseudoTranslation(id, source, kind),
  );
  await writeFile(workbookPath(), filled);
  before = readWorkbook(filled, 'interview.xlsx').document!;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('re-aligning a document whose workbook the translator has filled', () => {
  it('loses no translation after the source gains a paragraph at the top, changes a sentence and loses one', async () => {
    const edited = await sourceCopy(
      (text) => `编者按：以下为采访全文。\n${text.replace(CHANGED, CHANGED_TO).replace(DELETED, '')}`,
    );
    const [file] = (await align(edited)).files;
    expect(file?.ok).toBe(true);
    const backup = join(dir, 'out', 'backup', 'interview.20240502-102030.xlsx');
    expect(file?.realign).toMatchObject({
      previous: workbookPath(),
      backup,
      counts: { kept: 0, needsReview: 1, restored: 0, orphaned: 1, orphans: 1 },
    });
    const translated = before.segments.filter((s) => s.target !== '').length;
    expect(file!.realign!.counts!.moved).toBe(translated - 2);
    expect(Buffer.compare(await readFile(backup), filled)).toBe(0);

    const after = readWorkbook(await readFile(workbookPath()), 'interview.xlsx').document!;
    const kept = [...after.segments.map((s) => s.target), ...(after.orphans ?? []).map((o) => o.target)];
    for (const segment of before.segments) if (segment.target) expect(kept).toContain(segment.target);

    const changed = after.segments.find((s) => s.source === CHANGED_TO)!;
    expect(changed).toMatchObject({
      status: 'needs review',
      target: before.segments.find((s) => s.source === CHANGED)!.target,
    });
    expect(changed.notes.at(-1)).toContain(CHANGED);
    expect(after.orphans).toEqual([
      expect.objectContaining({
        source: DELETED,
        target: before.segments.find((s) => s.source === DELETED)!.target,
        reason: 'Source no longer in the document (re-aligned 2024-05-02)',
      }),
    ]);
    // Every row moved down a paragraph, and its translation with it.
    expect(after.segments.find((s) => s.id === 'p2.s1')?.target).toBe(before.segments[0]!.target);
  });

  it('keeps the orphans on the next run too, and restores one when its sentence comes back', async () => {
    const [again] = (
      await align(
        await sourceCopy((text) => `编者按：以下为采访全文。\n${text.replace(CHANGED, CHANGED_TO)}`),
      )
    ).files;
    expect(again?.realign?.counts).toMatchObject({ restored: 1, orphans: 0 });
    const after = readWorkbook(await readFile(workbookPath()), 'interview.xlsx').document!;
    expect(after.segments.find((s) => s.source === DELETED)?.target).toBe(
      before.segments.find((s) => s.source === DELETED)!.target,
    );
    expect(await readdir(join(dir, 'out', 'backup'))).toHaveLength(2);
  });

  it('keeps an unreadable workbook as a backup, says so, and writes a fresh one', async () => {
    await writeFile(workbookPath(), 'not a workbook any more');
    const [file] = (await align(await sourceCopy(), { now: () => new Date('2024-05-03T08:00:00') })).files;
    expect(file?.ok).toBe(true);
    const backup = join(dir, 'out', 'backup', 'interview.20240503-080000.xlsx');
    expect(file?.realign?.problem).toContain(
      'could not be read, so none of its translations were carried over',
    );
    expect(file?.realign?.problem).toContain(`It was kept as ${backup}.`);
    // The reason, a sentence of its own, loses its full stop in the parentheses.
    expect(file?.realign?.problem).toMatch(/[^.]\)\. It was kept as/);
    expect(await readFile(backup, 'utf8')).toBe('not a workbook any more');
  });

  it('carries nothing into a workbook for another target language, and keeps the old one', async () => {
    await writeFile(workbookPath(), filled);
    const [file] = (await align(await sourceCopy(), { to: 'fr', now: () => new Date('2024-05-04T08:00:00') }))
      .files;
    expect(file?.realign?.problem).toMatch(/^The existing workbook translates into en, this run into fr/);
    const after = readWorkbook(await readFile(workbookPath()), 'interview.xlsx').document!;
    expect(after.segments.every((s) => s.target === '')).toBe(true);
  });

  it('replaces nothing while the workbook is open in a spreadsheet', async () => {
    await writeFile(workbookPath(), filled);
    await writeFile(join(dir, 'out', '.~lock.interview.xlsx#'), 'LibreOffice');
    const [file] = (await align(await sourceCopy())).files;
    expect(file?.ok).toBe(false);
    expect(file?.error).toContain('is open in another program');
    expect(Buffer.compare(await readFile(workbookPath()), filled)).toBe(0);
    await rm(join(dir, 'out', '.~lock.interview.xlsx#'));
  });
});
