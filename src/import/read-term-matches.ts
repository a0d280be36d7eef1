import { z } from 'zod';
import type { TermMatchColumnKey } from '../export/columns.js';
import { type TermMatch, TermStatus } from '../model/index.js';
import { fieldCell, fieldText, fieldWhole, type Report, type SheetTable } from './sheet-table.js';

/** A term match with the row it came from, for findings about it once its segment is known. */
export interface TermMatchRow {
  readonly match: TermMatch;
  readonly cell: string;
}

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

/** Reads the hidden `TermMatches` sheet: term matches by segment ID, in sheet order. */
export function readTermMatches(
  table: SheetTable<TermMatchColumnKey>,
  report: Report,
): Map<string, TermMatchRow[]> {
  const byId = new Map<string, TermMatchRow[]>();
  for (const row of table.rows) {
    const text = (key: TermMatchColumnKey) => fieldText(table, row, key);
    const id = text('id').trim();
    const start = fieldWhole(table, row, 'start');
    const end = fieldWhole(table, row, 'end');
    const source = text('source');
    if (!id || start === undefined || end === undefined || end < start || !source) {
      report({
        code: 'workbook-bad-term-match',
        severity: 'warning',
        message: `Row ${row.row} of ${table.sheet} is not a term match (ID, Start ≤ End and Source are needed); it is skipped.`,
        cell: fieldCell(table, row, 'id'),
        ...(id ? { id } : {}),
      });
      continue;
    }
    const target = text('target');
    const statusText = text('status').trim().toLowerCase();
    const status = TermStatus.safeParse(statusText || 'preferred');
    if (!status.success) {
      report({
        code: 'workbook-bad-term-match',
        severity: 'warning',
        message: `Expected a term status of ${TermStatus.options.join(', ')}, got \`${statusText}\`; read as preferred.`,
        cell: fieldCell(table, row, 'status'),
        id,
      });
    }
    const note = text('note');
    const match: TermMatch = {
      start,
      end,
      source,
      target,
      targets: parseTargets(text('targets'), target),
      ...(note ? { note } : {}),
      status: status.success ? status.data : 'preferred',
    };
    const list = byId.get(id) ?? [];
    list.push({ match, cell: fieldCell(table, row, 'id') });
    byId.set(id, list);
  }
  return byId;
}
