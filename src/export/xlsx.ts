import { DocumentEntries } from '../glossary/term-entries.js';
import {
  type AlignedDocument,
  type AlignedSegment,
  type Finding,
  STATUS_VALUES,
  type TermMatch,
} from '../model/index.js';
import {
  type ColumnSpec,
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

/**
 * The Terms cell of each segment, as {@link termLines} gives it, from each entry's line made once: a book has
 * hundreds of thousands of matches of a few thousand entries.
 */
class TermLines {
  readonly #entries: DocumentEntries;
  readonly #lines: string[] = [];
  readonly #segment: string[] = [];

  constructor(entries: DocumentEntries) {
    this.#entries = entries;
  }

  /** The Terms cell of segment `i`. */
  of(segment: AlignedSegment, i: number): string {
    const terms = segment.terms;
    if (terms.length === 0) return '';
    if (terms.length === 1) return this.#line(terms[0]!, this.#entries.numberOf(i, 0));
    const lines = this.#segment;
    lines.length = 0;
    // A segment has a handful of matches: looking through the lines so far is cheaper than a Set per segment.
    const seen = terms.length > 16 ? new Set<string>() : undefined;
    for (let k = 0; k < terms.length; k++) {
      const line = this.#line(terms[k]!, this.#entries.numberOf(i, k));
      // Entries that differ only in note or alternatives make the same line, shown once.
      if (seen ? seen.has(line) : lines.includes(line)) continue;
      seen?.add(line);
      lines.push(line);
    }
    return lines.join('\n');
  }

  #line(term: TermMatch, n: number): string {
    let line = this.#lines[n];
    if (line === undefined) {
      line = termLines([term])[0]!;
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
    terms: (s, i) => lines.of(s, i),
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
  } = {},
): SheetLayout {
  const { inline = [], indexed = [], ...layout } = options;
  return {
    columns: columns.map((c) => ({
      width: c.width,
      hidden: Boolean(c.hidden),
      inline: inline.includes(c.key),
      indexed: indexed.includes(c.key),
    })),
    ...layout,
  };
}

/**
 * The height a row needs to show its wrapped text. LibreOffice does not fit row heights to wrapped text when it
 * opens a workbook, so rows are given one; it is not marked custom, so Excel refits a row its translator edits.
 */
function rowHeight(values: readonly CellValue[], columns: readonly ColumnSpec<string>[]): number {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const column = columns[i];
    if (!column || column.hidden || typeof value !== 'string' || value === '') continue;
    // A column's width counts digits of the default font; a CJK character takes about two.
    const width = column.width - 2;
    // No character is wider than two columns: short text without a line break fits one line, uncounted.
    if (value.length * 2 <= width && !/[\n\r]/.test(value)) continue;
    lines = Math.max(lines, wrappedLines(value, width));
  }
  return heightForLines(lines);
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
  return book.finish();
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
  const valuesOf = segmentValues(few, new TermLines(entries));
  const values = SEGMENT_COLUMNS.map((c) => valuesOf[c.key]);
  for (let i = 0; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    const pause = pacer.row();
    if (pause) await pause;
    const row = values.map((value) => value(segment, i));
    sheet.row(
      row,
      segment.kind === 'speaker' ? speakerStyles : styles,
      rowHeight(row, SEGMENT_COLUMNS),
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
  const entryOf = (term: TermMatch, n: number): number => {
    if (n === written) {
      entries.row(
        [term.source, term.target, JSON.stringify(term.targets), term.note ?? '', term.status],
        plain,
      );
      written++;
    }
    return n;
  };
  const cell = new MatchesCell();
  const write: CellWriter = (out) => cell.write(out);
  for (let i = 0; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    const pause = pacer.row();
    if (pause) await pause;
    const terms = segment.terms;
    if (terms.length === 0) continue;
    const id = ids[i]!;
    cell.start(terms);
    // The cell's length so far, brackets left out, as the JSON `[[start,end,entry],…]` it holds.
    let length = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const n = entryOf(term, numbers.numberOf(i, k));
      const item = 4 + digitCount(term.start) + digitCount(term.end) + digitCount(n);
      if (length + item + 2 > MATCHES_PER_CELL) {
        cell.end = k;
        matches.row([id, write], plain, undefined, segment.id);
        cell.from = k;
        length = 0;
      }
      cell.entries[k] = n;
      length = length === 0 ? item : length + 1 + item;
    }
    cell.end = terms.length;
    matches.row([id, write], plain, undefined, segment.id);
  }
}

/** A TermMatches cell, `[[start,end,entry],…]` for matches `from` to `end` of a segment, written as bytes. */
class MatchesCell {
  terms: readonly TermMatch[] = [];
  /** Entry number of each match. */
  readonly entries: number[] = [];
  from = 0;
  end = 0;

  start(terms: readonly TermMatch[]): void {
    this.terms = terms;
    this.entries.length = 0;
    this.from = 0;
    this.end = 0;
  }

  write(out: TextEntry): void {
    out.ascii('[');
    for (let k = this.from; k < this.end; k++) {
      const term = this.terms[k]!;
      out.ascii(k === this.from ? '[' : ',[');
      out.digits(term.start);
      out.ascii(',');
      out.digits(term.end);
      out.ascii(',');
      out.digits(this.entries[k]!);
      out.ascii(']');
    }
    out.ascii(']');
  }
}

/** Decimal digits of a whole number from 0 up. */
function digitCount(n: number): number {
  let count = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
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
