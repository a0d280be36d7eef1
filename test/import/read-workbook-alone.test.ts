import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SHEETS } from '../../src/export/columns.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { sampleDocument } from '../helpers/sample-document.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The sample's Segments sheet as CSV, as Excel's "CSV UTF-8" saves it (with a byte order mark). */
async function sampleCsv(separator = ','): Promise<Uint8Array> {
  const workbook = XLSX.read(await writeWorkbook(sampleDocument()), { type: 'array', dense: true });
  const csv = XLSX.utils.sheet_to_csv(workbook.Sheets[SHEETS.segments]!, { FS: separator });
  return utf8(`\uFEFF${csv}`);
}

describe('readWorkbook without the hidden sheets', () => {
  it('rebuilds a Segments sheet alone (Google Sheets dropped the hidden ones) from its IDs, sorted or not', async () => {
    const doc = sampleDocument();
    const bytes = editWorkbook(await writeWorkbook(doc), (workbook, rows) => {
      workbook.SheetNames = [SHEETS.segments, SHEETS.glossary];
      rows.push(...rows.splice(1).reverse());
    });
    const { document, findings, layout } = readWorkbook(bytes, 'interview.xlsx');
    expect(findings.map((f) => f.code)).toEqual(['workbook-no-meta', 'workbook-no-structure']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(document?.segments.map((s) => [s.id, s.paragraph, s.kind, s.source, s.target])).toEqual(
      doc.segments.map((s) => [s.id, s.paragraph, s.kind, s.source, s.target]),
    );
    expect(document).toMatchObject({
      name: 'interview',
      sourceLanguage: '',
      targetLanguage: '',
      paragraphs: 3,
    });
    expect(layout).toMatchObject({ hasStructure: false, hasMeta: false });
  });

  it('reads a CSV export with a byte order mark, and names its cells after the file as Excel does', async () => {
    const doc = sampleDocument();
    const { document, findings, layout } = readWorkbook(await sampleCsv(), 'exports/interview.csv');
    expect(findings.map((f) => f.code)).toEqual(['workbook-no-meta']);
    expect(document?.segments.map((s) => [s.id, s.kind, s.source, s.target, s.status])).toEqual(
      doc.segments.map((s) => [s.id, s.kind, s.source, s.target, s.status]),
    );
    expect(layout).toMatchObject({ kind: 'csv', sheet: 'interview' });
  });

  it('reads a semicolon-separated CSV (Excel in much of Europe) and keeps `1/2` and `=…` as typed', async () => {
    const csv = 'ID;Source;Target\r\np1.s1;一月二日;1/2\r\np1.s2;全文如下;"=== Full text; below ==="\r\n';
    const { document, findings } = readWorkbook(utf8(csv), 'interview.csv');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(document?.segments.map((s) => s.target)).toEqual(['1/2', '=== Full text; below ===']);
  });

  it('reports rows deleted from a CSV from the gaps in the IDs', () => {
    const csv =
      'ID,Source,Target\np1.s1,第一句。,One.\np1.s2,第二句。,Two.\np1.s4,第四句。,Four.\np2.s2,二二。,\n';
    const { document, findings, layout } = readWorkbook(utf8(csv), 'interview.csv');
    expect(findings.filter((f) => f.code === 'workbook-missing-row').map((f) => [f.id, f.severity])).toEqual([
      ['p1.s3', 'error'],
      ['p2.s1', 'error'],
    ]);
    expect(layout?.expectedIds).toEqual(['p1.s1', 'p1.s2', 'p1.s3', 'p1.s4', 'p2.s1', 'p2.s2']);
    expect(document?.segments.map((s) => s.paragraph)).toEqual([1, 1, 1, 2]);
  });

  it('takes short recurring labels without punctuation for speakers when there is no Kind column', () => {
    const csv = [
      'ID,Source,Target',
      'p1.s1,记者,Reporter',
      'p1.s2,您如何看待这一年？,How do you see this year?',
      'p1.s3,王毅,Wang Yi',
      'p1.s4,这是极不平凡的一年。,It was an extraordinary year.',
      'p1.s5,记者,Reporter',
      'p1.s6,请问云外交发挥了怎样的作用？,What role did cloud diplomacy play?',
      'p1.s7,王毅,Wang Yi',
      'p1.s8,谢谢。,Thank you.',
    ].join('\n');
    const { document, findings } = readWorkbook(utf8(csv), 'interview.csv');
    expect(document?.segments.filter((s) => s.kind === 'speaker').map((s) => s.id)).toEqual([
      'p1.s1',
      'p1.s3',
      'p1.s5',
      'p1.s7',
    ]);
    expect(findings.find((f) => f.code === 'workbook-guessed-speakers')?.message).toContain('“记者”, “王毅”');
  });

  it('says the text is lost when a CSV was saved in an encoding that cannot hold Chinese', () => {
    const lost = ['ID,Source,Target', ...Array.from({ length: 5 }, (_, i) => `p1.s${i + 1},??????????????,`)];
    const { findings } = readWorkbook(utf8(lost.join('\n')), 'interview.csv');
    expect(findings.find((f) => f.code === 'workbook-text-lost')).toMatchObject({ severity: 'error' });
  });

  it('still refuses a CSV without the needed columns, and says which', () => {
    const { document, findings } = readWorkbook(utf8('Name,Text\na,b\n'), 'notes.csv');
    expect(document).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ code: 'workbook-missing-column', severity: 'error', file: 'notes.csv' }),
    ]);
    expect(findings[0]!.message).toBe(
      'The notes sheet has no ID, Source, Target column; its header row must name ID, Source, Target.',
    );
  });

  it('reads number-formatted helper cells (a paragraph stored as 3.00) by their value, and IDs as typed back', async () => {
    const doc = sampleDocument();
    const bytes = editWorkbook(await writeWorkbook(doc), (workbook, rows) => {
      const structure = workbook.Sheets[SHEETS.structure]!['!data']!;
      for (const row of structure.slice(1))
        row![1] = { t: 'n', v: Number(row![1]!.v), w: `${row![1]!.v}.00` };
      rows[1]![0] = text(' P1.S1 ');
    });
    const { document, findings } = readWorkbook(bytes, 'interview.xlsx');
    expect(findings).toEqual([]);
    expect(document?.segments.map((s) => [s.id, s.paragraph])).toEqual(
      doc.segments.map((s) => [s.id, s.paragraph]),
    );
  });
});
