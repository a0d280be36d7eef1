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

export interface ColumnSpec<Key extends string = SegmentColumnKey> {
  readonly key: Key;
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

export type GlossaryColumnKey = 'source' | 'target' | 'alternatives' | 'note' | 'status' | 'count';

/** Columns of the `Glossary` sheet: the matched entries, each once, with how often they matched. */
export const GLOSSARY_COLUMNS: readonly ColumnSpec<GlossaryColumnKey>[] = [
  { key: 'source', header: 'Source', aliases: ['source', 'term'], width: 24, required: true },
  { key: 'target', header: 'Target', aliases: ['target', 'translation'], width: 34, required: true },
  { key: 'alternatives', header: 'Alternatives', aliases: ['alternatives', 'also'], width: 30 },
  { key: 'note', header: 'Note', aliases: ['note', 'notes'], width: 44 },
  { key: 'status', header: 'Status', aliases: ['status'], width: 11 },
  { key: 'count', header: 'Count', aliases: ['count', 'matches'], width: 8 },
];

export type TermMatchColumnKey = 'id' | 'matches';

/**
 * Columns of the hidden `TermMatches` sheet (format 2): one row per segment with matches. `Matches` is a JSON array
 * of `[start, end, entry]`: UTF-16 offsets into the segment's source and the 0-based row of the matched entry in the
 * hidden `TermEntries` sheet (entry 0 is on row 2). A segment whose list would not fit one cell continues on the
 * next rows, with the same ID. A book's hundreds of thousands of matches take one cell per segment, not eight.
 */
export const TERM_MATCH_COLUMNS: readonly ColumnSpec<TermMatchColumnKey>[] = [
  { key: 'id', header: 'ID', aliases: ['id'], width: 9, required: true },
  { key: 'matches', header: 'Matches', aliases: ['matches'], width: 60, required: true },
];

export type TermEntryColumnKey = 'source' | 'target' | 'targets' | 'note' | 'status';

/**
 * Columns of the hidden `TermEntries` sheet: each matched glossary entry once, as matched (the source variant found
 * in the text). `Targets` holds every accepted rendering as a JSON array: unlike one-per-line text it cannot be
 * misread whatever the renderings contain.
 */
export const TERM_ENTRY_COLUMNS: readonly ColumnSpec<TermEntryColumnKey>[] = [
  { key: 'source', header: 'Source', aliases: ['source'], width: 20, required: true },
  { key: 'target', header: 'Target', aliases: ['target'], width: 30, required: true },
  { key: 'targets', header: 'Targets', aliases: ['targets'], width: 40 },
  { key: 'note', header: 'Note', aliases: ['note'], width: 40 },
  { key: 'status', header: 'Status', aliases: ['status'], width: 11 },
];

export type LegacyTermMatchColumnKey = 'id' | 'start' | 'end' | TermEntryColumnKey;

/** Columns of the `TermMatches` sheet of format 1 workbooks: one row per match, its entry written out. */
export const LEGACY_TERM_MATCH_COLUMNS: readonly ColumnSpec<LegacyTermMatchColumnKey>[] = [
  { key: 'id', header: 'ID', aliases: ['id'], width: 9, required: true },
  { key: 'start', header: 'Start', aliases: ['start'], width: 7, required: true },
  { key: 'end', header: 'End', aliases: ['end'], width: 7, required: true },
  ...TERM_ENTRY_COLUMNS,
];

export type StructureColumnKey = 'id' | 'paragraph' | 'kind' | 'source';

/**
 * Columns of the hidden `Structure` sheet: every segment in document order with its source as exported. Translators
 * sort, filter and edit the `Segments` sheet; this copy lets an import restore document order and notice an edited
 * Source cell. Identical sources cost nothing: the workbook stores each distinct string once.
 */
export const STRUCTURE_COLUMNS: readonly ColumnSpec<StructureColumnKey>[] = [
  { key: 'id', header: 'ID', aliases: ['id'], width: 9, required: true },
  { key: 'paragraph', header: 'Paragraph', aliases: ['paragraph'], width: 10, required: true },
  { key: 'kind', header: 'Kind', aliases: ['kind'], width: 9 },
  { key: 'source', header: 'Source', aliases: ['source'], width: 60, required: true },
];

export type OrphanColumnKey = 'id' | 'source' | 'target' | 'status' | 'notes' | 'reason';

/**
 * Columns of the `Orphans` sheet: translations whose segment is gone (source deleted or rewritten when the document
 * was re-aligned, rows that could not be placed). Visible, so the translator can copy a translation back by hand.
 */
export const ORPHAN_COLUMNS: readonly ColumnSpec<OrphanColumnKey>[] = [
  { key: 'id', header: 'ID', aliases: ['id', 'old id', 'segment'], width: 9 },
  { key: 'source', header: 'Source', aliases: ['source'], width: 50 },
  { key: 'target', header: 'Target', aliases: ['target', 'translation'], width: 50, required: true },
  { key: 'status', header: 'Status', aliases: ['status'], width: 13 },
  { key: 'notes', header: 'Notes', aliases: ['notes', 'note'], width: 30 },
  { key: 'reason', header: 'Why here', aliases: ['why here', 'reason'], width: 40 },
];

export type QaColumnKey = 'severity' | 'code' | 'cell' | 'id' | 'source' | 'target' | 'message';

/** Columns of the QA report (`<name>.qa.xlsx`): one row per finding, in document order. */
export const QA_COLUMNS: readonly ColumnSpec<QaColumnKey>[] = [
  { key: 'severity', header: 'Severity', aliases: ['severity'], width: 10 },
  { key: 'code', header: 'Check', aliases: ['check', 'code'], width: 24 },
  { key: 'cell', header: 'Cell', aliases: ['cell'], width: 14 },
  { key: 'id', header: 'ID', aliases: ['id'], width: 9 },
  { key: 'source', header: 'Source', aliases: ['source'], width: 45 },
  { key: 'target', header: 'Target', aliases: ['target'], width: 45 },
  { key: 'message', header: 'Problem', aliases: ['problem', 'message'], width: 60 },
];

export type MetaColumnKey = 'key' | 'value';

/** Columns of the hidden `Meta` sheet: one document property per row. */
export const META_COLUMNS: readonly ColumnSpec<MetaColumnKey>[] = [
  { key: 'key', header: 'Key', aliases: ['key'], width: 18, required: true },
  { key: 'value', header: 'Value', aliases: ['value'], width: 50, required: true },
];

/** Keys of the `Meta` sheet, in the order they are written. */
export const META_KEYS = [
  'formatVersion',
  'tool',
  'name',
  'sourceFile',
  'sourceLanguage',
  'targetLanguage',
  'created',
  'paragraphs',
] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Sheet names of the workbook. */
export const SHEETS = {
  segments: 'Segments',
  glossary: 'Glossary',
  /** Visible, only when there are any: translations whose segment is gone (ID, Source, Target, Status, Notes, Why here). */
  orphans: 'Orphans',
  /** The one sheet of a QA report. */
  qa: 'QA',
  /** Hidden: the term matches of each segment (ID, Matches). */
  terms: 'TermMatches',
  /** Hidden: the matched entries the TermMatches sheet refers to (Source, Target, Targets, Note, Status). */
  termEntries: 'TermEntries',
  /** Hidden: the segments in document order with their source as exported (ID, Paragraph, Kind, Source). */
  structure: 'Structure',
  /** Hidden: key/value pairs (format version, name, languages, source file, created, paragraphs). */
  meta: 'Meta',
} as const;

/** Bumped when the workbook layout changes in a way a reader must know about. */
export const WORKBOOK_FORMAT_VERSION = 2;

/** The `tool` written in the `Meta` sheet. */
export const WORKBOOK_TOOL = 'tandem';

/** Excel's hard limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Excel's hard limit on the rows of one worksheet. */
export const EXCEL_ROW_LIMIT = 1_048_576;

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

/** A cell's address as findings give it: `Segments!C14` for 0-based column 2 of 1-based row 14. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${sheet}!${columnLetter(column)}${row}`;
}
