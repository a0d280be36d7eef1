import { SHEETS } from '../../export/columns.js';
import type { Finding } from '../../model/index.js';
import { inspectSpreadsheet, MAX_UNPACKED_BYTES } from '../../read/inspect-spreadsheet.js';
import { XLSX } from '../../read/sheetjs.js';
import { glossaryFinding } from '../glossary-finding.js';
import type { TableRow } from '../rows/rows-to-entries.js';

export interface SpreadsheetOptions {
  readonly file: string;
  /** Rows read from the sheet; more are reported and left out. */
  readonly maxRows?: number;
}

export interface SpreadsheetResult {
  /** Name of the sheet read (the first), absent when nothing could be read. */
  readonly sheet?: string;
  readonly rows: TableRow[];
  readonly findings: Finding[];
}

/** A glossary sheet is a few columns; anything further right is ignored, so a stray cell in XFD costs nothing. */
const MAX_COLUMNS = 64;
export const DEFAULT_MAX_ROWS = 200_000;

/**
 * Reads the first sheet of an XLSX or ODS workbook as text rows, safely for files from anywhere: the zip is
 * checked before SheetJS sees it (see `inspectSpreadsheet`), formulas are not kept (cached values are read, nothing is
 * evaluated), HTML and styles are not parsed, only the first sheet and its first `maxRows` rows are read.
 */
export function readSpreadsheet(bytes: Uint8Array, options: SpreadsheetOptions): SpreadsheetResult {
  const { file } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const fail = (message: string): SpreadsheetResult => ({
    rows: [],
    findings: [glossaryFinding('glossary-unreadable', 'error', { file }, message)],
  });

  // The same check the translator's workbooks get: a glossary arrives from as far away as they do.
  const check = inspectSpreadsheet(bytes);
  const kind = check.ok ? check.kind : check.problem;
  switch (kind) {
    case 'xlsx':
    case 'ods':
      break;
    case 'xls':
    case 'other-ole':
      return fail(
        'This is an old-style .xls workbook or a password-protected one, not an XLSX/ODS file. Open it in Excel or LibreOffice, remove any password and save it as .xlsx.',
      );
    case 'encrypted':
      return fail(
        'The workbook is encrypted. Remove the password in Excel or LibreOffice and save it again.',
      );
    case 'too-large':
      return fail(
        `The workbook would unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, far more than a glossary holds; it was not opened. Save the glossary alone in a new workbook.`,
      );
    case 'damaged':
      return fail(
        'The workbook is damaged (its zip directory cannot be read). Save it again from Excel or LibreOffice.',
      );
    default:
      return fail(
        'This is not an XLSX or ODS workbook (those are zip archives holding a spreadsheet, this file is not). If it is really a CSV or TSV file, give it that extension; otherwise save it again from Excel or LibreOffice.',
      );
  }

  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      sheets: 0,
      sheetRows: maxRows + 1,
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      bookDeps: false,
      WTF: false,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      `The workbook could not be read (${reason}). Save it again from Excel or LibreOffice as .xlsx.`,
    );
  }
  const sheet = workbook.SheetNames[0];
  const worksheet = sheet !== undefined ? workbook.Sheets[sheet] : undefined;
  if (sheet === undefined || worksheet === undefined) return fail('The workbook has no sheets.');
  // Its first sheet is segments, not terms: read as a glossary, every row would be a problem.
  const names = new Set(workbook.SheetNames.map((name) => name.toLowerCase()));
  if (names.has(SHEETS.segments.toLowerCase()) && names.has(SHEETS.meta.toLowerCase())) {
    return fail(
      'This is a workbook tandem wrote for translating a document, not a glossary. Give --glossary the glossary ' +
        'file itself (CSV, TSV, XLSX, ODS or TBX); the workbook goes to `tandem qa` or `tandem build`.',
    );
  }
  if (names.has(SHEETS.qa.toLowerCase()) && workbook.SheetNames.length === 1) {
    return fail(
      'This is a QA report tandem wrote, not a glossary. Give --glossary the glossary file itself (CSV, TSV, ' +
        'XLSX, ODS or TBX).',
    );
  }

  const findings: Finding[] = [];
  const data = (worksheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: TableRow[] = [];
  const rowCount = Math.min(data.length, maxRows);
  for (let r = 0; r < rowCount; r++) {
    const source = data[r];
    const cells: string[] = [];
    if (source) {
      const width = Math.min(source.length, MAX_COLUMNS);
      for (let c = 0; c < width; c++) cells.push(cellText(source[c]));
    }
    rows.push({ cells, row: r });
  }
  // sheetRows is maxRows + 1, so a longer sheet shows as one row too many (its declared size may lie).
  if (data.length > maxRows) {
    findings.push(
      glossaryFinding(
        'glossary-truncated',
        'warning',
        { file },
        `Sheet “${sheet}” has more than ${maxRows.toLocaleString('en')} rows; only the first ${maxRows.toLocaleString('en')} were read. Split the glossary into several files.`,
      ),
    );
  }
  return { sheet, rows, findings };
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.t === 'e' || cell.t === 'z') return '';
  if (typeof cell.w === 'string') return cell.w;
  if (cell.v === undefined || cell.v === null) return '';
  return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
}
