import { META_COLUMNS, SHEETS, WORKBOOK_TOOL } from '../export/columns.js';
import { isZip, unpackZipEntry, zipDirectory } from '../read/zip-directory.js';
import { openSpreadsheet } from './open-spreadsheet.js';
import { readMetaSheet } from './read-meta-sheet.js';
import { readTable } from './sheet-table.js';

/** What a tandem workbook's hidden `Meta` sheet says about the input it was made from. */
export interface WorkbookOrigin {
  /** The input as the run that made the workbook named it: as typed on its command line, relative or absolute. */
  readonly sourceFile: string;
  /** The language the workbook translates into; empty when `Meta` does not say. */
  readonly targetLanguage: string;
}

/** `xl/workbook.xml` lists the sheets in a few kilobytes; more is not a workbook worth a look. */
const MAX_WORKBOOK_XML = 1024 * 1024;
/** A workbook's parts are a few dozen; the directory of one with thousands is not read further. */
const MAX_ENTRIES = 10_000;
/** `Meta` has a row per property, fewer than ten; a sheet of that name with thousands of rows is not tandem's. */
const MAX_META_ROWS = 100;

/**
 * Which input a workbook that `tandem align` wrote was made from, read from its `Meta` sheet alone, for finding the
 * translator's work when a run names the workbook differently (see `src/pipeline/earlier-workbooks.ts`). Cheap on
 * any file: the sheet list (`xl/workbook.xml`) is looked at first, so a file without a `Meta` sheet (someone else's
 * spreadsheet, a QA report) is put aside without being parsed, and of a book's workbook SheetJS parses `Meta` only,
 * not its sheets of segments. `undefined` for anything that is not a tandem workbook saying where it came from, or
 * that cannot be read (damaged, encrypted, a zip bomb): never an exception, so a stray file cannot stop a run.
 */
export function readWorkbookOrigin(bytes: Uint8Array, fileName: string): WorkbookOrigin | undefined {
  if (!listsMetaSheet(bytes)) return undefined;
  let meta: ReturnType<typeof readMetaSheet>;
  try {
    // Checked as any workbook is (zip bombs, encryption) before SheetJS sees it, and against the memory left: SheetJS
    // unpacks every part and reads the shared strings even for one sheet, and a book's workbook in a small heap
    // crashed Node here. One that does not fit is no origin; reading it in full then says why.
    const opened = openSpreadsheet(bytes, fileName, MAX_META_ROWS, {
      sheets: [SHEETS.meta],
      checkMemory: true,
    });
    if (!opened.ok || opened.kind !== 'xlsx') return undefined;
    const { workbook } = opened;
    const name = workbook.SheetNames.find((n) => n.toLowerCase() === SHEETS.meta.toLowerCase());
    const sheet = name === undefined ? undefined : workbook.Sheets[name];
    if (!sheet) return undefined;
    const table = readTable(sheet, SHEETS.meta, META_COLUMNS);
    if (table.missing.length > 0) return undefined;
    meta = readMetaSheet(table);
  } catch {
    // A workbook that trips SheetJS up is as good as no workbook here.
    return undefined;
  }
  const sourceFile = meta.get('sourceFile')?.value.trim() ?? '';
  if (meta.get('tool')?.value.trim() !== WORKBOOK_TOOL || sourceFile === '') return undefined;
  return { sourceFile, targetLanguage: meta.get('targetLanguage')?.value.trim() ?? '' };
}

/**
 * Whether the bytes are an xlsx whose sheet list names a `Meta` sheet: its zip directory and `xl/workbook.xml` are
 * all that is unpacked. Excel, LibreOffice and WPS keep hidden sheets and their names when they save; Google Sheets
 * drops them, and then where the workbook came from cannot be known anyway.
 */
function listsMetaSheet(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const entries = zipDirectory(bytes, MAX_ENTRIES);
  if (!Array.isArray(entries)) return false;
  const entry = entries.find((e) => e.name === 'xl/workbook.xml');
  if (!entry) return false;
  const xml = unpackZipEntry(bytes, entry, MAX_WORKBOOK_XML);
  if (typeof xml === 'string') return false;
  const name = SHEETS.meta.toLowerCase();
  // `<sheet name="Meta" …/>`, or `<x:sheet …>` from writers that prefix the main namespace.
  for (const match of new TextDecoder()
    .decode(xml)
    .matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname\s*=\s*"([^"]*)"/g)) {
    if (match[1]!.toLowerCase() === name) return true;
  }
  return false;
}
