import type { SegmentColumnKey } from '../export/columns.js';
import { SegmentKind, SegmentStatus, STATUS_VALUES } from '../model/index.js';
import { cleanCellText } from './clean-cell-text.js';
import { quoteShort } from './quote-short.js';
import { reportConversion } from './report-conversion.js';
import {
  fieldCell,
  fieldRead,
  fieldText,
  fieldWhole,
  type Report,
  type SheetTable,
  type TableRow,
} from './sheet-table.js';

/** One row of the `Segments` sheet as the translator left it. */
export interface SegmentRow {
  readonly id: string;
  readonly row: TableRow;
  /** `Segments!A14`, `Segments!B14`, `Segments!C14`: where findings about the row point. */
  readonly idCell: string;
  readonly sourceCell: string;
  readonly targetCell: string;
  readonly source: string;
  readonly target: string;
  readonly status: SegmentStatus;
  readonly notes: string[];
  readonly confidence?: number;
  /** From the hidden helper column, when it is there and holds a whole number. */
  readonly paragraph?: number;
  readonly kind?: SegmentKind;
}

/** A row with text that cannot be placed in the document: no ID, or a second row of an ID with another target. */
export interface UnplacedRow {
  /** The ID as written, or empty. */
  readonly id: string;
  /** The row's ID cell, `Segments!A230`. */
  readonly cell: string;
  readonly source: string;
  readonly target: string;
  readonly status: SegmentStatus;
  readonly notes: string[];
  /** Why it could not be placed, in words. */
  readonly reason: string;
}

/** What the `Segments` sheet holds: one row per ID, and the rows that fit nowhere. */
export interface SegmentRows {
  /** By ID, in sheet order. */
  readonly rows: Map<string, SegmentRow>;
  readonly unplaced: UnplacedRow[];
}

/** `Translated ` → `translated`; spreadsheets and people vary case and spacing. */
function parseStatus(text: string): SegmentStatus | undefined {
  const parsed = SegmentStatus.safeParse(text.trim().replace(/\s+/g, ' ').toLowerCase());
  return parsed.success ? parsed.data : undefined;
}

/** `P3.S12 `, `ｐ３．ｓ１２` → `p3.s12`: an ID as people and input methods may type it back. */
export function normalizeId(text: string): string {
  const id = text.normalize('NFKC').trim();
  return /^p\d+\.s\d+$/i.test(id) ? id.toLowerCase() : id;
}

/**
 * Reads the `Segments` sheet's rows by ID, in sheet order, and reports with its cell every row a spreadsheet or a
 * person changed in a way that matters: text without an ID, a second row of an ID, a cell turned into a number, a
 * date or a formula, `_x000D_` left by a converter, a target of only spaces, an unknown status. Of two rows with one
 * ID the first with a target wins; a second with another target is kept as unplaced, never dropped.
 */
export function readSegmentRows(table: SheetTable<SegmentColumnKey>, report: Report): SegmentRows {
  const byId = new Map<string, SegmentRow[]>();
  const unplaced: UnplacedRow[] = [];
  for (const row of table.rows) {
    const cell = (key: SegmentColumnKey) => fieldCell(table, row, key);
    const idRead = fieldRead(table, row, 'id');
    const id = normalizeId(idRead.text);
    const read = (key: SegmentColumnKey, what: string) => {
      const value = key === 'id' ? idRead : fieldRead(table, row, key);
      if (value.conversion) reportConversion(report, value, cell(key), what, id);
      return value.text;
    };
    read('id', 'ID');
    const source = clean(read('source', 'Source'), cell('source'), report, id);
    let target = clean(read('target', 'Target'), cell('target'), report, id);
    if (target !== '' && target.trim() === '') {
      report({
        code: 'workbook-blank-target',
        severity: 'info',
        message: `The Target of ${id || `row ${row.row}`} holds only spaces or line breaks; it is read as empty.`,
        cell: cell('target'),
        ...(id ? { id } : {}),
      });
      target = '';
    }
    const notes = clean(read('notes', 'Notes'), cell('notes'), report, id)
      .split(/\r\n|\r|\n/)
      .filter((line) => line.trim() !== '');
    const status = readStatus(table, row, target, id, report);

    if (!id) {
      // A row of only Terms text is harmless; a Source, Target or Notes without an ID cannot be placed.
      if (source.trim() || target.trim() || notes.length > 0) {
        report({
          code: 'workbook-missing-id',
          severity: target.trim() ? 'error' : 'warning',
          message:
            `Row ${row.row} has no ID, so it cannot be placed in the document` +
            `${target.trim() ? `; its target ${quoteShort(target)} is not used` : ''}. ` +
            'Give it the ID of the segment it belongs to (or move its text to that row).',
          cell: cell('id'),
        });
        unplaced.push({
          id: '',
          cell: cell('id'),
          source,
          target,
          status,
          notes,
          reason: `Row ${row.row} of the workbook had no ID`,
        });
      }
      continue;
    }

    let confidence: number | undefined;
    const confidenceText = fieldText(table, row, 'confidence').trim();
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

    const paragraphText = fieldText(table, row, 'paragraph');
    const paragraph = fieldWhole(table, row, 'paragraph');
    if (paragraphText.trim() && paragraph === undefined) {
      report({
        code: 'workbook-bad-paragraph',
        severity: 'warning',
        message: `Expected a paragraph number, got \`${paragraphText}\`.`,
        cell: cell('paragraph'),
        id,
      });
    }
    const kind = SegmentKind.safeParse(fieldText(table, row, 'kind').trim().toLowerCase());

    const list = byId.get(id) ?? [];
    list.push({
      id,
      row,
      idCell: cell('id'),
      sourceCell: cell('source'),
      targetCell: cell('target'),
      source,
      target,
      status,
      notes,
      ...(confidence === undefined ? {} : { confidence }),
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(kind.success ? { kind: kind.data } : {}),
    });
    byId.set(id, list);
  }

  const rows = new Map<string, SegmentRow>();
  for (const [id, list] of byId) {
    const chosen = list.find((r) => r.target.trim() !== '') ?? list[0]!;
    rows.set(id, chosen);
    for (const other of list) {
      if (other !== chosen) reportDuplicate(chosen, other, report, unplaced);
    }
  }
  return { rows, unplaced };
}

function readStatus(
  table: SheetTable<SegmentColumnKey>,
  row: TableRow,
  target: string,
  id: string,
  report: Report,
): SegmentStatus {
  const statusText = fieldText(table, row, 'status');
  const fallback: SegmentStatus = target.trim() ? 'draft' : 'new';
  if (!statusText.trim()) return fallback;
  const status = parseStatus(statusText);
  if (status) return status;
  report({
    code: 'workbook-unknown-status',
    severity: 'warning',
    message: `Expected a status of ${STATUS_VALUES.join(', ')}, got \`${statusText}\`; read as \`${fallback}\`.`,
    cell: fieldCell(table, row, 'status'),
    ...(id ? { id } : {}),
  });
  return fallback;
}

/** Cleans a cell's text, saying so when a converter left `_x000D_` in it. */
function clean(text: string, cell: string, report: Report, id: string): string {
  const cleaned = cleanCellText(text);
  if (cleaned.artefacts > 0) {
    report({
      code: 'workbook-cr-artefact',
      severity: 'info',
      message: `${cleaned.artefacts === 1 ? 'A' : cleaned.artefacts} \`_x000D_\` left by a converter (a Windows line end written out as text) ${cleaned.artefacts === 1 ? 'was' : 'were'} removed; the line breaks are kept.`,
      cell,
      ...(id ? { id } : {}),
    });
  }
  return cleaned.text;
}

function reportDuplicate(
  chosen: SegmentRow,
  other: SegmentRow,
  report: Report,
  unplaced: UnplacedRow[],
): void {
  const rows = `rows ${chosen.row.row} (${chosen.idCell}) and ${other.row.row} (${other.idCell})`;
  const conflict = other.target.trim() !== '' && other.target.trim() !== chosen.target.trim();
  if (!conflict) {
    report({
      code: 'workbook-duplicate-id',
      severity: 'warning',
      message:
        `ID ${chosen.id} is on ${rows}; row ${other.row.row} ` +
        `${other.target.trim() ? 'has the same target' : 'has no target'}, so row ${chosen.row.row} is used. ` +
        `Delete row ${other.row.row}.`,
      cell: other.idCell,
      id: chosen.id,
    });
    return;
  }
  report({
    code: 'workbook-duplicate-id',
    severity: 'error',
    message:
      `ID ${chosen.id} is on ${rows} with different targets: row ${chosen.row.row}'s is used and row ` +
      `${other.row.row}'s, ${quoteShort(other.target)}, is not. Keep the right one in one row and delete the other.`,
    cell: other.idCell,
    id: chosen.id,
  });
  unplaced.push({
    id: other.id,
    cell: other.idCell,
    source: other.source,
    target: other.target,
    status: other.status,
    notes: other.notes,
    reason: `Second row of ID ${other.id} (row ${other.row.row}), with another target than row ${chosen.row.row}`,
  });
}
