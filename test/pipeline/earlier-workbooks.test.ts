import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../src/import/read-workbook.js';
import { type AlignJobOptions, alignFiles, type FileResult } from '../../src/pipeline/align-files.js';
import { earlierWorkbooks } from '../../src/pipeline/earlier-workbooks.js';
import { fillTargets } from '../fixtures/roundtrip/workbook-edits.js';

/** Two documents with the same file name in two folders: `tandem align a/ b/` must tell their outputs apart. */
const TEXT_A = '今天双方举行了会谈。会谈气氛友好。\n双方同意加强交流与合作。\n';
const TEXT_B = '明天代表团将访问上海。访问为期三天。\n';

let root: string;
let dir: string;
let inputA: string;
let inputB: string;
let runs = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-earlier-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh folder with `a/interview.txt` and `b/interview.txt`, so that no test sees another's outputs. */
async function fresh(): Promise<void> {
  dir = join(root, `run-${++runs}`);
  inputA = join(dir, 'a', 'interview.txt');
  inputB = join(dir, 'b', 'interview.txt');
  await mkdir(join(dir, 'a'), { recursive: true });
  await mkdir(join(dir, 'b'), { recursive: true });
  await writeFile(inputA, TEXT_A);
  await writeFile(inputB, TEXT_B);
}

const out = (name = '') => join(dir, 'out', name);

async function align(inputs: string[], extra: Partial<AlignJobOptions> = {}): Promise<FileResult[]> {
  const { files } = await alignFiles({
    inputs,
    glossaries: [],
    out: out(),
    formats: ['xlsx'],
    now: () => new Date('2024-05-02T10:20:30'),
    ...extra,
  });
  for (const file of files) expect(file.error).toBeUndefined();
  return files;
}

/** The translator types `label: <id>` into every Target of a workbook and saves it. */
async function translate(path: string, label: string): Promise<Uint8Array> {
  const bytes = fillTargets(await readFile(path), (id) => `${label}: ${id}`);
  await writeFile(path, bytes);
  return bytes;
}

async function targets(path: string): Promise<string[]> {
  return readWorkbook(await readFile(path), path).document!.segments.map((s) => s.target);
}

const fileOf = (files: FileResult[], input: string) => files.find((f) => f.input === input)!;

describe('carrying work over from a workbook the run names differently', () => {
  it('continues interview.xlsx (a/ alone) in a-interview.xlsx when a/ and b/ are aligned together', async () => {
    await fresh();
    await align([inputA]);
    const typed = await translate(out('interview.xlsx'), 'A');

    const files = await align([inputA, inputB]);
    const a = fileOf(files, inputA);
    expect(a.name).toBe('a-interview');
    expect(a.realign).toEqual({
      previous: out('interview.xlsx'),
      foundBySourceFile: true,
      counts: { kept: 3, moved: 0, needsReview: 0, restored: 0, orphaned: 0, orphans: 0 },
      findings: [],
    });
    expect(await targets(out('a-interview.xlsx'))).toEqual(['A: p1.s1', 'A: p1.s2', 'A: p2.s1']);
    // b/interview.txt was never translated: its workbook starts empty, and nothing says otherwise.
    expect(fileOf(files, inputB).realign).toBeUndefined();
    expect((await targets(out('b-interview.xlsx'))).every((t) => t === '')).toBe(true);
    // The workbook the work came from stays as the translator left it; nothing was backed up.
    expect(Buffer.compare(await readFile(out('interview.xlsx')), typed)).toBe(0);
    expect((await readdir(out())).sort()).toEqual(['a-interview.xlsx', 'b-interview.xlsx', 'interview.xlsx']);
  });

  it('continues a-interview.xlsx (a/ and b/ together) in interview.xlsx when a/ is aligned alone', async () => {
    await fresh();
    await align([inputA, inputB]);
    const typed = await translate(out('a-interview.xlsx'), 'A');
    await translate(out('b-interview.xlsx'), 'B');

    const [a] = await align([inputA]);
    expect(a?.realign).toMatchObject({ previous: out('a-interview.xlsx'), foundBySourceFile: true });
    expect(a?.realign).not.toHaveProperty('backup');
    expect(await targets(out('interview.xlsx'))).toEqual(['A: p1.s1', 'A: p1.s2', 'A: p2.s1']);
    expect(Buffer.compare(await readFile(out('a-interview.xlsx')), typed)).toBe(0);
  });

  it('behaves as before when <name>.xlsx exists: that one is carried over and backed up', async () => {
    await fresh();
    await align([inputA, inputB]);
    await translate(out('a-interview.xlsx'), 'A');
    await align([inputA]);
    await translate(out('interview.xlsx'), 'A again');

    const [a] = await align([inputA]);
    expect(a?.realign).toMatchObject({
      previous: out('interview.xlsx'),
      backup: join(out('backup'), 'interview.20240502-102030.xlsx'),
    });
    expect(a?.realign).not.toHaveProperty('foundBySourceFile');
    expect(await targets(out('interview.xlsx'))).toEqual([
      'A again: p1.s1',
      'A again: p1.s2',
      'A again: p2.s1',
    ]);
  });

  it('takes the most recently modified of several workbooks made from the input', async () => {
    await fresh();
    await align([inputA]);
    await translate(out('interview.xlsx'), 'first');
    // The translator kept a copy and went on in it.
    const copy = out('interview (copy).xlsx');
    await writeFile(copy, await readFile(out('interview.xlsx')));
    await translate(copy, 'second');
    await utimes(out('interview.xlsx'), new Date('2024-05-01T09:00:00'), new Date('2024-05-01T09:00:00'));
    await utimes(copy, new Date('2024-05-01T10:00:00'), new Date('2024-05-01T10:00:00'));

    const newer = fileOf(await align([inputA, inputB]), inputA);
    expect(newer.realign?.previous).toBe(copy);
    expect((await targets(out('a-interview.xlsx')))[0]).toBe('second: p1.s1');

    await rm(out('a-interview.xlsx'));
    await utimes(out('interview.xlsx'), new Date('2024-05-01T11:00:00'), new Date('2024-05-01T11:00:00'));
    const older = fileOf(await align([inputA, inputB]), inputA);
    expect(older.realign?.previous).toBe(out('interview.xlsx'));
    expect((await targets(out('a-interview.xlsx')))[0]).toBe('first: p1.s1');
  });

  it('skips garbage, foreign and other-language workbooks in the folder, and still finds the right one', async () => {
    await fresh();
    await align([inputA], { to: 'fr' });
    await translate(out('interview.xlsx'), 'FR');
    await writeFile(out('interview-fr.xlsx'), await readFile(out('interview.xlsx')));
    await rm(out('interview.xlsx'));
    await align([inputA]);
    await translate(out('interview.xlsx'), 'EN');
    await writeFile(out('garbage.xlsx'), 'this is not a workbook');
    await writeFile(out('empty.xlsx'), '');
    await writeFile(out('~$notes.xlsx'), 'an Excel lock file');
    await writeFile(out('damaged.xlsx'), (await readFile(out('interview.xlsx'))).subarray(0, 2000));
    // Someone else's spreadsheet, with a Meta sheet of its own that names the same input.
    const foreign = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      foreign,
      XLSX.utils.aoa_to_sheet([
        ['Key', 'Value'],
        ['sourceFile', inputA],
      ]),
      'Meta',
    );
    await writeFile(out('foreign.xlsx'), XLSX.write(foreign, { type: 'buffer', bookType: 'xlsx' }));
    const later = new Date(Date.now() + 60_000);
    for (const name of ['garbage.xlsx', 'empty.xlsx', 'damaged.xlsx', 'foreign.xlsx', 'interview-fr.xlsx']) {
      await utimes(out(name), later, later);
    }

    const files = await align([inputA, inputB]);
    expect(files.every((f) => f.ok)).toBe(true);
    expect(fileOf(files, inputA).realign?.previous).toBe(out('interview.xlsx'));
    expect((await targets(out('a-interview.xlsx')))[0]).toBe('EN: p1.s1');
    expect(fileOf(files, inputB).realign).toBeUndefined();
  });

  it('finds a workbook made from a relative path when the input is now given by its absolute path', async () => {
    await fresh();
    const typedRelative = relative(process.cwd(), inputA);
    await align([typedRelative]);
    expect(readWorkbook(await readFile(out('interview.xlsx')), 'x').document!.sourceFile).toBe(typedRelative);
    await translate(out('interview.xlsx'), 'A');

    const a = fileOf(await align([inputA, inputB]), inputA);
    expect(a.realign?.previous).toBe(out('interview.xlsx'));
    expect((await targets(out('a-interview.xlsx')))[0]).toBe('A: p1.s1');
  });

  it('leaves alone a workbook under a name this run writes: it belongs to the input of that name', async () => {
    await fresh();
    // a/ alone named its workbook interview.xlsx; now an input of that very name is aligned with a/.
    await align([inputA]);
    await translate(out('interview.xlsx'), 'A');
    const finder = earlierWorkbooks(out(), ['a-interview', 'interview']);
    expect(await finder.find(inputA, 'en')).toBeUndefined();
    expect(await earlierWorkbooks(out(), ['a-interview']).find(inputA, 'en')).toBe(out('interview.xlsx'));
  });

  it('lists the folder and reads its workbooks once per run, when first asked', async () => {
    await fresh();
    await align([inputA]);
    const finder = earlierWorkbooks(out(), ['a-interview', 'b-interview']);
    // Nothing is read before the first question: a workbook written now is still seen.
    await writeFile(out('interview copy.xlsx'), await readFile(out('interview.xlsx')));
    await utimes(out('interview copy.xlsx'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await finder.find(inputA, 'en-GB')).toBe(out('interview.xlsx'));
    // Once read, the folder is not read again for the other inputs of the run.
    await rm(out('interview.xlsx'));
    expect(await finder.find(inputA, 'en')).toBe(out('interview.xlsx'));
    expect(await finder.find(inputB, 'en')).toBeUndefined();
    expect((await stat(out('interview copy.xlsx'))).isFile()).toBe(true);
  });

  it("looks only at workbooks whose names hold the input's name, as every output name of it does", async () => {
    await fresh();
    await align([inputA]);
    // The same workbook under a name no run gives this input (a translator's own copy): not opened.
    await writeFile(out('final.xlsx'), await readFile(out('interview.xlsx')));
    await rm(out('interview.xlsx'));
    expect(await earlierWorkbooks(out(), ['a-interview']).find(inputA, 'en')).toBeUndefined();
    await writeFile(out('b-interview-2.xlsx'), await readFile(out('final.xlsx')));
    expect(await earlierWorkbooks(out(), ['a-interview']).find(inputA, 'en')).toBe(out('b-interview-2.xlsx'));
  });

  it('finds nothing, and fails nothing, when the output folder does not exist', async () => {
    await fresh();
    expect(await earlierWorkbooks(out('missing'), []).find(inputA, 'en')).toBeUndefined();
  });
});
