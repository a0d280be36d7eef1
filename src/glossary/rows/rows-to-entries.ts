import type { Finding, GlossaryEntry, Origin } from '../../model/index.js';
import { glossaryFinding } from '../glossary-finding.js';
import type { GlossaryLoadOptions, GlossaryLoadResult } from '../glossary-load.js';
import { type ColumnKey, type Columns, EXPECTED_HEADERS, findColumns } from './find-columns.js';
import { GlossaryRow, type GlossaryRowInput, readGoodRow, rowIssueCode } from './glossary-row.js';

/** One row of a table as read: cell texts and where it is. */
export interface TableRow {
  readonly cells: readonly string[];
  /** 1-based line where the row starts, for CSV/TSV. */
  readonly line?: number;
  /** 0-based sheet row, for spreadsheets. */
  readonly row?: number;
}

/** The table a set of rows came from. */
export interface TableSource {
  readonly file: string;
  /** Sheet name, for `Sheet!B7` places; absent for text files. */
  readonly sheet?: string;
  /**
   * `csv`: a header row is required, extra fields are an error. `tsv`: OmegaT-style, a first row that is no
   * header is data in the order source, target, comment. `sheet`: a header row is required.
   */
  readonly kind: 'csv' | 'tsv' | 'sheet';
}

/** `T` with its fields settable, for building an object field by field in the schema's order. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Rows searched for the header: spreadsheets often have a title row or two above it. */
const HEADER_SEARCH_ROWS = 10;
const OMEGAT_COLUMNS: Columns = { source: 0, target: 1, note: 2 };

/** `A`, `B`, …, `Z`, `AA` for a 0-based column. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** `Terms!B7`, `'My terms'!B7` (quoted as Excel does when the name has spaces or punctuation). */
export function cellReference(sheet: string, row: number, column: number): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(column)}${row + 1}`;
}

function placeOf(source: TableSource, row: TableRow, column: number): Origin {
  if (source.sheet !== undefined && row.row !== undefined) {
    return { file: source.file, cell: cellReference(source.sheet, row.row, column) };
  }
  return row.line !== undefined ? { file: source.file, line: row.line } : { file: source.file };
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

function describeRow(row: TableRow): string {
  const cells = row.cells.map((c) => c.replace(/\p{C}+/gu, ' ').trim()).filter(Boolean);
  const text = cells.slice(0, 6).join(' | ');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * Turns the rows of a glossary table into entries: finds the header (or, for OmegaT TSV, takes the columns as
 * source, target, comment), validates every row with {@link GlossaryRow} and reports each bad row with its line
 * or cell, loading the rest.
 */
export function rowsToEntries(
  rows: readonly TableRow[],
  source: TableSource,
  options: GlossaryLoadOptions,
): GlossaryLoadResult {
  const findings: Finding[] = [];
  const entries: GlossaryEntry[] = [];
  const firstRow = rows.findIndex((r) => !isBlank(r));
  if (firstRow === -1) {
    findings.push(
      glossaryFinding('glossary-empty', 'warning', { file: source.file }, 'The glossary is empty.'),
    );
    return { entries, findings };
  }

  let columns: Columns | undefined;
  let headerIndex = -1;
  const searchEnd =
    source.kind === 'tsv' ? firstRow + 1 : Math.min(rows.length, firstRow + HEADER_SEARCH_ROWS);
  for (let i = firstRow; i < searchEnd; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const found = findColumns(row.cells, options);
    if ('columns' in found) {
      columns = found.columns;
      headerIndex = i;
      break;
    }
    if (found.problem === 'language-missing') {
      findings.push(
        glossaryFinding('glossary-language-missing', 'error', placeOf(source, row, 0), found.message),
      );
      return { entries, findings };
    }
  }
  if (!columns) {
    if (source.kind === 'tsv') {
      columns = {
        ...OMEGAT_COLUMNS,
        ...(options.sourceLanguage && { sourceLanguage: options.sourceLanguage }),
        ...(options.targetLanguage && { targetLanguage: options.targetLanguage }),
      };
      headerIndex = firstRow - 1;
    } else {
      const where = source.sheet !== undefined ? `sheet “${source.sheet}”` : 'the file';
      findings.push(
        glossaryFinding(
          'glossary-no-header',
          'error',
          placeOf(source, rows[firstRow]!, 0),
          `This does not look like a glossary: no header row naming its columns in the first ${HEADER_SEARCH_ROWS} rows of ${where} ` +
            `(the first row reads “${describeRow(rows[firstRow]!)}”). Expected a header row with ${EXPECTED_HEADERS}.`,
        ),
      );
      return { entries, findings };
    }
  }

  const header = headerIndex >= 0 ? rows[headerIndex]!.cells : undefined;
  const width = header ? lastFilled(header) + 1 : 3;
  const used = Object.values(columns).filter((v): v is number => typeof v === 'number');
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    let shortRow: Finding | undefined;
    if (source.kind !== 'sheet') {
      const filled = lastFilled(row.cells) + 1;
      if (filled > width) {
        findings.push(
          glossaryFinding(
            'glossary-field-count',
            'error',
            placeOf(source, row, width),
            `The row has ${filled} fields but the ${header ? 'header has' : 'glossary has'} ${width}, so a comma or tab inside a term probably split it. Put the term in double quotes ("…") or remove the extra separator. The row was skipped.`,
          ),
        );
        continue;
      }
      if (row.cells.length < width && Math.max(...used) >= row.cells.length && header) {
        shortRow = glossaryFinding(
          'glossary-field-count',
          'warning',
          placeOf(source, row, row.cells.length),
          `The row has ${row.cells.length} field${row.cells.length === 1 ? '' : 's'} but the header has ${width}; the missing ones were taken as empty.`,
        );
      }
    }
    const cell = (key: ColumnKey): string => {
      const index = columns[key];
      return index === undefined ? '' : (row.cells[index] ?? '');
    };
    const input: GlossaryRowInput = {
      source: cell('source'),
      target: cell('target'),
      note: cell('note'),
      domain: cell('domain'),
      status: cell('status'),
      caseSensitive: cell('caseSensitive'),
    };
    let r = readGoodRow(input);
    if (r === undefined) {
      const parsed = GlossaryRow.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = issue.path[0] as ColumnKey;
          findings.push(
            glossaryFinding(
              rowIssueCode(issue),
              'error',
              placeOf(source, row, columns[key] ?? columns.source),
              issue.message,
            ),
          );
        }
        continue;
      }
      r = parsed.data;
    }
    // What GlossaryEntry checks holds already (variants come trimmed, non-empty and at least one source from
    // GlossaryRow), so the entry is made as the schema would make it, fields in its order, without parsing it again.
    // Optional fields are set one by one rather than spread in: a spread made a small object per field per row.
    const entry: Writable<GlossaryEntry> = {
      sources: r.source,
      targets: r.target,
    } as Writable<GlossaryEntry>;
    if (r.note !== undefined) entry.note = r.note;
    if (r.domain !== undefined) entry.domain = r.domain;
    entry.status = r.status;
    entry.caseSensitive = r.caseSensitive;
    if (columns.sourceLanguage !== undefined) entry.sourceLanguage = columns.sourceLanguage;
    if (columns.targetLanguage !== undefined) entry.targetLanguage = columns.targetLanguage;
    entry.origin = placeOf(source, row, columns.source);
    if (shortRow) findings.push(shortRow);
    entries.push(entry);
  }
  if (entries.length === 0 && findings.length === 0) {
    findings.push(
      glossaryFinding(
        'glossary-empty',
        'warning',
        { file: source.file },
        'The glossary has a header but no entries.',
      ),
    );
  }
  return { entries, findings };
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}
