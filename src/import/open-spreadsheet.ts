import { decodeText, EncodingError } from '../read/index.js';
import {
  inspectSpreadsheet,
  MAX_WORKBOOK_UNPACKED_BYTES,
  type SpreadsheetKind,
} from '../read/inspect-spreadsheet.js';
import { XLSX } from '../read/sheetjs.js';
import { readingMemoryShortfall, shortfallMessage } from './reading-memory.js';

/** What opening a spreadsheet gives: the workbook and what it was, or a message that says why not. */
export type OpenedSpreadsheet =
  | { readonly ok: true; readonly workbook: XLSX.WorkBook; readonly kind: SpreadsheetKind }
  | { readonly ok: false; readonly code: string; readonly message: string };

const SAVE_AGAIN = 'Open it in Excel, LibreOffice or WPS and save it as .xlsx, then try again.';

/**
 * Opens a workbook's bytes with SheetJS, safely for files from anywhere: the container is inspected first (see
 * {@link inspectSpreadsheet}), only values and formula texts are read (no HTML, styles or macros), each sheet stops
 * after `maxRows + 1` rows so the caller can tell a sheet went on beyond its cap, and CSV text is decoded with the
 * same encoding detection as documents (Excel on Chinese Windows saves CSV in GBK) and read as text, never as
 * numbers or dates.
 */
export function openSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  maxRows: number,
  options: {
    /** Names of the sheets to parse (any case); all of them when absent. The others are listed but left out. */
    readonly sheets?: readonly string[];
    /**
     * Whether to refuse, before SheetJS starts, a workbook whose reading would run out of memory (see
     * {@link readingMemoryShortfall}): for reading the rows of a workbook's sheets of segments, not a small sheet.
     */
    readonly checkMemory?: boolean;
  } = {},
): OpenedSpreadsheet {
  const { sheets } = options;
  const fail = (code: string, message: string): OpenedSpreadsheet => ({ ok: false, code, message });
  const check = inspectSpreadsheet(bytes, MAX_WORKBOOK_UNPACKED_BYTES);
  if (!check.ok) {
    switch (check.problem) {
      case 'empty':
        return fail('workbook-unreadable', `${fileName} is empty (0 bytes).`);
      case 'encrypted':
        return fail(
          'workbook-password',
          `${fileName} is protected by a password, so tandem cannot read it. Open it, remove the password ` +
            '(File › Info › Protect Workbook in Excel, File › Properties › Security in LibreOffice) and save it again.',
        );
      case 'too-large':
        return fail(
          'workbook-too-large',
          `${fileName} would unpack to more than ${MAX_WORKBOOK_UNPACKED_BYTES / 1024 / 1024} MB, far more than a translator's ` +
            'workbook holds; it was not opened (it may be damaged or a zip bomb).',
        );
      case 'word-document':
        return fail(
          'workbook-not-spreadsheet',
          `${fileName} is a Word document, not a spreadsheet. Give tandem the workbook (.xlsx) that \`tandem align\` wrote.`,
        );
      case 'damaged':
        return fail(
          'workbook-unreadable',
          `${fileName} is damaged (its zip directory cannot be read). ${SAVE_AGAIN}`,
        );
      default:
        return fail(
          'workbook-not-spreadsheet',
          `${fileName} is not a spreadsheet (expected .xlsx, .ods, .xls or .csv). Give tandem the workbook that \`tandem align\` wrote.`,
        );
    }
  }

  const shortfall = options.checkMemory ? readingMemoryShortfall(check.unpacked) : undefined;
  if (shortfall) {
    return fail('workbook-too-big-for-memory', shortfallMessage(fileName, check.unpacked, shortfall));
  }

  // A zip format's name on plain text: no spreadsheet program wrote this, and reading it as CSV would only confuse.
  if (check.kind === 'csv' && /\.(xlsx|xlsm|ods)$/i.test(fileName)) {
    return fail(
      'workbook-not-spreadsheet',
      `${fileName} is not a spreadsheet: it holds plain text, not a workbook. Give tandem the workbook that \`tandem align\` wrote.`,
    );
  }
  let input: { readonly data: Uint8Array | string; readonly type: 'array' | 'string' };
  if (check.kind === 'csv') {
    try {
      input = { data: decodeText(bytes).text, type: 'string' };
    } catch (error) {
      if (!(error instanceof EncodingError)) throw error;
      return fail(
        'workbook-not-spreadsheet',
        `${fileName} is neither a workbook nor readable text (${error.message}). ${SAVE_AGAIN}`,
      );
    }
  } else {
    input = { data: bytes, type: 'array' };
  }

  try {
    const workbook = quietly(() =>
      XLSX.read(input.data, {
        type: input.type,
        dense: true,
        // Formula texts are kept so a target Excel turned into a formula (`=…`) can be given back as typed.
        cellFormula: true,
        cellHTML: false,
        // Number formats tell a date (`1/2` became 2 January) from a number.
        cellNF: true,
        cellStyles: false,
        cellDates: false,
        bookVBA: false,
        bookDeps: false,
        // CSV: every field as text, as typed; nothing becomes a number, a date or a formula.
        raw: true,
        sheetRows: maxRows + 1,
        ...(sheets ? { sheets: [...sheets] } : {}),
        WTF: false,
      }),
    );
    return { ok: true, workbook, kind: check.kind };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(reason)) {
      return fail(
        'workbook-password',
        `${fileName} is protected by a password, so tandem cannot read it. Remove the password and save it again.`,
      );
    }
    return fail(
      'workbook-unreadable',
      `${fileName} could not be read as a spreadsheet (${reason}). ${SAVE_AGAIN}`,
    );
  }
}

/**
 * Runs SheetJS with `console.error` silenced: reading an ODS file it prints notes about number formats it cannot
 * convert, which are not the translator's business. SheetJS is synchronous, so nothing else prints meanwhile.
 */
function quietly<T>(read: () => T): T {
  const error = console.error;
  console.error = () => {};
  try {
    return read();
  } finally {
    console.error = error;
  }
}
