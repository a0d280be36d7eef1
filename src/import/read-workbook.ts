import * as XLSX from 'xlsx';
import { countTerms } from '../align/count-terms.js';
import {
  GLOSSARY_COLUMNS,
  META_COLUMNS,
  SEGMENT_COLUMNS,
  SHEETS,
  STRUCTURE_COLUMNS,
  TERM_MATCH_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
} from '../export/columns.js';
import {
  AlignedDocument,
  type AlignedSegment,
  type Finding,
  SegmentKind,
  type TermMatch,
  type UsedTerm,
} from '../model/index.js';
import { readGlossarySheet } from './read-glossary-sheet.js';
import { type MetaValue, readMetaSheet } from './read-meta-sheet.js';
import { readSegmentRows, type SegmentRow } from './read-segment-rows.js';
import { readTermMatches, type TermMatchRow } from './read-term-matches.js';
import { fieldCell, fieldText, parseWhole, type Report, readTable } from './sheet-table.js';

/** Rows read per sheet at most: far above any real document, low enough that a hostile sheet cannot exhaust memory. */
export const MAX_SHEET_ROWS = 500_000;

/** Options of {@link readWorkbook}. */
export interface WorkbookReadOptions {
  /** Rows read per sheet at most; a sheet with more is refused rather than read in part. Default {@link MAX_SHEET_ROWS}. */
  readonly maxRows?: number;
}

/** What reading a workbook gives: the document when it could be rebuilt, and every problem found on the way. */
export interface WorkbookReadResult {
  readonly document?: AlignedDocument;
  readonly findings: Finding[];
}

/** A segment as the hidden `Structure` sheet records it: document order and the source as exported. */
interface StructureRow {
  readonly id: string;
  readonly paragraph: number;
  readonly kind: SegmentKind;
  readonly source: string;
}

/**
 * Rebuilds an aligned document from a workbook written by {@link writeWorkbook}: rows matched by ID, document order
 * and original sources from the hidden `Structure` sheet, term matches from `TermMatches`, document properties from
 * `Meta`. Problems are findings with their cell (`Segments!C14`), never exceptions; `document` is absent only when
 * the workbook cannot be used at all. The workbook does not carry the document's `findings`: those come back empty.
 */
export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookReadOptions = {},
): WorkbookReadResult {
  const maxRows = options.maxRows ?? MAX_SHEET_ROWS;
  const findings: Finding[] = [];
  const report: Report = (finding) => findings.push({ ...finding, file: fileName });
  const fail = (code: string, message: string): WorkbookReadResult => {
    report({ code, severity: 'error', message });
    return { findings };
  };

  let workbook: XLSX.WorkBook;
  try {
    // Values only: no formulas, HTML, styles or macros, which also keeps hostile content out.
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      sheetRows: maxRows + 1,
    });
  } catch (error) {
    return fail(
      'workbook-unreadable',
      `${fileName} could not be read as a spreadsheet: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const sheetNamed = (name: string): XLSX.WorkSheet | undefined => {
    const found = workbook.SheetNames.find((n) => n.toLowerCase() === name.toLowerCase());
    return found === undefined ? undefined : workbook.Sheets[found];
  };
  // One row more than the cap was read: a sheet that filled it goes on beyond it.
  const truncated = workbook.SheetNames.filter(
    (name) => (workbook.Sheets[name]?.['!data']?.length ?? 0) > maxRows,
  );
  if (truncated.length > 0) {
    return fail(
      'workbook-too-many-rows',
      `${truncated.length > 1 ? 'Sheets' : 'Sheet'} ${truncated.join(', ')} ${truncated.length > 1 ? 'have' : 'has'} ` +
        `more than ${maxRows.toLocaleString('en')} rows; ` +
        'a workbook made by tandem never has that many. Remove the empty or extra rows and try again.',
    );
  }

  const segmentsSheet = sheetNamed(SHEETS.segments);
  if (!segmentsSheet) {
    return fail(
      'workbook-no-segments-sheet',
      `${fileName} has no ${SHEETS.segments} sheet (it has ${workbook.SheetNames.join(', ') || 'no sheets'}).`,
    );
  }
  const segmentsTable = readTable(segmentsSheet, SHEETS.segments, SEGMENT_COLUMNS);
  if (segmentsTable.missing.length > 0) {
    const headers = segmentsTable.missing.map((key) => SEGMENT_COLUMNS.find((c) => c.key === key)!.header);
    return fail(
      'workbook-missing-column',
      `The ${SHEETS.segments} sheet has no ${headers.join(', ')} column; its header row must name ` +
        `${SEGMENT_COLUMNS.filter((c) => c.required)
          .map((c) => c.header)
          .join(', ')}.`,
    );
  }
  const rows = readSegmentRows(segmentsTable, report);

  const metaSheet = sheetNamed(SHEETS.meta);
  const meta = metaSheet
    ? readMetaSheet(readTable(metaSheet, SHEETS.meta, META_COLUMNS))
    : new Map<string, MetaValue>();
  if (!metaSheet) {
    report({
      code: 'workbook-no-meta',
      severity: 'warning',
      message: `${fileName} has no ${SHEETS.meta} sheet; languages and the source file name are unknown.`,
    });
  }
  const version = meta.get('formatVersion');
  if (version && (parseWhole(version.value) ?? 0) > WORKBOOK_FORMAT_VERSION) {
    report({
      code: 'workbook-newer-format',
      severity: 'warning',
      message: `The workbook was made by a newer tandem (format ${version.value}, this one reads ${WORKBOOK_FORMAT_VERSION}); update tandem if something is missing.`,
      cell: version.cell,
    });
  }

  const structureSheet = sheetNamed(SHEETS.structure);
  const order = structureSheet ? readStructure(structureSheet, report) : undefined;

  const termsSheet = sheetNamed(SHEETS.terms);
  const termMatches = termsSheet
    ? readTermMatches(readTable(termsSheet, SHEETS.terms, TERM_MATCH_COLUMNS), report)
    : new Map<string, TermMatchRow[]>();

  const segments = order ? segmentsInOrder(order, rows, report) : segmentsAsListed(rows, report);
  for (const segment of segments) segment.terms = matchesOf(segment, termMatches.get(segment.id), report);
  const known = new Set(segments.map((s) => s.id));
  for (const [id, list] of termMatches) {
    if (!known.has(id)) {
      report({
        code: 'workbook-unknown-id',
        severity: 'warning',
        message: `${SHEETS.terms} has matches for ${id}, which is not a segment of the document; they are skipped.`,
        cell: list[0]!.cell,
        id,
      });
    }
  }

  const glossarySheet = sheetNamed(SHEETS.glossary);
  const terms: UsedTerm[] = glossarySheet
    ? readGlossarySheet(readTable(glossarySheet, SHEETS.glossary, GLOSSARY_COLUMNS), report)
    : countTerms(segments);

  const paragraphs =
    parseWhole(meta.get('paragraphs')?.value ?? '') ?? segments.reduce((n, s) => Math.max(n, s.paragraph), 0);
  const candidate = {
    name: meta.get('name')?.value || baseName(fileName),
    sourceFile: meta.get('sourceFile')?.value ?? '',
    sourceLanguage: meta.get('sourceLanguage')?.value ?? '',
    targetLanguage: meta.get('targetLanguage')?.value ?? '',
    created: meta.get('created')?.value ?? '',
    paragraphs,
    segments,
    terms,
    findings: [],
  };
  const parsed = AlignedDocument.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index] = issue.path;
      const id = first === 'segments' && typeof index === 'number' ? segments[index]?.id : undefined;
      report({
        code: 'workbook-invalid',
        severity: 'error',
        message: `${issue.path.join('.')}: ${issue.message}`,
        ...(id ? { id } : {}),
      });
    }
    return { findings };
  }
  return { document: parsed.data, findings };
}

/** `output/interview.xlsx` → `interview`. */
function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '') || 'document';
}

function readStructure(sheet: XLSX.WorkSheet, report: Report): StructureRow[] | undefined {
  const table = readTable(sheet, SHEETS.structure, STRUCTURE_COLUMNS);
  if (table.missing.length > 0) {
    report({
      code: 'workbook-bad-structure',
      severity: 'warning',
      message: `The hidden ${SHEETS.structure} sheet lacks its ${table.missing.join(', ')} column; rows are read in sheet order.`,
    });
    return undefined;
  }
  const order: StructureRow[] = [];
  for (const row of table.rows) {
    const id = fieldText(table, row, 'id').trim();
    const paragraph = parseWhole(fieldText(table, row, 'paragraph'));
    const kind = SegmentKind.safeParse(fieldText(table, row, 'kind').trim() || 'text');
    if (!id || paragraph === undefined || !kind.success) {
      report({
        code: 'workbook-bad-structure',
        severity: 'warning',
        message: `Row ${row.row} of the hidden ${SHEETS.structure} sheet is unreadable; it is skipped.`,
        cell: fieldCell(table, row, 'id'),
      });
      continue;
    }
    order.push({ id, paragraph, kind: kind.data, source: fieldText(table, row, 'source') });
  }
  return order;
}

/** Document order from `Structure`, text from the rows: a sorted or filtered sheet still rebuilds the document. */
function segmentsInOrder(
  order: readonly StructureRow[],
  rows: ReadonlyMap<string, SegmentRow>,
  report: Report,
): AlignedSegment[] {
  const segments: AlignedSegment[] = [];
  const placed = new Set<string>();
  for (const entry of order) {
    if (placed.has(entry.id)) continue;
    placed.add(entry.id);
    const row = rows.get(entry.id);
    if (!row) {
      report({
        code: 'workbook-missing-row',
        severity: 'warning',
        message: `Segment ${entry.id} has no row in ${SHEETS.segments} (deleted?); it is rebuilt with an empty target.`,
        id: entry.id,
      });
      segments.push({ ...entry, target: '', status: 'new', notes: [], terms: [] });
      continue;
    }
    if (row.source !== entry.source) {
      report({
        code: 'workbook-source-edited',
        severity: 'warning',
        message: `The Source of ${entry.id} was edited; the original source is kept. Put changes in Target or Notes.`,
        cell: row.sourceCell,
        id: entry.id,
      });
    }
    segments.push(segmentOf(row, entry));
  }
  for (const row of rows.values()) {
    if (!placed.has(row.id)) {
      report({
        code: 'workbook-unknown-id',
        severity: 'warning',
        message: `ID ${row.id} is not a segment of the document; its row is skipped.`,
        cell: row.idCell,
        id: row.id,
      });
    }
  }
  return segments;
}

/** Without `Structure` (a workbook re-saved as a single sheet), rows are the document, in sheet order. */
function segmentsAsListed(rows: ReadonlyMap<string, SegmentRow>, report: Report): AlignedSegment[] {
  return [...rows.values()].map((row) => {
    if (row.paragraph === undefined) {
      report({
        code: 'workbook-no-paragraph',
        severity: 'warning',
        message: `Segment ${row.id} has no paragraph number; it is put in paragraph 0.`,
        id: row.id,
      });
    }
    return segmentOf(row, { source: row.source, paragraph: row.paragraph ?? 0, kind: row.kind ?? 'text' });
  });
}

function segmentOf(
  row: SegmentRow,
  structure: Pick<StructureRow, 'source' | 'paragraph' | 'kind'>,
): AlignedSegment {
  return {
    id: row.id,
    paragraph: structure.paragraph,
    kind: structure.kind,
    source: structure.source,
    target: row.target,
    status: row.status,
    notes: row.notes,
    terms: [],
    ...(row.confidence === undefined ? {} : { confidence: row.confidence }),
  };
}

/** A segment's term matches, dropping any whose offsets fall outside its source. */
function matchesOf(
  segment: AlignedSegment,
  list: readonly TermMatchRow[] | undefined,
  report: Report,
): TermMatch[] {
  return (list ?? []).flatMap(({ match, cell }) => {
    if (match.end <= segment.source.length) return [match];
    report({
      code: 'workbook-bad-term-match',
      severity: 'warning',
      message: `The match of ${match.source} at ${match.start}–${match.end} lies outside the ${segment.source.length}-character source of ${segment.id}; it is skipped.`,
      cell,
      id: segment.id,
    });
    return [];
  });
}
