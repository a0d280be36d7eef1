import { type CellObject, SSF, type WorkSheet } from 'xlsx';
import { type ColumnSpec, cellAddress } from '../export/columns.js';
import type { Finding } from '../model/index.js';

/** How many of a sheet's first rows are searched for the header row, for sheets someone put a title above. */
const HEADER_SEARCH_ROWS = 10;

/** One data row of a sheet: its cells by column and its 1-based row number for findings. */
export interface TableRow {
  /** 1-based row number as the spreadsheet shows it. */
  readonly row: number;
  readonly cells: readonly (CellObject | undefined)[];
}

/** A sheet read as a table: columns found by header, data rows below the header. */
export interface SheetTable<Key extends string> {
  readonly sheet: string;
  /** 0-based column of each key whose header was found. */
  readonly columns: Readonly<Partial<Record<Key, number>>>;
  /** Keys of required columns whose header was not found. */
  readonly missing: readonly Key[];
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** Rows below the header that hold something, in sheet order. */
  readonly rows: readonly TableRow[];
}

function normalizeHeader(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How a spreadsheet changed what was typed into a cell: it stored a number, a date, a formula, a truth value or an error. */
export type CellConversion = 'number' | 'date' | 'formula' | 'boolean' | 'error';

/** A cell as text, and how the spreadsheet had changed it, for findings. */
export interface CellRead {
  readonly text: string;
  readonly conversion?: CellConversion;
  /** What the cell shows (a formula's result, a date as formatted). */
  readonly shown?: string;
  /** A formula as typed, with its `=`. */
  readonly formula?: string;
}

/**
 * Reads a cell as the text its translator meant. Text is text. A number or date is what the cell shows (`2-Jan`,
 * `50%`), the closest to what was typed. A formula is its result when it has one, and otherwise (an error, as
 * `=== 全文如下 ===` or `=Wang Yi` give) the formula as typed: a translator who starts a cell with `=` meant text.
 */
export function readCell(cell: CellObject | undefined): CellRead {
  if (!cell) return { text: '' };
  const shown = shownText(cell);
  if (typeof cell.f === 'string' && cell.f !== '') {
    // Excel stores what followed the `=`; a typed `+86 10…` or `-5` is stored with its sign and no `=`.
    const formula = /^[+-]/.test(cell.f) ? cell.f : `=${cell.f}`;
    const failed = cell.t === 'e' || cell.v === undefined || shown === '';
    return { text: failed ? formula : shown, conversion: 'formula', shown, formula };
  }
  switch (cell.t) {
    case 'n':
      return {
        text: shown,
        conversion: typeof cell.z === 'string' && SSF.is_date(cell.z) ? 'date' : 'number',
        shown,
      };
    case 'd':
      return { text: shown, conversion: 'date', shown };
    case 'b':
      return { text: shown, conversion: 'boolean', shown };
    case 'e':
      return { text: shown, conversion: 'error', shown };
    default:
      return { text: shown };
  }
}

function shownText(cell: CellObject): string {
  if (cell.t === 's') return cell.v === undefined || cell.v === null ? '' : String(cell.v);
  if (typeof cell.w === 'string') return cell.w;
  if (cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.v instanceof Date) return cell.v.toISOString();
  // `e` (error) cells hold a code, not text; stubs (`z`) hold nothing.
  return cell.t === 'e' || cell.t === 'z' ? '' : String(cell.v);
}

/** The text a cell shows, for any cell type: what a translator typed, whatever the spreadsheet made of it. */
export function cellText(cell: CellObject | undefined): string {
  return readCell(cell).text;
}

/** Maps header cells to keys by header text or alias; the first column wins when two carry the same header. */
function matchHeaders<Key extends string>(
  cells: readonly (CellObject | undefined)[],
  specs: readonly ColumnSpec<Key>[],
): Partial<Record<Key, number>> {
  const byHeader = new Map<string, Key>();
  for (const spec of specs) {
    for (const name of [spec.header, ...spec.aliases]) {
      const key = normalizeHeader(name);
      if (!byHeader.has(key)) byHeader.set(key, spec.key);
    }
  }
  const columns: Partial<Record<Key, number>> = {};
  cells.forEach((cell, index) => {
    const key = byHeader.get(normalizeHeader(cellText(cell)));
    if (key !== undefined && columns[key] === undefined) columns[key] = index;
  });
  return columns;
}

/**
 * Reads a dense SheetJS sheet as a table laid out by `specs`: the header row is the one among the first rows that
 * names the most columns, and data rows are those below it holding any text.
 */
export function readTable<Key extends string>(
  sheet: WorkSheet,
  name: string,
  specs: readonly ColumnSpec<Key>[],
): SheetTable<Key> {
  const data: readonly (readonly (CellObject | undefined)[] | undefined)[] = sheet['!data'] ?? [];
  let headerIndex = 0;
  let columns: Partial<Record<Key, number>> = {};
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, data.length); r++) {
    const found = matchHeaders(data[r] ?? [], specs);
    if (Object.keys(found).length > Object.keys(columns).length) {
      headerIndex = r;
      columns = found;
    }
  }
  const missing = specs.filter((s) => s.required && columns[s.key] === undefined).map((s) => s.key);
  const rows: TableRow[] = [];
  for (let r = headerIndex + 1; r < data.length; r++) {
    const cells = data[r];
    if (cells?.some((cell) => cellText(cell) !== '')) rows.push({ row: r + 1, cells });
  }
  return { sheet: name, columns, missing, headerRow: headerIndex + 1, rows };
}

/** Text of the cell in `key`'s column of `row`; empty when the column is absent. */
export function fieldText<Key extends string>(table: SheetTable<Key>, row: TableRow, key: Key): string {
  const column = table.columns[key];
  return column === undefined ? '' : cellText(row.cells[column]);
}

/** The cell in `key`'s column of `row`, as read (see {@link readCell}). */
export function fieldRead<Key extends string>(table: SheetTable<Key>, row: TableRow, key: Key): CellRead {
  const column = table.columns[key];
  return column === undefined ? { text: '' } : readCell(row.cells[column]);
}

/**
 * A whole number in `key`'s column: a text cell holding digits, or a number cell holding a whole number (a
 * spreadsheet may store `12` as a number and show it as `12.00` or `1,200`; the value is what counts).
 */
export function fieldWhole<Key extends string>(
  table: SheetTable<Key>,
  row: TableRow,
  key: Key,
): number | undefined {
  const column = table.columns[key];
  const cell = column === undefined ? undefined : row.cells[column];
  if (cell?.t === 'n' && typeof cell.v === 'number' && Number.isSafeInteger(cell.v) && cell.v >= 0)
    return cell.v;
  return parseWhole(cellText(cell));
}

/** `Segments!C14` for `key`'s column of `row`, or the row's first cell when the column is absent. */
export function fieldCell<Key extends string>(table: SheetTable<Key>, row: TableRow, key: Key): string {
  return cellAddress(table.sheet, row.row, table.columns[key] ?? 0);
}

/** Records a problem found in a sheet; the reader adds the file name. */
export type Report = (finding: Omit<Finding, 'file'>) => void;

/** A whole number written as text (`12`), or undefined for anything else. */
export function parseWhole(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : undefined;
}
