import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeQaWorkbook, writeWorkbook } from '../../src/export/xlsx.js';
import { readSpreadsheet } from '../../src/glossary/formats/read-spreadsheet.js';
import { parseGlossary } from '../../src/glossary/index.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { makeZip, xlsxParts } from './zip.js';

/** A workbook with one sheet holding `rows`, written by SheetJS as `bookType`. */
function workbook(rows: unknown[][], bookType: 'xlsx' | 'ods' = 'xlsx', sheet = 'Terms'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

const ROWS = [
  ['Foreign-policy glossary, 2021'],
  [],
  ['Source (zh)', 'Target (en)', 'Note', 'Status', 'Case sensitive'],
  ['一带一路；“一带一路”倡议', 'Belt and Road Initiative|BRI', 'official', 'Preferred', 'no'],
  ['美国', '', '', '', ''],
  ['中欧', 'China-EU', '', 'approved?', ''],
  ['RCEP', 'RCEP', '', '', 'TRUE'],
  ['联合国', 'United Nations', '', 'admittedTerm-admn-sts', 0],
  ['=HYPERLINK("http://evil")', 'formula-looking text', '', '', ''],
  [2021, 'a number', '', '', ''],
];

describe('parseGlossary: XLSX and ODS', () => {
  for (const bookType of ['xlsx', 'ods'] as const) {
    it(`reads the first sheet of an ${bookType.toUpperCase()} under a title row, with findings at their cells`, () => {
      const result = parseGlossary(workbook(ROWS, bookType), `terms.${bookType}`);
      expect(
        result.entries.map((e) => [e.sources, e.targets, e.status, e.caseSensitive, e.origin.cell]),
      ).toEqual([
        [['一带一路', '“一带一路”倡议'], ['Belt and Road Initiative', 'BRI'], 'preferred', false, 'Terms!A4'],
        [['RCEP'], ['RCEP'], 'preferred', true, 'Terms!A7'],
        [['联合国'], ['United Nations'], 'admitted', false, 'Terms!A8'],
        [['=HYPERLINK("http://evil")'], ['formula-looking text'], 'preferred', false, 'Terms!A9'],
        [['2021'], ['a number'], 'preferred', false, 'Terms!A10'],
      ]);
      expect(result.entries[0]).toMatchObject({
        sourceLanguage: 'zh',
        targetLanguage: 'en',
        note: 'official',
      });
      expect(result.findings.map((f) => [f.code, f.severity, f.file, f.cell])).toEqual([
        ['glossary-missing-target', 'error', `terms.${bookType}`, 'Terms!B5'],
        ['glossary-unknown-status', 'error', `terms.${bookType}`, 'Terms!D6'],
      ]);
    });
  }

  it('quotes sheet names in cell references as Excel does', () => {
    const bytes = workbook(
      [
        ['term', 'translation'],
        ['中国', ''],
      ],
      'xlsx',
      'My terms',
    );
    expect(parseGlossary(bytes, 'g.xlsx').findings[0]?.cell).toBe("'My terms'!B2");
  });

  it('reads cached formula values, never evaluating or keeping formulas', () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>source</t></is></c><c r="B1" t="inlineStr"><is><t>target</t></is></c></row>' +
      '<row r="2"><c r="A2" t="str"><f>CONCAT("中","国")</f><v>中国</v></c><c r="B2" t="inlineStr"><is><t>China</t></is></c></row>' +
      '</sheetData></worksheet>';
    const result = parseGlossary(makeZip(xlsxParts(sheet)), 'formula.xlsx');
    expect(result.entries.map((e) => e.sources[0])).toEqual(['中国']);
  });

  it('says which headers it expected when the sheet is no glossary', () => {
    const result = parseGlossary(
      workbook([
        ['Name', 'Age'],
        ['Alice', 30],
      ]),
      'people.xlsx',
    );
    expect(result.entries).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: 'glossary-no-header',
      severity: 'error',
      cell: 'Terms!A1',
    });
    expect(result.findings[0]!.message).toContain('source and target');
  });
});

describe('parseGlossary: the workbooks tandem writes are not glossaries', () => {
  it('says so of a translator workbook, rather than a problem for each of its segments', async () => {
    const bytes = await writeWorkbook(sampleDocument());
    const result = parseGlossary(bytes, 'interview.xlsx');
    expect(result.entries).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'glossary-unreadable', file: 'interview.xlsx' });
    expect(result.findings[0]!.message).toContain(
      'This is a workbook tandem wrote for translating a document',
    );
  });

  it('says so of a QA report', async () => {
    const bytes = await writeQaWorkbook([]);
    expect(parseGlossary(bytes, 'interview.qa.xlsx').findings[0]!.message).toContain(
      'This is a QA report tandem wrote, not a glossary.',
    );
  });

  it('still reads a glossary whose one sheet is called Segments', () => {
    const result = parseGlossary(workbook(ROWS, 'xlsx', 'Segments'), 'terms.xlsx');
    expect(result.entries.length).toBeGreaterThan(0);
  });
});

describe('parseGlossary: hostile workbooks give a finding, not a crash', () => {
  it('a file that is not a zip at all', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 4, 44, 10, 34]);
    const result = parseGlossary(bytes, 'image.xlsx');
    expect(result.entries).toEqual([]);
    expect(result.findings).toMatchObject([
      { code: 'glossary-unreadable', severity: 'error', file: 'image.xlsx' },
    ]);
    expect(result.findings[0]!.message).toContain('zip archives');
  });

  it('an old .xls or encrypted workbook (an OLE compound file)', () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(parseGlossary(bytes, 'old.xls').findings[0]?.message).toContain('.xls');
  });

  it('a truncated zip', () => {
    const bytes = workbook(ROWS).slice(0, 200);
    expect(parseGlossary(bytes, 'cut.xlsx').findings).toMatchObject([{ code: 'glossary-unreadable' }]);
  });

  it('a zip bomb: entries claiming to unpack to gigabytes are not opened', () => {
    const bytes = makeZip(xlsxParts('<worksheet/>'), { claimedSize: 0x7fffffff });
    const result = parseGlossary(bytes, 'bomb.xlsx');
    expect(result.findings).toMatchObject([{ code: 'glossary-unreadable' }]);
    expect(result.findings[0]!.message).toContain('200 MB');
  });

  it('a sheet claiming a million rows and 16,384 columns, with cells in its far corner', () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<dimension ref="A1:XFD1048576"/><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>source</t></is></c><c r="B1" t="inlineStr"><is><t>target</t></is></c>' +
      '<c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>中国</t></is></c><c r="B2" t="inlineStr"><is><t>China</t></is></c>' +
      '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>' +
      '</sheetData></worksheet>';
    const result = parseGlossary(makeZip(xlsxParts(sheet)), 'huge.xlsx');
    expect(result.entries.map((e) => e.sources[0])).toEqual(['中国']);
    expect(result.findings).toEqual([]);
  });

  it('a sheet with more rows than are read: the first ones load and a warning says so', () => {
    const rows = [['source', 'target'], ...Array.from({ length: 30 }, (_, i) => [`术语${i}`, `term ${i}`])];
    const sheet = readSpreadsheet(workbook(rows), { file: 'long.xlsx', maxRows: 10 });
    expect(sheet.rows).toHaveLength(10);
    expect(sheet.findings).toMatchObject([{ code: 'glossary-truncated', severity: 'warning' }]);
  });
});
