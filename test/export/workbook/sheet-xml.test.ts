import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXCEL_ROW_LIMIT } from '../../../src/export/columns.js';
import { SharedStrings } from '../../../src/export/workbook/shared-strings.js';
import {
  SheetBuilder,
  type SheetLayout,
  WorkbookTooManyRowsError,
} from '../../../src/export/workbook/sheet-xml.js';
import { ZipWriter } from '../../../src/export/zip-writer.js';

/** A Segments sheet of `columns` in a package of its own, with the package's shared strings. */
function segmentsSheet(columns: SheetLayout['columns']) {
  const zip = new ZipWriter(1);
  const strings = new SharedStrings(zip.text('xl/sharedStrings.xml'));
  const sheet = new SheetBuilder('Segments', zip.text('sheet.xml'), { columns }, strings, true);
  return { zip, strings, sheet };
}

describe('SheetBuilder', () => {
  it('refuses the row after the last one a spreadsheet can hold, naming the sheet', async () => {
    const { zip, strings, sheet } = segmentsSheet([{ width: 9 }]);
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

  it("adds a distinct column's texts without looking them up, and shares the other columns' texts", async () => {
    const { zip, strings, sheet } = segmentsSheet([{ width: 9, distinct: true }, { width: 9 }]);
    sheet.row(['合作共赢。', 'new'], [0, 0]);
    sheet.row(['合作共赢。', 'new'], [0, 0]);
    sheet.end();
    strings.end();
    const files = unzipSync(await zip.finish());
    const table = strFromU8(files['xl/sharedStrings.xml']!);
    // The repeated sentence is stored twice, the repeated status once; each cell names its own item.
    expect(table.match(/<si>/g)).toHaveLength(3);
    expect(table).toContain('<si><t>合作共赢。</t></si><si><t>new</t></si><si><t>合作共赢。</t></si>');
    const cells = [...strFromU8(files['sheet.xml']!).matchAll(/<c r="([A-Z]+\d+)"[^>]*><v>(\d+)<\/v>/g)];
    expect(cells.map(([, cell, index]) => `${cell}=${index}`)).toEqual(['A1=0', 'B1=1', 'A2=2', 'B2=1']);
  });
});
