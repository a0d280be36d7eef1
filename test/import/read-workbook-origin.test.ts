import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SHEETS } from '../../src/export/columns.js';
import { writeBilingualDocx } from '../../src/export/docx.js';
import { writeQaWorkbook, writeWorkbook } from '../../src/export/xlsx.js';
import { readWorkbookOrigin } from '../../src/import/read-workbook-origin.js';
import { editWorkbook } from '../fixtures/roundtrip/workbook-edits.js';
import { sampleDocument } from '../helpers/sample-document.js';

const xlsx = (book: XLSX.WorkBook) =>
  new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);

function bookWithMeta(rows: string[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Key', 'Value'], ...rows]), 'Meta');
  return xlsx(book);
}

describe('readWorkbookOrigin', () => {
  it('reads the input and target language a tandem workbook was made from, also as a spreadsheet saved it again', async () => {
    const bytes = await writeWorkbook(sampleDocument());
    expect(readWorkbookOrigin(bytes, 'interview.xlsx')).toEqual({
      sourceFile: 'input/interview.txt',
      targetLanguage: 'en',
    });
    const resaved = editWorkbook(bytes, () => {});
    expect(readWorkbookOrigin(resaved, 'interview.xlsx')).toEqual({
      sourceFile: 'input/interview.txt',
      targetLanguage: 'en',
    });
  });

  it('gives nothing for what is not a tandem workbook, without throwing', async () => {
    const bytes = await writeWorkbook(sampleDocument());
    const cases: Record<string, Uint8Array> = {
      empty: new Uint8Array(0),
      text: new TextEncoder().encode('ID,Source,Target\np1.s1,你好,Hello\n'),
      truncated: bytes.subarray(0, bytes.length / 2),
      'QA report': await writeQaWorkbook([]),
      'Word document': await writeBilingualDocx(sampleDocument()),
      'no Meta sheet': editWorkbook(bytes, (book) => {
        book.SheetNames = book.SheetNames.filter((name) => name !== SHEETS.meta);
      }),
      'Meta of another tool': bookWithMeta([
        ['tool', 'other'],
        ['sourceFile', 'input/interview.txt'],
      ]),
      'Meta without a tool': bookWithMeta([['sourceFile', 'input/interview.txt']]),
      'Meta without a source file': bookWithMeta([['tool', 'tandem']]),
      'Meta without its header': (() => {
        const book = XLSX.utils.book_new();
        const rows = [
          ['tool', 'tandem'],
          ['sourceFile', 'input/interview.txt'],
        ];
        XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Meta');
        return xlsx(book);
      })(),
    };
    for (const [what, file] of Object.entries(cases)) {
      expect(readWorkbookOrigin(file, `${what}.xlsx`), what).toBeUndefined();
    }
  });
});
