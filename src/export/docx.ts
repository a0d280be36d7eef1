import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  type IRunOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type AlignedDocument, type AlignedSegment, languageName } from '../model/index.js';
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
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' } as const;
const TABLE_BORDERS = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};

/** Characters XML 1.0 cannot carry, each replaced by U+FFFD one for one, so term offsets still line up. */
const NOT_XML =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Text to runs: line breaks inside a cell become breaks, not lost. */
function textRuns(text: string, style: Omit<IRunOptions, 'text'>): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

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

function cell(
  children: Paragraph[],
  width: number,
  extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {},
) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...extra,
  });
}

function headerRow(titles: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((title, i) =>
      cell([new Paragraph({ children: [new TextRun({ text: title, bold: true })] })], widths[i]!, {
        shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
      }),
    ),
  });
}

function table(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    // Once for the table rather than on every cell: cells are top-aligned by default.
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    borders: TABLE_BORDERS,
  });
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

/**
 * Builds the bilingual review document as a docx model (tests assert on it): a header block, a table
 * ID | Source | Target | Status whose header row repeats on every page, matched terms marked in the source, East
 * Asian text in an East Asian font, and the matched glossary entries as an appendix.
 */
export function buildBilingualDocx(doc: AlignedDocument, options: BilingualDocxOptions = {}): Document {
  const showStatus = options.status ?? true;
  const showGlossary = options.glossary ?? true;
  const layout = pageLayout(options.orientation ?? 'landscape');
  const sourceFonts = languageFonts(doc.sourceLanguage, doc.targetLanguage);
  const targetFonts = languageFonts(doc.targetLanguage, doc.sourceLanguage);
  const sourceName = languageLabel(doc.sourceLanguage);
  const targetName = languageLabel(doc.targetLanguage);

  const children = [
    ...headerBlock(doc, options.date ?? doc.created.slice(0, 10), sourceName, targetName),
    segmentsTable(doc, layout, {
      showStatus,
      showGlossary,
      sourceFonts,
      targetFonts,
      sourceName,
      targetName,
    }),
    ...(showGlossary && doc.terms.length > 0 ? glossaryAppendix(doc, layout, sourceFonts, targetFonts) : []),
  ];

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
        children,
      },
    ],
  });
}

/** Writes the bilingual review document as .docx bytes. */
export async function writeBilingualDocx(
  doc: AlignedDocument,
  options?: BilingualDocxOptions,
): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildBilingualDocx(doc, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
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

function headerBlock(
  doc: AlignedDocument,
  date: string,
  sourceName: string,
  targetName: string,
): Paragraph[] {
  const translated = doc.segments.filter((s) => s.target.trim() !== '').length;
  const matched = doc.segments.reduce((n, s) => n + s.terms.length, 0);
  const line = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value, {})],
    });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(doc.name, {}) }),
    line('File', doc.sourceFile || doc.name),
    line('Languages', `${sourceName} → ${targetName}`),
    line('Date', date),
    line(
      'Counts',
      `${doc.segments.length} segments · ${translated} translated · ${matched} term matches ` +
        `(${doc.terms.length} glossary entries)`,
    ),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

interface TableContext {
  readonly showStatus: boolean;
  readonly showGlossary: boolean;
  readonly sourceFonts: LanguageFonts;
  readonly targetFonts: LanguageFonts;
  readonly sourceName: string;
  readonly targetName: string;
}

function segmentsTable(doc: AlignedDocument, layout: Layout, context: TableContext): Table {
  const idWidth = 1_150;
  const statusWidth = context.showStatus ? 1_250 : 0;
  const [sourceWidth, targetWidth] = splitWidth(layout.textWidth - idWidth - statusWidth, [1, 1]) as [
    number,
    number,
  ];
  const widths = [idWidth, sourceWidth, targetWidth, ...(context.showStatus ? [statusWidth] : [])];
  const titles = ['ID', `Source (${context.sourceName})`, `Target (${context.targetName})`, 'Status'];
  // A row kept whole must fit on a page below the repeated header; a longer one may split rather than overflow.
  const pageLines = Math.floor((layout.textHeight - 600) / ((BODY_SIZE * 10 * LINE_SPACING) / 240));
  const rows = doc.segments.map((segment) => {
    // One small line of `source → target` pairs: a reviewer checks the target against it without leaving the row.
    const hint = context.showGlossary ? termLines(segment.terms).join(HINT_SEPARATOR) : '';
    const lines = Math.max(
      estimateLines(segment.source, sourceWidth) + Math.ceil(estimateLines(hint, sourceWidth) * HINT_SCALE),
      estimateLines(segment.target, targetWidth),
    );
    return segmentRow(segment, widths, hint, lines <= pageLines * 0.8, context);
  });
  return table([headerRow(titles.slice(0, widths.length), widths), ...rows], widths);
}

function segmentRow(
  segment: AlignedSegment,
  widths: readonly number[],
  hint: string,
  keepWhole: boolean,
  context: TableContext,
): TableRow {
  const speaker = segment.kind === 'speaker';
  const shading = speaker ? { shading: { type: ShadingType.CLEAR, fill: SPEAKER_FILL, color: 'auto' } } : {};
  const quiet = { size: SMALL_SIZE, color: GREY_TEXT } as const;
  const source = new Paragraph({
    children: termSpans(segment.source, segment.terms).flatMap((span) =>
      textRuns(span.text, {
        ...context.sourceFonts,
        ...(speaker ? { bold: true } : {}),
        ...(span.term
          ? {
              bold: true,
              shading: {
                type: ShadingType.CLEAR,
                fill: span.term.status === 'forbidden' ? FORBIDDEN_FILL : TERM_FILL,
                color: 'auto',
              },
            }
          : {}),
      }),
    ),
  });
  const hintParagraphs = hint
    ? [
        new Paragraph({
          spacing: { before: 40 },
          children: textRuns(hint, { ...context.sourceFonts, ...quiet }),
        }),
      ]
    : [];
  const target = new Paragraph({
    children: segment.target ? textRuns(segment.target, context.targetFonts) : [],
  });
  const cells = [
    cell([new Paragraph({ children: textRuns(segment.id, quiet) })], widths[0]!, shading),
    cell([source, ...hintParagraphs], widths[1]!, shading),
    cell([target], widths[2]!, shading),
  ];
  if (context.showStatus) {
    cells.push(cell([new Paragraph({ children: textRuns(segment.status, quiet) })], widths[3]!, shading));
  }
  return new TableRow({ cantSplit: keepWhole, children: cells });
}

function glossaryAppendix(
  doc: AlignedDocument,
  layout: Layout,
  sourceFonts: LanguageFonts,
  targetFonts: LanguageFonts,
): (Paragraph | Table)[] {
  const widths = splitWidth(layout.textWidth, [3, 4, 4, 5, 1.4, 1.1]);
  const rows = doc.terms.map((term) => {
    const alternatives = term.targets[0] === term.target ? term.targets.slice(1) : term.targets;
    const texts: [string, LanguageFonts | undefined][] = [
      [term.source, sourceFonts],
      [term.target, targetFonts],
      [alternatives.join('\n'), targetFonts],
      [term.note ?? '', undefined],
      [term.status, undefined],
      [String(term.count), undefined],
    ];
    return new TableRow({
      cantSplit: true,
      children: texts.map(([text, fonts], i) =>
        cell(
          [
            new Paragraph({
              ...(i === 5 ? { alignment: AlignmentType.RIGHT } : {}),
              children: text ? textRuns(text, { ...(fonts ?? {}), ...(i === 0 ? { bold: true } : {}) }) : [],
            }),
          ],
          widths[i]!,
        ),
      ),
    });
  });
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore: true,
      children: [new TextRun('Glossary')],
    }),
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new TextRun({ text: 'Glossary entries matched in this document, with how often.', color: GREY_TEXT }),
      ],
    }),
    table(
      [headerRow(['Source', 'Target', 'Alternatives', 'Note', 'Status', 'Count'], widths), ...rows],
      widths,
    ),
  ];
}
