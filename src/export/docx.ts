import { AlignmentType, Document, Footer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { type AlignedDocument, type AlignedSegment, languageName } from '../model/index.js';
import { bodyPlaceholder, packDocx } from './docx/package.js';
import {
  paragraph,
  paragraphProperties,
  runProperties,
  TABLE_END,
  type TableLook,
  tableCell,
  tableRow,
  tableStart,
  textRuns,
  xmlSafe,
} from './docx/wordml.js';
import { type LanguageFonts, languageFonts } from './fonts.js';
import { termLines, termSpans } from './term-spans.js';
import { wrappedLines } from './text-width.js';

/** Options of the bilingual Word document. */
export interface BilingualDocxOptions {
  /** Show each row's status in a fourth column. Default true. */
  readonly status?: boolean;
  /** Page orientation of A4 paper. Landscape (the default) gives source and target room side by side. */
  readonly orientation?: 'landscape' | 'portrait';
  /** Date shown in the header block; by default the day the document was made, so the output is reproducible. */
  readonly date?: string;
  /** Show the matched entries under each source and in an appendix. Default true. */
  readonly glossary?: boolean;
}

/** A4 in twips (twentieths of a point), the unit of every width below. */
const A4 = { short: 11_906, long: 16_838 } as const;
const MARGIN = 1_000;
/** Body text size in half-points: 10 pt keeps long bilingual rows readable without wasting pages. */
const BODY_SIZE = 20;
const SMALL_SIZE = 16;
const LINE_SPACING = 264;
const CELL_MARGIN = 80;
const HINT_SEPARATOR = '  ·  ';
/** Term hints are set at SMALL_SIZE: lines of them take this share of a body line's height. */
const HINT_SCALE = SMALL_SIZE / BODY_SIZE;

const GREY_TEXT = '595959';
const HEADER_FILL = 'D9D9D9';
const SPEAKER_FILL = 'F2F2F2';
const TERM_FILL = 'FFE699';
const FORBIDDEN_FILL = 'F8CBAD';
/** Light rules around every cell, and margins set once for the table rather than on every cell. */
const TABLE_LOOK: TableLook = {
  rule: { size: 4, color: 'BFBFBF' },
  margins: { vertical: 40, horizontal: CELL_MARGIN },
};

const BOLD = runProperties({ bold: true });
/** IDs and statuses: small and grey, there to find a row by rather than to read. */
const QUIET = runProperties({ size: SMALL_SIZE, color: GREY_TEXT });
/** The line of term hints under a source, set a little apart from it. */
const HINT_PARAGRAPH = paragraphProperties({ before: 40 });

/** Splits `total` twips in proportion to `weights`; the last column takes the rounding so the sum is exact. */
function splitWidth(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Lines `text` takes in a column `width` twips wide at body size: a column of text width is half an em. */
function estimateLines(text: string, width: number): number {
  return wrappedLines(text, ((width - 2 * CELL_MARGIN) / (BODY_SIZE * 10)) * 2);
}

/** A row of bold titles on grey that Word repeats at the top of every page the table runs onto. */
function headerRow(titles: readonly string[], widths: readonly number[]): string {
  const cells = titles.map((title, i) =>
    tableCell(paragraph(textRuns(title, BOLD)), widths[i]!, HEADER_FILL),
  );
  return tableRow(cells.join(''), { cantSplit: true, header: true });
}

/** `zh` → `Chinese`, falling back to the tag itself. */
function languageLabel(tag: string): string {
  return (tag && languageName(tag)) || tag || 'unknown';
}

interface Layout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly textWidth: number;
  readonly textHeight: number;
}

function pageLayout(orientation: 'landscape' | 'portrait'): Layout {
  const [pageWidth, pageHeight] = orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  return { pageWidth, pageHeight, textWidth: pageWidth - 2 * MARGIN, textHeight: pageHeight - 2 * MARGIN };
}

/** The document's two languages: their names and the fonts of text in each. */
interface Languages {
  readonly sourceName: string;
  readonly targetName: string;
  readonly sourceFonts: LanguageFonts;
  readonly targetFonts: LanguageFonts;
}

/**
 * Writes the bilingual review document as .docx bytes: a header block, a table ID | Source | Target | Status
 * whose header row repeats on every page, matched terms marked in the source, East Asian text in an East
 * Asian font, and the matched glossary entries as an appendix. The `docx` library writes the document's
 * shell; its body is written as markup a row at a time (see ./docx/package.ts), which keeps a document of
 * tens of thousands of rows fast and small in memory.
 */
export async function writeBilingualDocx(
  doc: AlignedDocument,
  options: BilingualDocxOptions = {},
): Promise<Uint8Array> {
  const layout = pageLayout(options.orientation ?? 'landscape');
  const languages: Languages = {
    sourceName: languageLabel(doc.sourceLanguage),
    targetName: languageLabel(doc.targetLanguage),
    sourceFonts: languageFonts(doc.sourceLanguage, doc.targetLanguage),
    targetFonts: languageFonts(doc.targetLanguage, doc.sourceLanguage),
  };
  return packDocx(shell(doc, layout, languages), body(doc, options, layout, languages));
}

/** Everything but the body: properties, styles, page setup and the footer. */
function shell(doc: AlignedDocument, layout: Layout, languages: Languages): Document {
  const { sourceFonts, sourceName, targetName } = languages;
  return new Document({
    creator: 'tandem',
    title: `${doc.name}: ${sourceName} → ${targetName}`,
    description: `Bilingual review document of ${doc.sourceFile || doc.name}`,
    styles: {
      default: {
        document: {
          // The documents' defaults too, so text added by a reviewer in Word also gets the right faces.
          run: { size: BODY_SIZE, font: sourceFonts.font, language: sourceFonts.language },
          paragraph: { spacing: { after: 0, line: LINE_SPACING } },
        },
        heading1: { run: { size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.short,
              height: A4.long,
              orientation:
                layout.pageWidth > layout.pageHeight ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 500, footer: 500 },
          },
        },
        footers: { default: footer(doc) },
        children: [bodyPlaceholder()],
      },
    ],
  });
}

/** The document's body in pieces: the header block, the segments a row at a time, the glossary appendix. */
function* body(
  doc: AlignedDocument,
  options: BilingualDocxOptions,
  layout: Layout,
  languages: Languages,
): Generator<string> {
  const showGlossary = options.glossary ?? true;
  const { sourceFonts, targetFonts } = languages;
  yield headerBlock(doc, options.date ?? doc.created.slice(0, 10), languages);
  yield* segmentsTable(doc, layout, {
    showStatus: options.status ?? true,
    showGlossary,
    languages,
    runs: {
      source: runProperties({ fonts: sourceFonts }),
      speaker: runProperties({ fonts: sourceFonts, bold: true }),
      term: runProperties({ fonts: sourceFonts, bold: true, fill: TERM_FILL }),
      forbidden: runProperties({ fonts: sourceFonts, bold: true, fill: FORBIDDEN_FILL }),
      hint: runProperties({ fonts: sourceFonts, size: SMALL_SIZE, color: GREY_TEXT }),
      target: runProperties({ fonts: targetFonts }),
    },
  });
  if (showGlossary && doc.terms.length > 0) yield* glossaryAppendix(doc, layout, languages);
}

function footer(doc: AlignedDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: SMALL_SIZE,
            color: GREY_TEXT,
            children: [`${xmlSafe(doc.name)} · page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

function headerBlock(doc: AlignedDocument, date: string, { sourceName, targetName }: Languages): string {
  const translated = doc.segments.filter((s) => s.target.trim() !== '').length;
  const matched = doc.segments.reduce((n, s) => n + s.terms.length, 0);
  const spaced = paragraphProperties({ after: 40 });
  const line = (label: string, value: string) =>
    paragraph(textRuns(`${label}: `, BOLD) + textRuns(value, ''), spaced);
  return [
    paragraph(textRuns(doc.name, ''), paragraphProperties({ style: 'Heading1' })),
    line('File', doc.sourceFile || doc.name),
    line('Languages', `${sourceName} → ${targetName}`),
    line('Date', date),
    line(
      'Counts',
      `${doc.segments.length} segments · ${translated} translated · ${matched} term matches ` +
        `(${doc.terms.length} glossary entries)`,
    ),
    paragraph('', paragraphProperties({ after: 120 })),
  ].join('');
}

/** The run properties of the segment rows, computed once for the document: every row shares these strings. */
interface SegmentRuns {
  readonly source: string;
  readonly speaker: string;
  readonly term: string;
  readonly forbidden: string;
  readonly hint: string;
  readonly target: string;
}

interface TableContext {
  readonly showStatus: boolean;
  readonly showGlossary: boolean;
  readonly languages: Languages;
  readonly runs: SegmentRuns;
}

function* segmentsTable(doc: AlignedDocument, layout: Layout, context: TableContext): Generator<string> {
  const idWidth = 1_150;
  const statusWidth = context.showStatus ? 1_250 : 0;
  const [sourceWidth, targetWidth] = splitWidth(layout.textWidth - idWidth - statusWidth, [1, 1]) as [
    number,
    number,
  ];
  const widths = [idWidth, sourceWidth, targetWidth, ...(context.showStatus ? [statusWidth] : [])];
  const { sourceName, targetName } = context.languages;
  const titles = ['ID', `Source (${sourceName})`, `Target (${targetName})`, 'Status'];
  // A row kept whole must fit on a page below the repeated header; a longer one may split rather than overflow.
  const pageLines = Math.floor((layout.textHeight - 600) / ((BODY_SIZE * 10 * LINE_SPACING) / 240));
  yield tableStart(widths, TABLE_LOOK) + headerRow(titles.slice(0, widths.length), widths);
  for (const segment of doc.segments) {
    // One small line of `source → target` pairs: a reviewer checks the target against it without leaving the row.
    const hint = context.showGlossary ? termLines(segment.terms).join(HINT_SEPARATOR) : '';
    const lines = Math.max(
      estimateLines(segment.source, sourceWidth) + Math.ceil(estimateLines(hint, sourceWidth) * HINT_SCALE),
      estimateLines(segment.target, targetWidth),
    );
    yield segmentRow(segment, widths, hint, lines <= pageLines * 0.8, context);
  }
  yield TABLE_END;
}

function segmentRow(
  segment: AlignedSegment,
  widths: readonly number[],
  hint: string,
  keepWhole: boolean,
  context: TableContext,
): string {
  const { runs } = context;
  const fill = segment.kind === 'speaker' ? SPEAKER_FILL : undefined;
  const plain = fill ? runs.speaker : runs.source;
  let source = '';
  for (const span of termSpans(segment.source, segment.terms)) {
    const rPr = !span.term ? plain : span.term.status === 'forbidden' ? runs.forbidden : runs.term;
    source += textRuns(span.text, rPr);
  }
  const hints = hint ? paragraph(textRuns(hint, runs.hint), HINT_PARAGRAPH) : '';
  let cells =
    tableCell(paragraph(textRuns(segment.id, QUIET)), widths[0]!, fill) +
    tableCell(paragraph(source) + hints, widths[1]!, fill) +
    tableCell(paragraph(segment.target ? textRuns(segment.target, runs.target) : ''), widths[2]!, fill);
  if (context.showStatus) cells += tableCell(paragraph(textRuns(segment.status, QUIET)), widths[3]!, fill);
  return tableRow(cells, { cantSplit: keepWhole });
}

function* glossaryAppendix(
  doc: AlignedDocument,
  layout: Layout,
  { sourceFonts, targetFonts }: Languages,
): Generator<string> {
  const widths = splitWidth(layout.textWidth, [3, 4, 4, 5, 1.4, 1.1]);
  const sourceRuns = runProperties({ fonts: sourceFonts, bold: true });
  const targetRuns = runProperties({ fonts: targetFonts });
  const right = paragraphProperties({ align: 'right' });
  const heading = paragraph(
    textRuns('Glossary', ''),
    paragraphProperties({ style: 'Heading2', pageBreakBefore: true }),
  );
  const intro = paragraph(
    textRuns(
      'Glossary entries matched in this document, with how often.',
      runProperties({ color: GREY_TEXT }),
    ),
    paragraphProperties({ after: 120 }),
  );
  const titles = ['Source', 'Target', 'Alternatives', 'Note', 'Status', 'Count'];
  yield heading + intro + tableStart(widths, TABLE_LOOK) + headerRow(titles, widths);
  for (const term of doc.terms) {
    const alternatives = term.targets[0] === term.target ? term.targets.slice(1) : term.targets;
    // Each column's text and run properties; the count is set flush right.
    const columns: [string, string][] = [
      [term.source, sourceRuns],
      [term.target, targetRuns],
      [alternatives.join('\n'), targetRuns],
      [term.note ?? '', ''],
      [term.status, ''],
      [String(term.count), ''],
    ];
    const cells = columns.map(([text, rPr], i) =>
      tableCell(paragraph(text ? textRuns(text, rPr) : '', i === 5 ? right : ''), widths[i]!),
    );
    yield tableRow(cells.join(''), { cantSplit: true });
  }
  yield TABLE_END;
}
