import type { GlossaryColumnKey } from '../export/columns.js';
import { TermStatus, type UsedTerm } from '../model/index.js';
import { fieldCell, fieldText, fieldWhole, type Report, type SheetTable } from './sheet-table.js';

/** Reads the `Glossary` sheet back into the document's used terms, in sheet order. */
export function readGlossarySheet(table: SheetTable<GlossaryColumnKey>, report: Report): UsedTerm[] {
  const terms: UsedTerm[] = [];
  for (const row of table.rows) {
    const text = (key: GlossaryColumnKey) => fieldText(table, row, key);
    const source = text('source');
    if (!source.trim()) continue;
    const target = text('target');
    const alternatives = text('alternatives')
      .split(/\r\n|\r|\n/)
      .filter((line) => line.trim() !== '');
    const statusText = text('status').trim().toLowerCase();
    const status = TermStatus.safeParse(statusText || 'preferred');
    const countText = text('count');
    const count = fieldWhole(table, row, 'count');
    if (!status.success || count === undefined || count < 1) {
      report({
        code: 'workbook-bad-glossary-row',
        severity: 'warning',
        message: !status.success
          ? `Expected a term status of ${TermStatus.options.join(', ')}, got \`${statusText}\`; read as preferred.`
          : `Expected a count of 1 or more, got \`${countText}\`; read as 1.`,
        cell: fieldCell(table, row, status.success ? 'count' : 'status'),
      });
    }
    const note = text('note');
    terms.push({
      source,
      target,
      targets: target ? [target, ...alternatives] : alternatives,
      ...(note ? { note } : {}),
      status: status.success ? status.data : 'preferred',
      count: count !== undefined && count >= 1 ? count : 1,
    });
  }
  return terms;
}
