import { DocumentEntries } from '../glossary/term-entries.js';
import {
  type AlignedDocument,
  type AlignedSegment,
  type Finding,
  STATUS_VALUES,
  type TermMatch,
} from '../model/index.js';
import { digitCount } from './byte-writer.js';
import { cellTextXml } from './cell-text.js';
import {
  type ColumnSpec,
  cellAddress,
  columnLetter,
  EXCEL_CELL_LIMIT,
  GLOSSARY_COLUMNS,
  META_COLUMNS,
  type MetaKey,
  ORPHAN_COLUMNS,
  QA_COLUMNS,
  SEGMENT_COLUMNS,
  type SegmentColumnKey,
  SHEETS,
  STRUCTURE_COLUMNS,
  TERM_ENTRY_COLUMNS,
  TERM_MATCH_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
  WORKBOOK_TOOL,
} from './columns.js';
import { termLines } from './term-spans.js';
import { wrappedLines } from './text-width.js';
import { WorkbookWriter } from './workbook/package.js';
import {
  type CellValue,
  type CellWriter,
  heightForLines,
  listValidation,
  type SheetBuilder,
  type SheetLayout,
  WorkbookCellTooLongError,
} from './workbook/sheet-xml.js';
import { STYLE, type StyleName } from './workbook/styles.js';
import type { TextEntry } from './zip-writer.js';

export { WorkbookCellTooLongError, WorkbookTooManyRowsError } from './workbook/sheet-xml.js';

const SEGMENT_STYLES: Record<SegmentColumnKey, StyleName> = {
  id: 'quiet',
  source: 'body',
  target: 'target',
  status: 'status',
  terms: 'quiet',
  notes: 'quiet',
  confidence: 'quietRight',
  paragraph: 'quiet',
  kind: 'quiet',
};

/**
 * Shared string indexes of the few texts written on every row (paragraph numbers, kinds, statuses), each looked
 * up once: a book writes them hundreds of thousands of times.
 */
class FewTexts {
  readonly #sheet: SheetBuilder;
  readonly #paragraphs: number[] = [];
  readonly #texts = new Map<string, number>();

  constructor(sheet: SheetBuilder) {
    this.#sheet = sheet;
  }

  paragraph(n: number): number {
    let index = this.#paragraphs[n];
    if (index === undefined) {
      index = this.#sheet.sharedIndex(String(n));
      this.#paragraphs[n] = index;
    }
    return index;
  }

  text(text: string): number {
    let index = this.#texts.get(text);
    if (index === undefined) {
      index = this.#sheet.sharedIndex(text);
      this.#texts.set(text, index);
    }
    return index;
  }
}

/** One entry's line of a Terms cell, made once per entry. */
interface TermLine {
  readonly text: string;
  /** The line as cell XML, encoded. */
  readonly xml: Buffer;
  /** Lines it wraps to in the Terms column. */
  readonly rows: number;
}

const TERMS_COLUMN = SEGMENT_COLUMNS.findIndex((c) => c.key === 'terms');

/**
 * The Terms cell of each segment, the lines {@link termLines} gives, written as bytes from each entry's line,
 * escaped, encoded and measured once: a book has hundreds of thousands of matches of a few thousand entries, and
 * building each cell's text cost more than writing it.
 */
class TermLines {
  readonly #entries: DocumentEntries;
  readonly #lines: TermLine[] = [];
  /** Width the Terms column wraps text at, as {@link rowLines} measures it. */
  readonly #width = SEGMENT_COLUMNS[TERMS_COLUMN]!.width - 2;
  /** The lines of the segment last asked about. */
  readonly #chosen: TermLine[] = [];
  readonly write: CellWriter = (out) => {
    for (let k = 0; k < this.#chosen.length; k++) {
      if (k > 0) out.ascii('\n');
      out.bytes(this.#chosen[k]!.xml);
    }
  };

  /**
   * Whether the cell starts or ends with white space, which the cell must be told to keep: {@link text} gives it as
   * text then, for the sheet to write as any other.
   */
  spaced = false;

  constructor(entries: DocumentEntries) {
    this.#entries = entries;
  }

  /** The cell's text, as {@link write} writes it. */
  text(): string {
    return this.#chosen.map((line) => line.text).join('\n');
  }

  /**
   * Takes segment `i`'s lines, for {@link write}; gives back the lines its cell wraps to, 0 when it is empty. A cell
   * longer than Excel holds throws, naming it, as any other cell would.
   */
  of(segment: AlignedSegment, i: number): number {
    const terms = segment.terms;
    const chosen = this.#chosen;
    chosen.length = 0;
    // A segment has a handful of matches: looking through the lines so far is cheaper than a Set per segment.
    const seen = terms.length > 16 ? new Set<string>() : undefined;
    let length = -1;
    let rows = 0;
    for (let k = 0; k < terms.length; k++) {
      const line = this.#line(terms[k]!, this.#entries.numberOf(i, k));
      // Entries that differ only in note or alternatives make the same line, shown once.
      if (seen ? seen.has(line.text) : chosen.some((c) => c.text === line.text)) continue;
      seen?.add(line.text);
      chosen.push(line);
      length += line.text.length + 1;
      rows += line.rows;
    }
    const last = chosen.at(-1)?.text ?? '';
    this.spaced =
      chosen.length > 0 &&
      (chosen[0]!.text.charCodeAt(0) <= 0x20 || last.charCodeAt(last.length - 1) <= 0x20);
    if (length > EXCEL_CELL_LIMIT) {
      throw new WorkbookCellTooLongError(
        cellAddress(SHEETS.segments, i + 2, TERMS_COLUMN),
        length,
        segment.id,
      );
    }
    return rows;
  }

  #line(term: TermMatch, n: number): TermLine {
    let line = this.#lines[n];
    if (line === undefined) {
      const text = termLines([term])[0]!;
      line = { text, xml: Buffer.from(cellTextXml(text)), rows: cellLines(text, this.#width) };
      this.#lines[n] = line;
    }
    return line;
  }
}

/** Columns of the Segments sheet whose values are shared string indexes from {@link FewTexts}. */
const FEW_TEXT_COLUMNS: readonly SegmentColumnKey[] = ['status', 'paragraph', 'kind'];

function segmentValues(
  few: FewTexts,
  lines: TermLines,
): Record<SegmentColumnKey, (segment: AlignedSegment, i: number) => CellValue> {
  return {
    id: (s) => s.id,
    source: (s) => s.source,
    target: (s) => s.target,
    status: (s) => few.text(s.status),
    // Written by `lines`, which {@link writeSegments} has asked about the segment.
    terms: () => lines.write,
    notes: (s) => s.notes.join('\n'),
    // Full precision so the value reads back exactly; text so it sorts and never turns into a date.
    confidence: (s) => (s.confidence === undefined ? '' : String(s.confidence)),
    paragraph: (s) => few.paragraph(s.paragraph),
    kind: (s) => few.text(s.kind),
  };
}

/** Style indexes of a row of `columns`, each column's own. */
function styleRow<Key extends string>(
  columns: readonly ColumnSpec<Key>[],
  style: (column: ColumnSpec<Key>, i: number) => StyleName,
): number[] {
  return columns.map((column, i) => STYLE[style(column, i)]);
}

function layoutOf<Key extends string>(
  columns: readonly ColumnSpec<Key>[],
  options: Omit<SheetLayout, 'columns'> & {
    readonly inline?: readonly Key[];
    readonly indexed?: readonly Key[];
    readonly distinct?: readonly Key[];
  } = {},
): SheetLayout {
  const { inline = [], indexed = [], distinct = [], ...layout } = options;
  return {
    columns: columns.map((c) => ({
      width: c.width,
      hidden: Boolean(c.hidden),
      inline: inline.includes(c.key),
      indexed: indexed.includes(c.key),
      distinct: distinct.includes(c.key),
    })),
    ...layout,
  };
}

/**
 * The height a row needs to show its wrapped text. LibreOffice does not fit row heights to wrapped text when it
 * opens a workbook, so rows are given one; it is not marked custom, so Excel refits a row its translator edits.
 */
function rowHeight(values: readonly CellValue[], columns: readonly ColumnSpec<string>[]): number {
  return heightForLines(rowLines(values, columns));
}

/** Lines the tallest text of a row wraps to, 1 at least (see {@link rowHeight}). */
function rowLines(values: readonly CellValue[], columns: readonly ColumnSpec<string>[]): number {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const column = columns[i];
    if (!column || column.hidden || typeof value !== 'string' || value === '') continue;
    // A column's width counts digits of the default font; a CJK character takes about two.
    lines = Math.max(lines, cellLines(value, column.width - 2));
  }
  return lines;
}

/** Lines `text` wraps to at `width` columns. */
function cellLines(text: string, width: number): number {
  // No character is wider than two columns: short text without a line break fits one line, uncounted.
  if (text.length * 2 <= width && !/[\n\r]/.test(text)) return 1;
  return wrappedLines(text, width);
}

/** A header row of `columns` in `sheet`. */
function header<Key extends string>(
  sheet: SheetBuilder,
  columns: readonly ColumnSpec<Key>[],
  style: (column: ColumnSpec<Key>) => StyleName = () => 'header',
): void {
  sheet.row(
    columns.map((c) => c.header),
    styleRow(columns, style),
  );
}

/**
 * Writes the translator's workbook: the `Segments` sheet to fill, a `Glossary` sheet of the matched entries, an
 * `Orphans` sheet when the document has translations whose segment is gone, and hidden `TermMatches`,
 * `TermEntries`, `Structure` and `Meta` sheets that make the workbook alone enough to rebuild the document. Every
 * cell is text; a cell longer than Excel allows throws {@link WorkbookCellTooLongError}.
 */
export async function writeWorkbook(
  doc: AlignedDocument,
  /** Hears the share of the workbook's rows written, 0–1, every few thousand rows of a long document. */
  onProgress?: (share: number) => void,
  /** The entry numbers of the document's matches, when a caller has counted them for other writers too. */
  counted?: DocumentEntries,
): Promise<Uint8Array> {
  return (await fillWorkbook(doc, onProgress, counted)).finish();
}

/**
 * {@link writeWorkbook} as the pieces of its package, in order, for a file to be written from: joining a book's
 * workbook into one buffer first cost time and as much memory again.
 */
export async function writeWorkbookInPieces(
  doc: AlignedDocument,
  onProgress?: (share: number) => void,
  counted?: DocumentEntries,
): Promise<readonly Uint8Array[]> {
  return (await fillWorkbook(doc, onProgress, counted)).finishInPieces();
}

/** Writes every sheet of the translator's workbook (see {@link writeWorkbook}), for the package to be finished. */
async function fillWorkbook(
  doc: AlignedDocument,
  onProgress: ((share: number) => void) | undefined,
  counted: DocumentEntries | undefined,
): Promise<WorkbookWriter> {
  const entries = counted?.fits(doc.segments) ? counted : new DocumentEntries(doc.segments);
  const book = new WorkbookWriter();
  // Segments, TermMatches and Structure each take a row per segment: most of the work of a long document.
  const pacer = new Pacer(doc.segments.length * 3, onProgress);
  const status = columnLetter(SEGMENT_COLUMNS.findIndex((c) => c.key === 'status'));
  const shared = await writeSegments(
    book.addSheet(
      SHEETS.segments,
      layoutOf(SEGMENT_COLUMNS, {
        header: true,
        print: true,
        dataValidations: listValidation(`${status}2:${status}1048576`, 'Status', STATUS_VALUES),
        // Digits in a text cell (a dateline, a confidence) are meant as text: no green warning triangles.
        textDigits: true,
        inline: ['terms', 'notes'],
        indexed: FEW_TEXT_COLUMNS,
        distinct: ['id', 'source', 'target'],
      }),
    ),
    doc,
    entries,
    pacer,
  );
  writeGlossary(
    book.addSheet(SHEETS.glossary, layoutOf(GLOSSARY_COLUMNS, { header: true, print: true })),
    doc,
  );
  if ((doc.orphans ?? []).length > 0) {
    // Only when there are any: an empty Orphans tab in every workbook would only raise questions.
    writeOrphans(
      book.addSheet(
        SHEETS.orphans,
        layoutOf(ORPHAN_COLUMNS, { header: true, print: true, textDigits: true }),
      ),
      doc,
    );
  }
  const hidden = { hidden: true };
  await writeTermSheets(
    book.addSheet(
      SHEETS.terms,
      layoutOf(TERM_MATCH_COLUMNS, { inline: ['matches'], indexed: ['id'] }),
      hidden,
    ),
    book.addSheet(
      SHEETS.termEntries,
      layoutOf(TERM_ENTRY_COLUMNS, { inline: ['source', 'target', 'targets', 'note', 'status'] }),
      hidden,
    ),
    doc,
    entries,
    shared,
    pacer,
  );
  await writeStructure(
    book.addSheet(
      SHEETS.structure,
      layoutOf(STRUCTURE_COLUMNS, { indexed: ['id', 'paragraph', 'kind', 'source'] }),
      hidden,
    ),
    doc,
    shared,
    pacer,
  );
  writeMeta(book.addSheet(SHEETS.meta, layoutOf(META_COLUMNS), hidden), doc);
  return book;
}

/** Rows written between pauses: see {@link Pacer}. */
const ROWS_BETWEEN_PAUSES = 4096;

/**
 * Counts the rows written and, every {@link ROWS_BETWEEN_PAUSES}, reports progress and lets the event loop run:
 * compressed parts come back from zlib's threads and their buffers are let go (so that a book's workbook does not
 * hold all its uncompressed XML at once), and a progress bar can move.
 */
class Pacer {
  readonly #total: number;
  readonly #onProgress: ((share: number) => void) | undefined;
  #rows = 0;

  constructor(total: number, onProgress: ((share: number) => void) | undefined) {
    this.#total = total;
    this.#onProgress = onProgress;
  }

  /** Counts a row; every so often, a pause to await (only then: awaiting on every row would cost a turn each). */
  row(): Promise<void> | undefined {
    if (++this.#rows % ROWS_BETWEEN_PAUSES !== 0) return undefined;
    this.#onProgress?.(Math.min(1, this.#rows / this.#total));
    return new Promise((resolve) => setImmediate(resolve));
  }
}

/** The shared string indexes of each segment's ID and source, as the Segments sheet wrote them. */
interface SharedTexts {
  readonly ids: Int32Array;
  readonly sources: Int32Array;
  readonly few: FewTexts;
}

const ID_COLUMN = SEGMENT_COLUMNS.findIndex((c) => c.key === 'id');
const SOURCE_COLUMN = SEGMENT_COLUMNS.findIndex((c) => c.key === 'source');

/**
 * Writes the Segments sheet and gives back the shared string indexes of the IDs and sources it wrote, so that the
 * hidden sheets that repeat them (TermMatches, Structure) refer to the same strings without looking them up again.
 */
async function writeSegments(
  sheet: SheetBuilder,
  doc: AlignedDocument,
  entries: DocumentEntries,
  pacer: Pacer,
): Promise<SharedTexts> {
  const ids = new Int32Array(doc.segments.length);
  const sources = new Int32Array(doc.segments.length);
  header(sheet, SEGMENT_COLUMNS, (c) => (c.key === 'target' ? 'targetHeader' : 'header'));
  const styles = styleRow(SEGMENT_COLUMNS, (c) => SEGMENT_STYLES[c.key]);
  const speakerStyles = styleRow(SEGMENT_COLUMNS, (c) =>
    c.key === 'source' ? 'bodyBold' : c.key === 'id' ? 'quietBold' : SEGMENT_STYLES[c.key],
  );
  const few = new FewTexts(sheet);
  const lines = new TermLines(entries);
  const valuesOf = segmentValues(few, lines);
  const values = SEGMENT_COLUMNS.map((c) => valuesOf[c.key]);
  for (let i = 0; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    const pause = pacer.row();
    if (pause) await pause;
    const termRows = lines.of(segment, i);
    const row = values.map((value) => value(segment, i));
    if (termRows === 0) row[TERMS_COLUMN] = '';
    else if (lines.spaced) row[TERMS_COLUMN] = lines.text();
    sheet.row(
      row,
      segment.kind === 'speaker' ? speakerStyles : styles,
      heightForLines(Math.max(termRows, rowLines(row, SEGMENT_COLUMNS))),
      segment.id,
    );
    ids[i] = sheet.lastShared(ID_COLUMN);
    sources[i] = sheet.lastShared(SOURCE_COLUMN);
  }
  return { ids, sources, few };
}

function writeGlossary(sheet: SheetBuilder, doc: AlignedDocument): void {
  header(sheet, GLOSSARY_COLUMNS);
  const styles = styleRow(GLOSSARY_COLUMNS, (c) =>
    c.key === 'count' ? 'count' : c.key === 'source' || c.key === 'target' ? 'body' : 'quiet',
  );
  for (const term of doc.terms) {
    // `targets` starts with `target` (the preferred rendering); Alternatives shows the rest.
    const alternatives = term.targets[0] === term.target ? term.targets.slice(1) : term.targets;
    const row: CellValue[] = [
      term.source,
      term.target,
      alternatives.join('\n'),
      term.note ?? '',
      term.status,
      term.count,
    ];
    sheet.row(row, styles, rowHeight(row, GLOSSARY_COLUMNS));
  }
}

function writeOrphans(sheet: SheetBuilder, doc: AlignedDocument): void {
  header(sheet, ORPHAN_COLUMNS);
  const styles = styleRow(ORPHAN_COLUMNS, (c) =>
    c.key === 'target' ? 'target' : c.key === 'source' || c.key === 'status' ? 'body' : 'quiet',
  );
  for (const orphan of doc.orphans ?? []) {
    const row = [
      orphan.id,
      orphan.source,
      orphan.target,
      orphan.status,
      orphan.notes.join('\n'),
      orphan.reason,
    ];
    sheet.row(row, styles, rowHeight(row, ORPHAN_COLUMNS), orphan.id || undefined);
  }
}

/** Characters of JSON per Matches cell at most, leaving room under Excel's limit. */
const MATCHES_PER_CELL = EXCEL_CELL_LIMIT - 100;

/**
 * The hidden `TermMatches` and `TermEntries` sheets (see {@link TERM_MATCH_COLUMNS}): each segment's matches as
 * offsets and an entry number, each distinct matched entry once.
 */
async function writeTermSheets(
  matches: SheetBuilder,
  entries: SheetBuilder,
  doc: AlignedDocument,
  numbers: DocumentEntries,
  { ids }: SharedTexts,
  pacer: Pacer,
): Promise<void> {
  header(matches, TERM_MATCH_COLUMNS, () => 'plain');
  header(entries, TERM_ENTRY_COLUMNS, () => 'plain');
  const plain = [0, 0, 0, 0, 0];
  // Entries are numbered in order of first match, so each new one is the next row.
  let written = 0;
  const cell = new MatchesCell(numbers);
  const write: CellWriter = (out) => cell.write(out);
  for (let i = 0; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    const pause = pacer.row();
    if (pause) await pause;
    const terms = segment.terms;
    if (terms.length === 0) continue;
    const id = ids[i]!;
    cell.start(terms, i);
    // The cell's length so far, brackets left out, as the JSON `[[start,end,entry],…]` it holds.
    let length = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const n = numbers.numberOf(i, k);
      if (n === written) {
        entries.row(
          [term.source, term.target, JSON.stringify(term.targets), term.note ?? '', term.status],
          plain,
        );
        written++;
      }
      const item = 4 + digitCount(term.start) + digitCount(term.end) + digitCount(n);
      if (length + item + 2 > MATCHES_PER_CELL) {
        cell.end = k;
        matches.row([id, write], plain, undefined, segment.id);
        cell.from = k;
        length = 0;
      }
      length = length === 0 ? item : length + 1 + item;
    }
    cell.end = terms.length;
    matches.row([id, write], plain, undefined, segment.id);
  }
}

/** A TermMatches cell, `[[start,end,entry],…]` for matches `from` to `end` of a segment, written as bytes. */
class MatchesCell {
  readonly #numbers: DocumentEntries;
  #terms: readonly TermMatch[] = [];
  #segment = 0;
  from = 0;
  end = 0;

  constructor(numbers: DocumentEntries) {
    this.#numbers = numbers;
  }

  /** Starts on the matches `terms` of segment `i`. */
  start(terms: readonly TermMatch[], i: number): void {
    this.#terms = terms;
    this.#segment = i;
    this.from = 0;
    this.end = 0;
  }

  write(out: TextEntry): void {
    out.ascii('[');
    for (let k = this.from; k < this.end; k++) {
      const term = this.#terms[k]!;
      out.ascii(k === this.from ? '[' : ',[');
      out.digits(term.start);
      out.ascii(',');
      out.digits(term.end);
      out.ascii(',');
      out.digits(this.#numbers.numberOf(this.#segment, k));
      out.ascii(']');
    }
    out.ascii(']');
  }
}

async function writeStructure(
  sheet: SheetBuilder,
  doc: AlignedDocument,
  { ids, sources, few }: SharedTexts,
  pacer: Pacer,
): Promise<void> {
  header(sheet, STRUCTURE_COLUMNS, () => 'plain');
  const plain = [0, 0, 0, 0];
  for (let i = 0; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    const pause = pacer.row();
    if (pause) await pause;
    const row = [ids[i]!, few.paragraph(segment.paragraph), few.text(segment.kind), sources[i]!];
    sheet.row(row, plain, undefined, segment.id);
  }
}

function writeMeta(sheet: SheetBuilder, doc: AlignedDocument): void {
  const meta: Record<MetaKey, string> = {
    formatVersion: String(WORKBOOK_FORMAT_VERSION),
    tool: WORKBOOK_TOOL,
    name: doc.name,
    sourceFile: doc.sourceFile,
    sourceLanguage: doc.sourceLanguage,
    targetLanguage: doc.targetLanguage,
    created: doc.created,
    paragraphs: String(doc.paragraphs),
  };
  header(sheet, META_COLUMNS, () => 'plain');
  for (const [key, value] of Object.entries(meta)) sheet.row([key, value], [0, 0]);
}

/** What a QA report shows beside each finding: the segment's text, so the translator need not look it up. */
export interface QaReportRow {
  readonly finding: Finding;
  readonly source?: string;
  readonly target?: string;
}

/**
 * Writes a QA report as a workbook of its own (one `QA` sheet: Severity | Check | Cell | ID | Source | Target |
 * Problem), rather than into the translator's workbook, which may be open in their spreadsheet and is theirs.
 * Filter buttons on the header let them show one check or one severity at a time.
 */
export async function writeQaWorkbook(rows: readonly QaReportRow[]): Promise<Uint8Array> {
  const book = new WorkbookWriter();
  const sheet = book.addSheet(
    SHEETS.qa,
    layoutOf(QA_COLUMNS, { header: true, print: true, textDigits: true }),
  );
  header(sheet, QA_COLUMNS);
  for (const { finding, source = '', target = '' } of rows) {
    const values = [
      finding.severity,
      finding.code,
      finding.cell ?? '',
      finding.id ?? '',
      source,
      target,
      finding.message,
      // Excel's limit applies here too; a long segment is shown cut, with a mark, since the report is a view.
    ].map((value) => (value.length > EXCEL_CELL_LIMIT ? `${value.slice(0, EXCEL_CELL_LIMIT - 1)}…` : value));
    const styles = styleRow(QA_COLUMNS, (c) =>
      c.key === 'severity'
        ? finding.severity
        : c.key === 'source' || c.key === 'target' || c.key === 'message'
          ? 'body'
          : 'quiet',
    );
    sheet.row(values, styles, rowHeight(values, QA_COLUMNS));
  }
  return book.finish();
}
