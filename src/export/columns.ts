/**
 * The translator workbook's layout, declared once: the XLSX writer lays columns out from it and the
 * workbook reader finds them by header with it, so the two can never drift apart.
 */

export type SegmentColumnKey =
  | 'id'
  | 'source'
  | 'target'
  | 'status'
  | 'terms'
  | 'notes'
  | 'confidence'
  | 'paragraph'
  | 'kind';

export interface ColumnSpec {
  readonly key: SegmentColumnKey;
  /** Header text written in row 1. */
  readonly header: string;
  /** Other headers accepted when reading a workbook someone else laid out (lower-case). */
  readonly aliases: readonly string[];
  /** Width in characters. */
  readonly width: number;
  /** Helper columns the translator does not need to see. */
  readonly hidden?: boolean;
  /** Reading fails without it. */
  readonly required?: boolean;
}

/** Columns of the `Segments` sheet, in order. The first six are the public contract: ID | Source | Target | Status | Terms | Notes. */
export const SEGMENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', header: 'ID', aliases: ['id', 'segment', 'segment id', 'seg'], width: 9, required: true },
  {
    key: 'source',
    header: 'Source',
    aliases: ['source', 'src', 'source text', 'original'],
    width: 60,
    required: true,
  },
  {
    key: 'target',
    header: 'Target',
    aliases: ['target', 'translation', 'tgt', 'target text', 'translated'],
    width: 60,
    required: true,
  },
  { key: 'status', header: 'Status', aliases: ['status', 'state'], width: 13 },
  { key: 'terms', header: 'Terms', aliases: ['terms', 'term', 'glossary'], width: 34 },
  { key: 'notes', header: 'Notes', aliases: ['notes', 'note', 'comment', 'comments'], width: 30 },
  { key: 'confidence', header: 'Confidence', aliases: ['confidence', 'score'], width: 11 },
  { key: 'paragraph', header: 'Paragraph', aliases: ['paragraph', 'para'], width: 10, hidden: true },
  { key: 'kind', header: 'Kind', aliases: ['kind', 'type'], width: 9, hidden: true },
];

/** Sheet names of the workbook. */
export const SHEETS = {
  segments: 'Segments',
  glossary: 'Glossary',
  /** Hidden: one row per term match (ID, Start, End, Source, Target, Targets, Note, Status). */
  terms: 'TermMatches',
  /** Hidden: key/value pairs (format version, name, languages, source file, created, paragraphs). */
  meta: 'Meta',
} as const;

/** Bumped when the workbook layout changes in a way a reader must know about. */
export const WORKBOOK_FORMAT_VERSION = 1;

/** Excel's hard limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Spreadsheet column letter for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
