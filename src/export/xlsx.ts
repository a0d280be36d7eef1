import writeExcelFile, { type CellObject, type Row } from 'write-excel-file/node';
import {
  findElement,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from 'write-excel-file/utility';
import {
  type AlignedDocument,
  type AlignedSegment,
  type Finding,
  type Severity,
  STATUS_VALUES,
} from '../model/index.js';
import { encodeCellText } from './cell-text.js';
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
  TERM_MATCH_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
  WORKBOOK_TOOL,
} from './columns.js';
import { termLines } from './term-spans.js';
import { wrappedLines } from './text-width.js';

type XlsxSheet = Parameters<typeof writeExcelFile>[0][number];
type XlsxFeature = NonNullable<NonNullable<Parameters<typeof writeExcelFile>[1]>['features']>[number];
type CellStyle = Omit<CellObject, 'value' | 'type'>;

/** Thrown rather than writing a cell Excel would truncate or refuse to open. */
export class WorkbookCellTooLongError extends RangeError {
  constructor(
    /** `Segments!B7`. */
    readonly cell: string,
    readonly length: number,
    /** Segment id, when the cell belongs to one. */
    readonly id?: string,
  ) {
    super(
      `Expected every workbook cell to hold at most ${EXCEL_CELL_LIMIT.toLocaleString('en')} characters ` +
        `(Excel's limit), got ${length.toLocaleString('en')} in ${cell}${id ? ` (${id})` : ''}. ` +
        'Split the segment into shorter ones before exporting it.',
    );
    this.name = 'WorkbookCellTooLongError';
  }
}

const HEADER: CellStyle = {
  fontWeight: 'bold',
  textColor: '#262626',
  backgroundColor: '#D9D9D9',
  alignVertical: 'center',
  borderColor: '#A6A6A6',
  borderStyle: 'thin',
};
/** The one header that stands out: the column the translator fills. */
const TARGET_HEADER: CellStyle = { ...HEADER, backgroundColor: '#FFD966' };
/** `@` (Text) keeps what a translator types as typed: `1/2` stays `1/2`, `=x` stays `=x`, not a date or formula. */
const BODY: CellStyle = {
  wrap: true,
  alignVertical: 'top',
  format: '@',
  borderColor: '#D9D9D9',
  borderStyle: 'thin',
};
const QUIET: CellStyle = { ...BODY, textColor: '#595959' };
const { format: _text, ...COUNT_BASE } = QUIET;
const COUNT: CellStyle = { ...COUNT_BASE, align: 'right' };
const SEGMENT_STYLES: Record<SegmentColumnKey, CellStyle> = {
  id: QUIET,
  source: BODY,
  target: { ...BODY, backgroundColor: '#FFF8DC', borderColor: '#E6C86E' },
  status: { ...BODY, align: 'center' },
  terms: QUIET,
  notes: QUIET,
  confidence: { ...QUIET, align: 'right' },
  paragraph: QUIET,
  kind: QUIET,
};

const SEGMENT_VALUES: Record<SegmentColumnKey, (segment: AlignedSegment) => string> = {
  id: (s) => s.id,
  source: (s) => s.source,
  target: (s) => s.target,
  status: (s) => s.status,
  terms: (s) => termLines(s.terms).join('\n'),
  notes: (s) => s.notes.join('\n'),
  // Full precision so the value reads back exactly; text so it sorts and never turns into a date.
  confidence: (s) => (s.confidence === undefined ? '' : String(s.confidence)),
  paragraph: (s) => String(s.paragraph),
  kind: (s) => s.kind,
};

/**
 * Writes the translator's workbook: the `Segments` sheet to fill, a `Glossary` sheet of the matched entries, an
 * `Orphans` sheet when the document has translations whose segment is gone, and hidden `TermMatches`, `Structure`
 * and `Meta` sheets that make the workbook alone enough to rebuild the document. Every cell is text; a cell longer
 * than Excel allows throws {@link WorkbookCellTooLongError}.
 */
export async function writeWorkbook(doc: AlignedDocument): Promise<Uint8Array> {
  const rowCount = doc.segments.length + 1;
  const lastColumn = columnLetter(SEGMENT_COLUMNS.length - 1);
  const statusColumn = columnLetter(SEGMENT_COLUMNS.findIndex((c) => c.key === 'status'));
  const orphans = doc.orphans ?? [];
  const sheets: XlsxSheet[] = [
    {
      sheet: SHEETS.segments,
      data: segmentsData(doc),
      columns: widths(SEGMENT_COLUMNS),
      stickyRowsCount: 1,
      orientation: 'landscape',
    },
    {
      sheet: SHEETS.glossary,
      data: glossaryData(doc),
      columns: widths(GLOSSARY_COLUMNS),
      stickyRowsCount: 1,
      orientation: 'landscape',
    },
  ];
  const layouts: SheetLayout[] = [
    {
      hiddenColumns: hiddenColumns(SEGMENT_COLUMNS),
      autoFilter: `A1:${lastColumn}${rowCount}`,
      printTitleRows: '$1:$1',
      fitToWidth: true,
      dataValidations: statusDropdown(`${statusColumn}2:${statusColumn}1048576`),
      // Digits in a text cell (a dateline, a confidence) are meant as text: no green warning triangles.
      ignoredErrors: `A1:${lastColumn}${rowCount}`,
    },
    {
      autoFilter: `A1:${columnLetter(GLOSSARY_COLUMNS.length - 1)}${doc.terms.length + 1}`,
      printTitleRows: '$1:$1',
      fitToWidth: true,
    },
  ];
  if (orphans.length > 0) {
    // Only when there are any: an empty Orphans tab in every workbook would only raise questions.
    sheets.push({
      sheet: SHEETS.orphans,
      data: orphansData(doc),
      columns: widths(ORPHAN_COLUMNS),
      stickyRowsCount: 1,
      orientation: 'landscape',
    });
    const last = columnLetter(ORPHAN_COLUMNS.length - 1);
    layouts.push({
      autoFilter: `A1:${last}${orphans.length + 1}`,
      printTitleRows: '$1:$1',
      fitToWidth: true,
      ignoredErrors: `A1:${last}${orphans.length + 1}`,
    });
  }
  sheets.push(
    { sheet: SHEETS.terms, data: termMatchesData(doc), columns: widths(TERM_MATCH_COLUMNS) },
    { sheet: SHEETS.structure, data: structureData(doc), columns: widths(STRUCTURE_COLUMNS) },
    { sheet: SHEETS.meta, data: metaData(doc), columns: widths(META_COLUMNS) },
  );
  layouts.push({ hidden: true }, { hidden: true }, { hidden: true });
  const buffer = await writeExcelFile(sheets, {
    fontFamily: 'Calibri',
    fontSize: 11,
    features: [
      layoutFeature(
        sheets.map((s) => s.sheet ?? ''),
        layouts,
      ),
    ],
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The Status column's dropdown: a list validation over `range`, refusing anything else. */
function statusDropdown(range: string): string {
  return (
    '<dataValidations count="1">' +
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${range}"` +
    ` errorTitle="Status" error="${sanitizeAttributeValue(`Choose one of: ${STATUS_VALUES.join(', ')}`)}">` +
    `<formula1>${sanitizeTextContent(`"${STATUS_VALUES.join(',')}"`)}</formula1>` +
    '</dataValidation></dataValidations>'
  );
}

function widths<Key extends string>(columns: readonly ColumnSpec<Key>[]): { width: number }[] {
  return columns.map((c) => ({ width: c.width }));
}

function hiddenColumns<Key extends string>(columns: readonly ColumnSpec<Key>[]): number[] {
  return columns.flatMap((c, i) => (c.hidden ? [i] : []));
}

function headerRow<Key extends string>(columns: readonly ColumnSpec<Key>[], style = HEADER): Row {
  return columns.map((c) => ({ ...style, type: String, value: c.header }));
}

/** A text cell, refusing text Excel would cut. `row` is 1-based, `column` 0-based, for the error message. */
function textCell(
  text: string,
  style: CellStyle,
  sheet: string,
  row: number,
  column: number,
  id?: string,
): CellObject {
  if (text.length > EXCEL_CELL_LIMIT) {
    throw new WorkbookCellTooLongError(cellAddress(sheet, row, column), text.length, id);
  }
  return { ...style, type: String, value: text === '' ? undefined : encodeCellText(text) };
}

/** Points per wrapped line of 11-point text, and the tallest row Excel allows. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * The height a row needs to show its wrapped text. LibreOffice does not fit row heights to wrapped text when it
 * opens a workbook, so rows are given one; it is not marked custom, so Excel refits a row its translator edits.
 */
function rowHeight(values: readonly string[], columns: readonly ColumnSpec<string>[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    const column = columns[i];
    if (!column || column.hidden || value === '') return;
    // A column's width counts digits of the default font; a CJK character takes about two.
    const cellLines = wrappedLines(value, column.width - 2);
    lines = Math.max(lines, cellLines);
  });
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

function segmentsData(doc: AlignedDocument): Row[] {
  const header = SEGMENT_COLUMNS.map((c) => ({
    ...(c.key === 'target' ? TARGET_HEADER : HEADER),
    type: String,
    value: c.header,
  }));
  const rows = doc.segments.map((segment, i): Row => {
    const speaker = segment.kind === 'speaker';
    const values = SEGMENT_COLUMNS.map((column) => SEGMENT_VALUES[column.key](segment));
    const height = rowHeight(values, SEGMENT_COLUMNS);
    return SEGMENT_COLUMNS.map((column, c) => {
      const style = SEGMENT_STYLES[column.key];
      // A speaker label is a row of its own; bold lets the eye find the turns of a transcript.
      const shown: CellStyle = {
        ...style,
        ...(speaker && (column.key === 'source' || column.key === 'id') ? { fontWeight: 'bold' } : {}),
        ...(c === 0 ? { height } : {}),
      };
      return textCell(values[c]!, shown, SHEETS.segments, i + 2, c, segment.id);
    });
  });
  return [header, ...rows];
}

function glossaryData(doc: AlignedDocument): Row[] {
  const rows = doc.terms.map((term, i): Row => {
    // `targets` starts with `target` (the preferred rendering); Alternatives shows the rest.
    const alternatives = term.targets[0] === term.target ? term.targets.slice(1) : term.targets;
    const values = [term.source, term.target, alternatives.join('\n'), term.note ?? '', term.status];
    const height = rowHeight(values, GLOSSARY_COLUMNS);
    return [
      ...values.map((value, c) =>
        textCell(
          value,
          { ...(c < 2 ? BODY : QUIET), ...(c === 0 ? { height } : {}) },
          SHEETS.glossary,
          i + 2,
          c,
        ),
      ),
      // The one number in the workbook: a count is sorted by, and no one types over it.
      { ...COUNT, type: Number, value: term.count },
    ];
  });
  return [headerRow(GLOSSARY_COLUMNS), ...rows];
}

function orphansData(doc: AlignedDocument): Row[] {
  const rows = (doc.orphans ?? []).map((orphan, i): Row => {
    const values = [
      orphan.id,
      orphan.source,
      orphan.target,
      orphan.status,
      orphan.notes.join('\n'),
      orphan.reason,
    ];
    const height = rowHeight(values, ORPHAN_COLUMNS);
    return values.map((value, c) =>
      textCell(
        value,
        {
          ...(c === 2 ? SEGMENT_STYLES.target : c === 0 || c >= 4 ? QUIET : BODY),
          ...(c === 0 ? { height } : {}),
        },
        SHEETS.orphans,
        i + 2,
        c,
        orphan.id || undefined,
      ),
    );
  });
  return [headerRow(ORPHAN_COLUMNS), ...rows];
}

function termMatchesData(doc: AlignedDocument): Row[] {
  const rows: Row[] = [];
  for (const segment of doc.segments) {
    for (const term of segment.terms) {
      const values = [
        segment.id,
        String(term.start),
        String(term.end),
        term.source,
        term.target,
        JSON.stringify(term.targets),
        term.note ?? '',
        term.status,
      ];
      const row = rows.length + 2;
      rows.push(values.map((value, c) => textCell(value, {}, SHEETS.terms, row, c, segment.id)));
    }
  }
  return [headerRow(TERM_MATCH_COLUMNS, {}), ...rows];
}

function structureData(doc: AlignedDocument): Row[] {
  const rows = doc.segments.map(
    (segment, i): Row =>
      [segment.id, String(segment.paragraph), segment.kind, segment.source].map((value, c) =>
        textCell(value, {}, SHEETS.structure, i + 2, c, segment.id),
      ),
  );
  return [headerRow(STRUCTURE_COLUMNS, {}), ...rows];
}

function metaData(doc: AlignedDocument): Row[] {
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
  const rows = Object.entries(meta).map(
    ([key, value], i): Row => [
      textCell(key, {}, SHEETS.meta, i + 2, 0),
      textCell(value, {}, SHEETS.meta, i + 2, 1),
    ],
  );
  return [headerRow(META_COLUMNS, {}), ...rows];
}

const SEVERITY_FILL: Record<Severity, string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };

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
  const last = columnLetter(QA_COLUMNS.length - 1);
  const data: Row[] = [
    headerRow(QA_COLUMNS),
    ...rows.map(({ finding, source = '', target = '' }, i): Row => {
      const values = [
        finding.severity,
        finding.code,
        finding.cell ?? '',
        finding.id ?? '',
        source,
        target,
        finding.message,
      ];
      const height = rowHeight(values, QA_COLUMNS);
      return values.map((value, c) =>
        textCell(
          // Excel's limit applies here too; a long segment is shown cut, with a mark, since the report is a view.
          value.length > EXCEL_CELL_LIMIT ? `${value.slice(0, EXCEL_CELL_LIMIT - 1)}…` : value,
          {
            ...(c === 0 ? { ...QUIET, backgroundColor: SEVERITY_FILL[finding.severity], height } : {}),
            ...(c === 1 || c === 2 || c === 3 ? QUIET : {}),
            ...(c >= 4 ? BODY : {}),
          },
          SHEETS.qa,
          i + 2,
          c,
        ),
      );
    }),
  ];
  const buffer = await writeExcelFile(
    [
      {
        sheet: SHEETS.qa,
        data,
        columns: widths(QA_COLUMNS),
        stickyRowsCount: 1,
        orientation: 'landscape',
      },
    ],
    {
      fontFamily: 'Calibri',
      fontSize: 11,
      features: [
        layoutFeature(
          [SHEETS.qa],
          [
            {
              autoFilter: `A1:${last}${rows.length + 1}`,
              printTitleRows: '$1:$1',
              fitToWidth: true,
              ignoredErrors: `A1:${last}${rows.length + 1}`,
            },
          ],
        ),
      ],
    },
  ).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** What write-excel-file has no option for, per sheet. */
interface SheetLayout {
  readonly hidden?: boolean;
  /** 0-based indexes of columns to hide. */
  readonly hiddenColumns?: readonly number[];
  /** `A1:I120`: the range the header's filter buttons cover. */
  readonly autoFilter?: string;
  /** `$1:$1`: rows repeated at the top of every printed page. */
  readonly printTitleRows?: string;
  /** Print all columns on one page width. */
  readonly fitToWidth?: boolean;
  /** A complete `<dataValidations>` element. */
  readonly dataValidations?: string;
  /** `A1:I120`: where Excel should not flag numbers stored as text. */
  readonly ignoredErrors?: string;
}

/** Children of `<worksheet>` in the order the schema (CT_Worksheet, ECMA-376 part 1 §18.3.1.99) requires. */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Hidden sheets and columns, the Status dropdown, filter buttons and print setup, added to write-excel-file's XML. */
function layoutFeature(sheetNames: readonly string[], layouts: readonly SheetLayout[]): XlsxFeature {
  return {
    files: {
      transform: {
        'xl/workbook.xml': {
          transformElementAttributes: (tagName, attributes, index) =>
            tagName === 'sheet' && index !== undefined && layouts[index]?.hidden
              ? { ...attributes, state: 'hidden' }
              : attributes,
          transform: (xml) => {
            const names = layouts.flatMap((layout, i) => {
              const sheet = sheetNames[i]!;
              const defined: string[] = [];
              if (layout.autoFilter) {
                const [from, to] = layout.autoFilter.split(':').map(absolute);
                defined.push(
                  `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${sheet}!${from}:${to}</definedName>`,
                );
              }
              if (layout.printTitleRows) {
                defined.push(
                  `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheet}!${layout.printTitleRows}</definedName>`,
                );
              }
              return defined;
            });
            if (names.length === 0) return xml;
            const markup = `<definedNames>${names.join('')}</definedNames>`;
            const existing = findElement(xml, 'definedNames');
            if (existing && !existing.selfClosingTag) {
              throw new Error(
                'xl/workbook.xml already has defined names; expected write-excel-file to write none',
              );
            }
            return existing
              ? replaceElement(xml, existing, markup)
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  markup,
                  ['workbookPr', 'bookViews', 'sheets', 'pivotCaches', 'definedNames', 'calcPr'],
                  'workbook',
                );
          },
        },
        'xl/worksheets/sheet{id}.xml': {
          transformElementAttributes: (tagName, attributes, index, _options, { sheetIndex }) => {
            const layout = layouts[sheetIndex];
            if (tagName === 'col' && index !== undefined && layout?.hiddenColumns?.includes(index)) {
              return { ...attributes, hidden: 1 };
            }
            if (tagName === 'row' && 'customHeight' in attributes) {
              const { customHeight: _custom, ...fitted } = attributes;
              return fitted;
            }
            if (tagName === 'pageSetup' && layout?.fitToWidth) {
              return { ...attributes, fitToWidth: 1, fitToHeight: 0 };
            }
            return attributes;
          },
          transform: (xml, _options, { sheetIndex }) => {
            const layout = layouts[sheetIndex];
            if (!layout) return xml;
            const insert = (markup: string) =>
              (xml = insertElementMarkupAccordingToOrderOfSiblings(
                xml,
                markup,
                WORKSHEET_ORDER,
                'worksheet',
              ));
            if (layout.fitToWidth) insert('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
            if (layout.autoFilter) insert(getSelfClosingTagMarkup('autoFilter', { ref: layout.autoFilter }));
            if (layout.dataValidations) insert(layout.dataValidations);
            if (layout.ignoredErrors) {
              insert(
                `<ignoredErrors>${getSelfClosingTagMarkup('ignoredError', { sqref: layout.ignoredErrors, numberStoredAsText: 1 })}</ignoredErrors>`,
              );
            }
            return xml;
          },
        },
      },
    },
  };
}

/** `A1` → `$A$1`, as defined names want it. */
function absolute(cell: string | undefined): string {
  return (cell ?? '').replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}
