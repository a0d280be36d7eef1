import type { MetaColumnKey } from '../export/columns.js';
import { fieldCell, fieldText, type SheetTable } from './sheet-table.js';

/** A value of the `Meta` sheet with the cell it came from, for findings. */
export interface MetaValue {
  readonly value: string;
  readonly cell: string;
}

/** The `Meta` sheet's key/value rows; the first row of a key wins. A Map, so no key can reach Object.prototype. */
export function readMetaSheet(table: SheetTable<MetaColumnKey>): Map<string, MetaValue> {
  const meta = new Map<string, MetaValue>();
  for (const row of table.rows) {
    const key = fieldText(table, row, 'key').trim();
    if (key && !meta.has(key)) {
      meta.set(key, { value: fieldText(table, row, 'value'), cell: fieldCell(table, row, 'value') });
    }
  }
  return meta;
}
