import type * as XLSX from 'xlsx';
import { countTerms } from '../align/count-terms.js';
import {
  EXCEL_ROW_LIMIT,
  GLOSSARY_COLUMNS,
  META_COLUMNS,
  ORPHAN_COLUMNS,
  SEGMENT_COLUMNS,
  type SegmentColumnKey,
  SHEETS,
  STRUCTURE_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
} from '../export/columns.js';
import {
  AlignedDocument,
  type AlignedSegment,
  type Finding,
  type Orphan,
  SegmentKind,
  type TermMatch,
  type UsedTerm,
} from '../model/index.js';
import type { SpreadsheetKind } from '../read/inspect-spreadsheet.js';
import { cleanCellText } from './clean-cell-text.js';
import { inferStructure } from './infer-structure.js';
import { openSpreadsheet } from './open-spreadsheet.js';
import { quoteShort } from './quote-short.js';
import { readGlossarySheet } from './read-glossary-sheet.js';
import { type MetaValue, readMetaSheet } from './read-meta-sheet.js';
import { readOrphansSheet } from './read-orphans-sheet.js';
import { normalizeId, readSegmentRows, type SegmentRow, type UnplacedRow } from './read-segment-rows.js';
import { readTermMatches, type TermMatchRow } from './read-term-matches.js';
import { fieldCell, fieldText, fieldWhole, parseWhole, type Report, readTable } from './sheet-table.js';

/**
 * Rows read per sheet at most: as many as a spreadsheet holds, which is as many as tandem writes (a 20 MB book's
 * Segments sheet has 150,000). A sheet with more was not saved by a spreadsheet program; refusing a hostile one of a
 * million rows takes SheetJS about five seconds.
 */
export const MAX_SHEET_ROWS = EXCEL_ROW_LIMIT;

/** Larger than any translator's workbook by far; a bigger file is refused, or passed over, before it is read. */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

/** Options of {@link readWorkbook}. */
export interface WorkbookReadOptions {
  /** Rows read per sheet at most; a sheet with more is refused rather than read in part. Default {@link MAX_SHEET_ROWS}. */
  readonly maxRows?: number;
  /**
   * Read only the translator's work and the document's structure (`Segments`, `Structure`, `Orphans`, `Meta`), not
   * the term sheets: the segments come back without term matches and the document without its glossary. Carrying
   * work over to a new run needs no more, and a book's term sheets are a quarter of its workbook.
   */
  readonly workOnly?: boolean;
}

/** The sheets {@link WorkbookReadOptions.workOnly} reads. */
const WORK_SHEETS = [SHEETS.segments, SHEETS.structure, SHEETS.orphans, SHEETS.meta];

/** What is known about where each segment sat in the workbook: for cells in findings, QA and carrying work over. */
export interface WorkbookLayout {
  readonly kind: SpreadsheetKind;
  /** The sheet the segments came from, as cells name it: `Segments`, or a CSV file's name as Excel names its sheet. */
  readonly sheet: string;
  /** 0-based column of each `Segments` column found by its header. */
  readonly columns: Readonly<Partial<Record<SegmentColumnKey, number>>>;
  /** 1-based sheet row of each segment's row. */
  readonly rows: ReadonlyMap<string, number>;
  /** The ids the document has, in document order: from `Structure`, or the IDs of the rows and the gaps between them. */
  readonly expectedIds: readonly string[];
  /** Ids whose row was deleted: rebuilt from `Structure` with an empty target. */
  readonly missingIds: readonly string[];
  /** Rows with text that could not be placed: no ID, an unknown ID, a second row of an ID with another target. */
  readonly unplaced: readonly UnplacedRow[];
  /** Whether the hidden `Structure` and `Meta` sheets were there (a CSV or a re-saved single sheet has neither). */
  readonly hasStructure: boolean;
  readonly hasMeta: boolean;
}

/** What reading a workbook gives: the document when it could be rebuilt, and every problem found on the way. */
export interface WorkbookReadResult {
  readonly document?: AlignedDocument;
  readonly findings: Finding[];
  /** Present with `document`. */
  readonly layout?: WorkbookLayout;
}

/** A segment as the hidden `Structure` sheet records it: document order and the source as exported. */
interface StructureRow {
  readonly id: string;
  readonly paragraph: number;
  readonly kind: SegmentKind;
  readonly source: string;
}

/**
 * Rebuilds an aligned document from a translator's workbook — the one {@link writeWorkbook} wrote, as Excel,
 * LibreOffice, WPS or Google Sheets saved it again, or as .ods, .xls or .csv: rows matched by ID (never by position),
 * document order and original sources from the hidden `Structure` sheet, term matches from `TermMatches`, document
 * properties from `Meta`, kept orphans from `Orphans`. Without the hidden sheets the IDs give order and paragraphs.
 * Problems are findings with their cell (`Segments!C14`), never exceptions; `document` is absent only when the
 * workbook cannot be used at all (not a spreadsheet, no Segments sheet, a header missing), and the message says which.
 * The workbook does not carry the document's `findings`: those come back empty.
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

  const opened = openSpreadsheet(bytes, fileName, maxRows, {
    ...(options.workOnly ? { sheets: WORK_SHEETS } : {}),
    checkMemory: true,
  });
  if (!opened.ok) return fail(opened.code, opened.message);
  const { workbook, kind } = opened;

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
        `more than ${maxRows.toLocaleString('en')} rows; only that many are read, and ` +
        'a workbook made by tandem never has that many. Remove the empty or extra rows and try again.',
    );
  }

  // A CSV is one sheet, whatever SheetJS calls it; Excel names it after the file, and so do our cells.
  const csv = kind === 'csv';
  const segmentsSheet = csv ? workbook.Sheets[workbook.SheetNames[0] ?? ''] : sheetNamed(SHEETS.segments);
  if (!segmentsSheet) {
    return fail(
      'workbook-no-segments-sheet',
      `${fileName} has no ${SHEETS.segments} sheet (it has ${workbook.SheetNames.join(', ') || 'no sheets'}).`,
    );
  }
  const sheetName = csv
    ? baseName(fileName)
    : (workbook.SheetNames.find((n) => n.toLowerCase() === SHEETS.segments.toLowerCase()) ?? SHEETS.segments);
  const segmentsTable = readTable(segmentsSheet, sheetName, SEGMENT_COLUMNS);
  if (segmentsTable.missing.length > 0) {
    const headers = segmentsTable.missing.map((key) => SEGMENT_COLUMNS.find((c) => c.key === key)!.header);
    return fail(
      'workbook-missing-column',
      `The ${sheetName} sheet has no ${headers.join(', ')} column; its header row must name ` +
        `${SEGMENT_COLUMNS.filter((c) => c.required)
          .map((c) => c.header)
          .join(', ')}.`,
    );
  }
  const { rows, unplaced } = readSegmentRows(segmentsTable, report);

  const metaSheet = sheetNamed(SHEETS.meta);
  const meta = metaSheet
    ? readMetaSheet(readTable(metaSheet, SHEETS.meta, META_COLUMNS))
    : new Map<string, MetaValue>();
  if (!metaSheet) {
    report({
      code: 'workbook-no-meta',
      severity: 'info',
      message: `${fileName} has no ${SHEETS.meta} sheet (a CSV, or hidden sheets dropped); the languages are told from the text.`,
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
    ? readTermMatches(termsSheet, sheetNamed(SHEETS.termEntries), report)
    : new Map<string, TermMatchRow[]>();

  let segments: AlignedSegment[];
  let expectedIds: string[];
  const missingIds: string[] = [];
  if (order) {
    segments = segmentsInOrder(order, rows, report, missingIds, unplaced);
    expectedIds = segments.map((s) => s.id);
  } else {
    if (!csv) {
      report({
        code: 'workbook-no-structure',
        severity: 'info',
        message: `${fileName} has no hidden ${SHEETS.structure} sheet; the IDs give the document order and paragraphs.`,
      });
    }
    ({ segments, expectedIds } = inferStructure([...rows.values()], report));
    reportLostText(segments, report);
  }
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

  const orphansSheet = sheetNamed(SHEETS.orphans);
  const orphans: Orphan[] = orphansSheet
    ? readOrphansSheet(readTable(orphansSheet, SHEETS.orphans, ORPHAN_COLUMNS))
    : [];

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
    ...(orphans.length > 0 ? { orphans } : {}),
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
  const rowNumbers = new Map<string, number>();
  for (const segment of parsed.data.segments) {
    const row = rows.get(segment.id);
    if (row) rowNumbers.set(segment.id, row.row.row);
  }
  return {
    document: parsed.data,
    findings,
    layout: {
      kind,
      sheet: sheetName,
      columns: segmentsTable.columns,
      rows: rowNumbers,
      expectedIds,
      missingIds,
      unplaced,
      hasStructure: order !== undefined,
      hasMeta: metaSheet !== undefined,
    },
  };
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
      message: `The hidden ${SHEETS.structure} sheet lacks its ${table.missing.join(', ')} column; the IDs give the document order.`,
    });
    return undefined;
  }
  const order: StructureRow[] = [];
  for (const row of table.rows) {
    const id = normalizeId(fieldText(table, row, 'id'));
    const paragraph = fieldWhole(table, row, 'paragraph');
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
    // Cleaned like the Source cells it is compared with, should a converter have touched every sheet.
    order.push({
      id,
      paragraph,
      kind: kind.data,
      source: cleanCellText(fieldText(table, row, 'source')).text,
    });
  }
  return order;
}

/**
 * Document order from `Structure`, text from the rows: a sorted or filtered sheet still rebuilds the document. A
 * deleted row comes back with an empty target (and its id in `missingIds`); a row whose ID the document does not
 * have is reported and kept in `unplaced`.
 */
function segmentsInOrder(
  order: readonly StructureRow[],
  rows: ReadonlyMap<string, SegmentRow>,
  report: Report,
  missingIds: string[],
  unplaced: UnplacedRow[],
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
        severity: 'error',
        message: `Segment ${entry.id} has no row in ${SHEETS.segments} (deleted?), so its passage is not translated; restore its row from the original workbook.`,
        id: entry.id,
      });
      missingIds.push(entry.id);
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
    if (placed.has(row.id)) continue;
    const translated = row.target.trim() !== '';
    report({
      code: 'workbook-unknown-id',
      severity: translated ? 'error' : 'warning',
      message:
        `ID ${row.id} is not a segment of the document, so row ${row.row.row} cannot be placed` +
        `${translated ? `; its target ${quoteShort(row.target)} is not used` : ''}. Give the row the ID of its segment.`,
      cell: row.idCell,
      id: row.id,
    });
    if (translated || row.notes.length > 0 || row.source.trim()) {
      unplaced.push({
        id: row.id,
        cell: row.idCell,
        source: row.source,
        target: row.target,
        status: row.status,
        notes: row.notes,
        reason: `Row ${row.row.row} of the workbook had ID ${row.id}, which is not a segment of the document`,
      });
    }
  }
  return segments;
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

/**
 * A CSV saved in an encoding that cannot hold the source language (LibreOffice's and Excel's "Western" defaults)
 * turns every Chinese character into `?`. With no `Structure` sheet to fall back on, say so rather than build
 * documents of question marks.
 */
function reportLostText(segments: readonly AlignedSegment[], report: Report): void {
  let marks = 0;
  let letters = 0;
  for (const segment of segments) {
    for (const ch of segment.source) {
      if (ch === '?') marks++;
      else if (/\p{L}/u.test(ch)) letters++;
    }
  }
  if (marks > 20 && marks > letters) {
    report({
      code: 'workbook-text-lost',
      severity: 'error',
      message:
        'The Source column is mostly question marks: the file was saved in an encoding that cannot hold the source ' +
        'language, and the text is lost. Save the workbook again as .xlsx, or as “CSV UTF-8”.',
    });
  }
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
