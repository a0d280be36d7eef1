import type { OrphanColumnKey } from '../export/columns.js';
import { type Orphan, SegmentStatus } from '../model/index.js';
import { cleanCellText } from './clean-cell-text.js';
import { fieldText, type SheetTable } from './sheet-table.js';

/**
 * Reads the `Orphans` sheet back: translations kept from earlier re-alignments, so that they survive the next one
 * too. Lenient on purpose: whatever a row holds is kept, and an unknown status is read as `draft`.
 */
export function readOrphansSheet(table: SheetTable<OrphanColumnKey>): Orphan[] {
  return table.rows.map((row) => {
    const text = (key: OrphanColumnKey) => cleanCellText(fieldText(table, row, key)).text;
    const status = SegmentStatus.safeParse(text('status').trim().toLowerCase());
    return {
      id: text('id').trim(),
      source: text('source'),
      target: text('target'),
      status: status.success ? status.data : 'draft',
      notes: text('notes')
        .split(/\r\n|\r|\n/)
        .filter((line) => line.trim() !== ''),
      reason: text('reason'),
    };
  });
}
