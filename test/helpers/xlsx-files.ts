import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';

/** One XML part of an OOXML (xlsx, docx) package, as text. */
export function zipPart(bytes: Uint8Array, path: string): string {
  const part = unzipSync(bytes, { filter: (file) => file.name === path })[path];
  if (!part) throw new Error(`${path} is not in the package`);
  return strFromU8(part);
}

/** Opens a workbook as a test does: dense, with formulas and styles visible so a test can see there are none. */
export function openWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true, cellStyles: true });
}

/** A sheet's cells, row by row (dense). */
export function sheetCells(workbook: XLSX.WorkBook, name: string): (XLSX.CellObject | undefined)[][] {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return (sheet['!data'] ?? []).map((row) => row ?? []);
}

/** A sheet's values as text, row by row; empty cells are ''. */
export function sheetText(workbook: XLSX.WorkBook, name: string): string[][] {
  return sheetCells(workbook, name).map((row) =>
    Array.from(row, (cell) => (cell?.v === undefined ? '' : String(cell.v))),
  );
}

/**
 * Writes a workbook edited with SheetJS back to xlsx bytes, as a translator's spreadsheet would save it. Each sheet's
 * range is first fitted to its rows, so rows a test added or removed in `!data` are written as they are.
 */
export function saveWorkbook(workbook: XLSX.WorkBook): Uint8Array {
  for (const sheet of Object.values(workbook.Sheets)) {
    const rows = sheet['!data'] ?? [];
    const columns = Math.max(1, ...rows.map((row) => row?.length ?? 0));
    sheet['!ref'] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(0, rows.length - 1), c: columns - 1 },
    });
    delete sheet['!autofilter'];
  }
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
