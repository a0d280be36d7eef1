import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/export/columns.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { buildFiles } from '../../src/pipeline/build-files.js';
import type { WorkbookProgressEvent } from '../../src/pipeline/workbook-progress.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { paragraphs, tables } from '../helpers/docx-text.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { zipPart } from '../helpers/xlsx-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The sample's workbook as a translator sent it back, after `edit`. */
async function workbook(name: string, edit?: Parameters<typeof editWorkbook>[1]): Promise<string> {
  const bytes = await writeWorkbook(sampleDocument());
  const path = join(dir, name);
  await writeFile(path, edit ? editWorkbook(bytes, edit) : bytes);
  return path;
}

const documentXml = async (path: string) => zipPart(await readFile(path), 'word/document.xml');

describe('buildFiles', () => {
  it('writes the bilingual and the translated document beside the workbook, from the workbook alone', async () => {
    const path = await workbook('interview.xlsx');
    const result = await buildFiles({ workbooks: [path], now: () => new Date('2024-05-01T12:00:00Z') });
    expect(result.files).toMatchObject([
      {
        ok: true,
        outputs: [join(dir, 'interview.docx'), join(dir, 'interview.en.docx')],
        sourceLanguage: 'zh',
        targetLanguage: 'en',
        segments: 11,
        translated: 5,
        empty: 6,
        findings: [],
      },
    ]);
    const [bilingual] = tables(await documentXml(join(dir, 'interview.docx')));
    expect(bilingual!.slice(1).map((row) => row[2])).toEqual(sampleDocument().segments.map((s) => s.target));
    expect(paragraphs(await documentXml(join(dir, 'interview.docx')))).toContain('Date: 2024-05-01');
    const translated = paragraphs(await documentXml(join(dir, 'interview.en.docx')));
    expect(translated[0]).toMatch(/^\[p1\.s1 not translated: 王毅就年/);
    expect(translated[1]).toBe('2021/01/02 10:19');
    expect(translated[3]).toMatch(/^Reporter: In 2020, the sudden outbreak/);
  });

  it('tells each workbook’s steps as they start, the glossary’s matching among them, and when it is done', async () => {
    const path = await workbook('interview.xlsx');
    const events: WorkbookProgressEvent[] = [];
    await buildFiles({
      workbooks: [path],
      glossaries: [join(import.meta.dirname, '../../glossary')],
      onProgress: (event) => events.push(event),
    });
    const size = (await stat(path)).size;
    expect(events).toEqual([
      { type: 'start', workbooks: 1, bytes: size },
      { type: 'step', workbook: path, step: `reading the workbook (${(size / 1e6).toFixed(1)} MB)` },
      { type: 'step', workbook: path, step: 'matching terms with the glossary' },
      { type: 'step', workbook: path, step: 'writing the bilingual document' },
      { type: 'step', workbook: path, step: 'writing the translation' },
      { type: 'workbook-done', workbook: path, ok: true, bytes: size },
    ]);
  });

  it('builds a sorted workbook with rows deleted and inserted in document order, reporting each with its cell', async () => {
    const path = await workbook('edited.xlsx', (_, rows) => {
      const body = rows.splice(1).reverse();
      rows.push(...body.filter((row) => row[0]?.v !== 'p3.s6'));
      rows.push([undefined, text('新的一句。'), text('A sentence someone added.')]);
    });
    const [file] = (await buildFiles({ workbooks: [path], out: join(dir, 'out') })).files;
    expect(file).toMatchObject({ ok: true, segments: 11, translated: 4 });
    expect(file!.findings.map((f) => [f.code, f.cell ?? f.id])).toEqual([
      ['workbook-missing-id', 'Segments!A12'],
      ['workbook-missing-row', 'p3.s6'],
    ]);
    const translated = paragraphs(await documentXml(join(dir, 'out', 'edited.en.docx')));
    expect(translated[3]).toMatch(/^Reporter: In 2020, the sudden outbreak/);
    expect(translated[4]).toMatch(
      /^\[p3\.s5 not translated: 王毅\]: \[p3\.s6 not translated: 年，无论对世界/,
    );
  });

  it('builds from a CSV export, telling the languages from the text', async () => {
    const csv = [
      'ID,Source,Target,Status',
      'p1.s1,国务委员兼外交部长王毅接受采访。,State Councilor and Foreign Minister Wang Yi gave an interview.,translated',
      'p2.s1,"年，无论对世界还是中国，都是极不平凡的一年。","2020 was an extraordinary year\nfor the world and for China.",draft',
      'p2.s2,谢谢。,,new',
    ].join('\r\n');
    const path = join(dir, 'interview.csv');
    await writeFile(path, csv);
    const [file] = (await buildFiles({ workbooks: [path] })).files;
    expect(file).toMatchObject({
      ok: true,
      sourceLanguage: 'zh',
      targetLanguage: 'en',
      translated: 2,
      empty: 1,
    });
    expect(paragraphs(await documentXml(join(dir, 'interview.en.docx')))).toEqual([
      'State Councilor and Foreign Minister Wang Yi gave an interview.',
      '2020 was an extraordinary year\nfor the world and for China. [p2.s2 not translated: 谢谢。]',
    ]);
  });

  it('writes nothing for an unusable workbook and says which problem it has', async () => {
    const notes = join(dir, 'notes.xlsx');
    await writeFile(notes, 'just some text\u0000\u0001\u0002 that is no workbook');
    const renamed = await workbook('renamed.xlsx', (book) => {
      book.SheetNames[0] = 'Sheet1';
      book.Sheets.Sheet1 = book.Sheets[SHEETS.segments]!;
    });
    const result = await buildFiles({ workbooks: [notes, renamed] });
    expect(result.files.map((f) => [f.ok, f.outputs])).toEqual([
      [false, []],
      [false, []],
    ]);
    expect(result.files[0]!.error).toContain('is not a spreadsheet');
    expect(result.files[1]!.error).toContain('has no Segments sheet (it has Sheet1, Glossary');
    await expect(stat(join(dir, 'renamed.docx'))).rejects.toThrow();
  });

  it('never overwrites a Word document tandem did not write, such as the source document', async () => {
    const path = await workbook('interview.xlsx');
    await writeFile(join(dir, 'interview.docx'), 'the translator’s own document');
    const [file] = (await buildFiles({ workbooks: [path] })).files;
    expect(file).toMatchObject({ ok: false, outputs: [] });
    expect(file!.error).toContain('already exists and was not made by tandem');
    expect(await readFile(join(dir, 'interview.docx'), 'utf8')).toBe('the translator’s own document');
    // What tandem wrote itself it replaces.
    expect((await buildFiles({ workbooks: [path], out: join(dir, 'out') })).files[0]!.ok).toBe(true);
    expect((await buildFiles({ workbooks: [path], out: join(dir, 'out') })).files[0]!.ok).toBe(true);
  });

  it('says so when a document is open in Word, and leaves it as it was', async () => {
    const path = await workbook('interview.xlsx');
    await writeFile(join(dir, '~$interview.en.docx'), 'Word lock');
    const [file] = (await buildFiles({ workbooks: [path] })).files;
    expect(file!.ok).toBe(false);
    expect(file!.error).toContain('is open in another program');
  });

  it('skips backups and QA reports in a folder of workbooks', async () => {
    await workbook('interview.xlsx');
    await writeFile(join(dir, 'interview.qa.xlsx'), await writeWorkbook(sampleDocument()));
    await writeFile(join(dir, 'interview.20240501-102030.xlsx'), await writeWorkbook(sampleDocument()));
    const result = await buildFiles({ workbooks: [dir] });
    expect(result.files.map((f) => f.workbook)).toEqual([join(dir, 'interview.xlsx')]);
  });
});
