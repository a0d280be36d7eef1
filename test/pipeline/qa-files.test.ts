import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { qaFiles } from '../../src/pipeline/qa-files.js';
import type { WorkbookProgressEvent } from '../../src/pipeline/workbook-progress.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { openWorkbook, sheetText } from '../helpers/xlsx-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-qa-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function workbook(edit?: Parameters<typeof editWorkbook>[1]): Promise<string> {
  const bytes = await writeWorkbook(sampleDocument());
  const path = join(dir, 'interview.xlsx');
  await writeFile(path, edit ? editWorkbook(bytes, edit) : bytes);
  return path;
}

describe('qaFiles', () => {
  it('tells each workbook’s steps as they start, and when it is done, the unreadable one too', async () => {
    const path = await workbook();
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'not a workbook');
    const events: WorkbookProgressEvent[] = [];
    await qaFiles({ workbooks: [path, broken], jobs: 1, onProgress: (event) => events.push(event) });
    const size = (await stat(path)).size;
    expect(events).toEqual([
      { type: 'start', workbooks: 2, bytes: size + 14 },
      { type: 'step', workbook: path, step: `reading the workbook (${(size / 1e6).toFixed(1)} MB)` },
      { type: 'step', workbook: path, step: 'checking 11 segments' },
      { type: 'step', workbook: path, step: 'writing the report' },
      { type: 'workbook-done', workbook: path, ok: true, bytes: size },
      { type: 'step', workbook: broken, step: 'reading the workbook (0.0 MB)' },
      { type: 'workbook-done', workbook: broken, ok: false, bytes: 14 },
    ]);
  });

  it('checks the translation with the workbook’s cells, and counts a deleted row as a missing segment', async () => {
    const path = await workbook((_, rows) => {
      rows.splice(8, 1); // p3.s6, deleted
      rows[6]![2] = text(
        'In 2021, the sudden outbreak of COVID-19 dealt an unprecedented blow to the world.  ',
      );
    });
    const [file] = (await qaFiles({ workbooks: [path] })).files;
    expect(file).toMatchObject({ ok: true, segments: 11, report: join(dir, 'interview.qa.xlsx') });
    const codes = file!.findings.map((f) => [f.code, f.severity, f.id, f.cell]);
    expect(codes).toContainEqual(['missing-segment', 'error', 'p3.s6', undefined]);
    expect(codes).toContainEqual(['empty-target', 'error', 'p1.s1', 'Segments!C2']);
    expect(codes).toContainEqual(['empty-target', 'warning', 'p3.s5', 'Segments!C8']);
    expect(codes).toContainEqual(['whitespace', 'info', 'p3.s4', 'Segments!C7']);
    expect(codes).toContainEqual(['untranslated-cjk', 'warning', 'p3.s7', 'Segments!C9']);
    expect(codes.filter(([code]) => code === 'workbook-missing-row')).toEqual([]);
    expect(file!.findings.every((f) => f.file === path)).toBe(true);
  });

  it('points at the cells where the translator’s copy has its columns, not where tandem put them', async () => {
    const path = await workbook((_, rows) => {
      for (const row of rows) row.unshift(row.splice(2, 1)[0]);
    });
    const [file] = (await qaFiles({ workbooks: [path], report: false })).files;
    expect(file!.findings.find((f) => f.code === 'empty-target' && f.id === 'p1.s1')?.cell).toBe(
      'Segments!A2',
    );
    expect(file!.findings.find((f) => f.code === 'untranslated-cjk')?.cell).toBe('Segments!A10');
    expect(file!.report).toBeUndefined();
  });

  it('writes a report workbook for the translator: one row per finding, with the segment’s text', async () => {
    const path = await workbook();
    const [file] = (await qaFiles({ workbooks: [path], out: join(dir, 'reports') })).files;
    const report = openWorkbook(await readFile(file!.report!));
    expect(report.SheetNames).toEqual(['QA']);
    const rows = sheetText(report, 'QA');
    expect(rows[0]).toEqual(['Severity', 'Check', 'Cell', 'ID', 'Source', 'Target', 'Problem']);
    expect(rows).toHaveLength(file!.findings.length + 1);
    const first = rows.find((row) => row[1] === 'empty-target' && row[3] === 'p1.s1');
    expect(first?.slice(0, 5)).toEqual([
      'error',
      'empty-target',
      'Segments!C2',
      'p1.s1',
      sampleDocument().segments[0]!.source,
    ]);
  });

  it('still checks when the report cannot be written (open in Excel), and says so', async () => {
    const path = await workbook();
    await writeFile(join(dir, '~$interview.qa.xlsx'), 'Excel lock');
    const [file] = (await qaFiles({ workbooks: [path] })).files;
    expect(file).toMatchObject({ ok: true });
    expect(file!.report).toBeUndefined();
    expect(file!.findings.at(-1)).toMatchObject({ code: 'qa-report-not-written', severity: 'warning' });
    expect(file!.findings.at(-1)!.message).toContain('is open in another program');
  });

  it('checks against an extra glossary given with --glossary', async () => {
    const glossary = join(dir, 'terms.csv');
    await writeFile(
      glossary,
      'source,target,status\n疫情,pandemic,preferred\n新冠肺炎,Wuhan pneumonia,forbidden\n',
    );
    const path = await workbook();
    const [file] = (await qaFiles({ workbooks: [path], glossaries: [glossary], report: false })).files;
    const p3s4 = file!.findings.filter((f) => f.id === 'p3.s4' && f.code === 'missing-term');
    expect(p3s4.map((f) => f.message)).toEqual([
      'Glossary term “疫情” should be translated as “pandemic”; not found in the target.',
    ]);
  });

  it('says why an unusable workbook could not be checked', async () => {
    const path = join(dir, 'interview.xlsx');
    await writeFile(path, await writeWorkbook(sampleDocument()));
    const broken = editWorkbook(await readFile(path), (_, rows) => {
      rows[0]![2] = text('Übersetzung');
    });
    await writeFile(path, broken);
    const [file] = (await qaFiles({ workbooks: [path] })).files;
    expect(file).toMatchObject({ ok: false });
    expect(file!.error).toContain('has no Target column');
  });
});
