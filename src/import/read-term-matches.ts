import type { WorkSheet } from 'xlsx';
import { z } from 'zod';
import {
  LEGACY_TERM_MATCH_COLUMNS,
  type LegacyTermMatchColumnKey,
  SHEETS,
  TERM_ENTRY_COLUMNS,
  TERM_MATCH_COLUMNS,
  type TermEntryColumnKey,
} from '../export/columns.js';
import { type TermMatch, TermStatus } from '../model/index.js';
import { addTo } from '../util/add-to.js';
import {
  fieldCell,
  fieldText,
  fieldWhole,
  type Report,
  readTable,
  type SheetTable,
  type TableRow,
} from './sheet-table.js';

/** A term match with the row it came from, for findings about it once its segment is known. */
export interface TermMatchRow {
  readonly match: TermMatch;
  readonly cell: string;
}

/** A matched entry as stored: everything of a {@link TermMatch} but where it is. */
type TermEntry = Omit<TermMatch, 'start' | 'end'>;

const Targets = z.array(z.string());

/** Every accepted rendering: a JSON array as the writer stores it, else one per line, else the preferred one. */
function parseTargets(text: string, target: string): string[] {
  if (text.trim().startsWith('[')) {
    try {
      const parsed = Targets.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON after all: read it as lines below.
    }
  }
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return lines.length > 0 ? lines : target ? [target] : [];
}

/** The entry fields of a row of `TermEntries` (or of a format 1 `TermMatches` row); undefined without a source. */
function readEntry<Key extends LegacyTermMatchColumnKey>(
  table: SheetTable<Key>,
  row: TableRow,
  report: Report,
  id?: string,
): TermEntry | undefined {
  const text = (key: TermEntryColumnKey) => fieldText(table, row, key as Key);
  const source = text('source');
  if (!source) return undefined;
  const target = text('target');
  const statusText = text('status').trim().toLowerCase();
  const status = TermStatus.safeParse(statusText || 'preferred');
  if (!status.success) {
    report({
      code: 'workbook-bad-term-match',
      severity: 'warning',
      message: `Expected a term status of ${TermStatus.options.join(', ')}, got \`${statusText}\`; read as preferred.`,
      cell: fieldCell(table, row, 'status' as Key),
      ...(id ? { id } : {}),
    });
  }
  const note = text('note');
  return {
    source,
    target,
    targets: parseTargets(text('targets'), target),
    ...(note ? { note } : {}),
    status: status.success ? status.data : 'preferred',
  };
}

/** `[[start, end, entry], …]` as the writer stores it. */
const Matches = z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)]));

/**
 * Reads the hidden term sheets: term matches by segment ID, in sheet order. Format 2 workbooks keep one row per
 * segment in `TermMatches` (ID | Matches) referring to the entries of `TermEntries`; format 1 workbooks kept one
 * row per match with its entry written out. Which one it is, the headers tell.
 */
export function readTermMatches(
  matchesSheet: WorkSheet,
  entriesSheet: WorkSheet | undefined,
  report: Report,
): Map<string, TermMatchRow[]> {
  const table = readTable(matchesSheet, SHEETS.terms, TERM_MATCH_COLUMNS);
  if (table.missing.length > 0) {
    const legacy = readTable(matchesSheet, SHEETS.terms, LEGACY_TERM_MATCH_COLUMNS);
    if (legacy.missing.length === 0) return readLegacyTermMatches(legacy, report);
  }
  const entries: (TermEntry | undefined)[] = [];
  if (entriesSheet) {
    const entryTable = readTable(entriesSheet, SHEETS.termEntries, TERM_ENTRY_COLUMNS);
    // Entry n is the n-th row under the header, blank rows included: the writer writes no blank rows.
    for (const row of entryTable.rows)
      entries[row.row - entryTable.headerRow - 1] = readEntry(entryTable, row, report);
  }
  const byId = new Map<string, TermMatchRow[]>();
  for (const row of table.rows) {
    const id = fieldText(table, row, 'id').trim();
    const cell = fieldCell(table, row, 'matches');
    let parsed: z.infer<typeof Matches> | undefined;
    try {
      const result = Matches.safeParse(JSON.parse(fieldText(table, row, 'matches')));
      if (result.success) parsed = result.data;
    } catch {
      // Reported below.
    }
    if (!id || !parsed) {
      report({
        code: 'workbook-bad-term-match',
        severity: 'warning',
        message: `Row ${row.row} of ${table.sheet} is not a list of term matches (an ID and [[start, end, entry], …] are needed); it is skipped.`,
        cell,
        ...(id ? { id } : {}),
      });
      continue;
    }
    for (const [start, end, n] of parsed) {
      const entry = entries[n];
      if (!entry || end < start) {
        report({
          code: 'workbook-bad-term-match',
          severity: 'warning',
          message: entry
            ? `A term match of ${id} in ${cell} ends before it starts; it is skipped.`
            : `A term match of ${id} in ${cell} refers to entry ${n}, which ${SHEETS.termEntries} does not have; it is skipped.`,
          cell,
          id,
        });
        continue;
      }
      addTo(byId, id, { match: { start, end, ...entry, targets: [...entry.targets] }, cell });
    }
  }
  return byId;
}

/** Reads a format 1 `TermMatches` sheet: one row per match (ID, Start, End and the entry). */
function readLegacyTermMatches(
  table: SheetTable<LegacyTermMatchColumnKey>,
  report: Report,
): Map<string, TermMatchRow[]> {
  const byId = new Map<string, TermMatchRow[]>();
  for (const row of table.rows) {
    const id = fieldText(table, row, 'id').trim();
    const start = fieldWhole(table, row, 'start');
    const end = fieldWhole(table, row, 'end');
    const entry = id ? readEntry(table, row, report, id) : undefined;
    if (!id || start === undefined || end === undefined || end < start || !entry) {
      report({
        code: 'workbook-bad-term-match',
        severity: 'warning',
        message: `Row ${row.row} of ${table.sheet} is not a term match (ID, Start ≤ End and Source are needed); it is skipped.`,
        cell: fieldCell(table, row, 'id'),
        ...(id ? { id } : {}),
      });
      continue;
    }
    addTo(byId, id, { match: { start, end, ...entry }, cell: fieldCell(table, row, 'id') });
  }
  return byId;
}
