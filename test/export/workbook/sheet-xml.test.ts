import { describe, expect, it } from 'vitest';
import { EXCEL_ROW_LIMIT } from '../../../src/export/columns.js';
import { SharedStrings } from '../../../src/export/workbook/shared-strings.js';
import { SheetBuilder, WorkbookTooManyRowsError } from '../../../src/export/workbook/sheet-xml.js';
import { ZipWriter } from '../../../src/export/zip-writer.js';

describe('SheetBuilder', () => {
  it('refuses the row after the last one a spreadsheet can hold, naming the sheet', async () => {
    const zip = new ZipWriter(1);
    const strings = new SharedStrings(zip.text('xl/sharedStrings.xml'));
    const sheet = new SheetBuilder(
      'Segments',
      zip.text('sheet.xml'),
      { columns: [{ width: 9 }] },
      strings,
      true,
    );
    const values = [1];
    const styles = [0];
    for (let r = 0; r < EXCEL_ROW_LIMIT; r++) sheet.row(values, styles);
    expect(sheet.range()).toBe(`A1:A${EXCEL_ROW_LIMIT}`);
    expect(() => sheet.row(values, styles)).toThrow(WorkbookTooManyRowsError);
    expect(() => sheet.row(values, styles)).toThrow(/Segments sheet .* 1,048,576 rows .* Split it/);
    sheet.end();
    strings.end();
    await zip.finish();
  });
});
