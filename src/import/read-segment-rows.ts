import type { SegmentColumnKey } from '../export/columns.js';
import { SegmentKind, SegmentStatus, STATUS_VALUES } from '../model/index.js';
import {
  fieldCell,
  fieldText,
  parseWhole,
  type Report,
  type SheetTable,
  type TableRow,
} from './sheet-table.js';

/** One row of the `Segments` sheet as the translator left it. */
export interface SegmentRow {
  readonly id: string;
  readonly row: TableRow;
  /** `Segments!A14`, `Segments!B14`: where findings about the row point. */
  readonly idCell: string;
  readonly sourceCell: string;
  readonly source: string;
  readonly target: string;
  readonly status: SegmentStatus;
  readonly notes: string[];
  readonly confidence?: number;
  /** From the hidden helper column, when it is there and holds a whole number. */
  readonly paragraph?: number;
  readonly kind?: SegmentKind;
}

/** `Translated ` → `translated`; spreadsheets and people vary case and spacing. */
function parseStatus(text: string): SegmentStatus | undefined {
  const parsed = SegmentStatus.safeParse(text.trim().replace(/\s+/g, ' ').toLowerCase());
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads the `Segments` sheet's rows by ID, in sheet order. Rows without an ID, duplicate IDs and unreadable values
 * are reported with their cell; the first row of an ID wins.
 */
export function readSegmentRows(
  table: SheetTable<SegmentColumnKey>,
  report: Report,
): Map<string, SegmentRow> {
  const rows = new Map<string, SegmentRow>();
  for (const row of table.rows) {
    const text = (key: SegmentColumnKey) => fieldText(table, row, key);
    const cell = (key: SegmentColumnKey) => fieldCell(table, row, key);
    const id = text('id').trim();
    const source = text('source');
    const target = text('target');
    if (!id) {
      // A row of only Terms/Notes text is harmless; a Source or Target without an ID cannot be placed.
      if (source || target) {
        report({
          code: 'workbook-missing-id',
          severity: 'error',
          message: `Row ${row.row} has text but no ID, so it cannot be placed in the document; give it back its ID.`,
          cell: cell('id'),
        });
      }
      continue;
    }
    const first = rows.get(id);
    if (first) {
      report({
        code: 'workbook-duplicate-id',
        severity: 'error',
        message: `ID ${id} is on row ${first.row.row} and again on row ${row.row}; the first row is used.`,
        cell: cell('id'),
        id,
      });
      continue;
    }

    const statusText = text('status');
    const fallback: SegmentStatus = target.trim() ? 'draft' : 'new';
    let status = statusText.trim() ? parseStatus(statusText) : fallback;
    if (!status) {
      status = fallback;
      report({
        code: 'workbook-unknown-status',
        severity: 'warning',
        message: `Expected a status of ${STATUS_VALUES.join(', ')}, got \`${statusText}\`; read as \`${fallback}\`.`,
        cell: cell('status'),
        id,
      });
    }

    let confidence: number | undefined;
    const confidenceText = text('confidence').trim();
    if (confidenceText) {
      const value = Number(confidenceText);
      if (Number.isFinite(value) && value >= 0 && value <= 1) confidence = value;
      else
        report({
          code: 'workbook-bad-confidence',
          severity: 'warning',
          message: `Expected a confidence from 0 to 1, got \`${confidenceText}\`; it is left out.`,
          cell: cell('confidence'),
          id,
        });
    }

    const paragraphText = text('paragraph');
    const paragraph = parseWhole(paragraphText);
    if (paragraphText.trim() && paragraph === undefined) {
      report({
        code: 'workbook-bad-paragraph',
        severity: 'warning',
        message: `Expected a paragraph number, got \`${paragraphText}\`.`,
        cell: cell('paragraph'),
        id,
      });
    }
    const kindText = text('kind').trim().toLowerCase();
    const kind = SegmentKind.safeParse(kindText);

    rows.set(id, {
      id,
      row,
      idCell: cell('id'),
      sourceCell: cell('source'),
      source,
      target,
      status,
      notes: text('notes')
        .split(/\r\n|\r|\n/)
        .filter((line) => line.trim() !== ''),
      ...(confidence === undefined ? {} : { confidence }),
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(kind.success ? { kind: kind.data } : {}),
    });
  }
  return rows;
}
