import { attributeXml, cellTextXml } from '../cell-text.js';
import { cellAddress, columnLetter, EXCEL_CELL_LIMIT, EXCEL_ROW_LIMIT } from '../columns.js';
import type { TextEntry } from '../zip-writer.js';
import type { SharedStrings } from './shared-strings.js';

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

/** Thrown rather than writing a sheet with more rows than Excel and LibreOffice can open. */
export class WorkbookTooManyRowsError extends RangeError {
  constructor(readonly sheet: string) {
    super(
      `Expected the ${sheet} sheet to fit the ${EXCEL_ROW_LIMIT.toLocaleString('en')} rows a spreadsheet holds; ` +
        'the document has more segments. Split it into several files and align each.',
    );
    this.name = 'WorkbookTooManyRowsError';
  }
}

/**
 * A cell's text written straight into the sheet by the caller, as an inline string: for cells made of pieces
 * written over and over (term match offsets, Terms lists) that would otherwise be built as strings only to be
 * copied. What it writes must be cell XML already (see `cellTextXml`), with no white space at either end, and
 * within Excel's limit of characters per cell; the caller sees to all three.
 */
export type CellWriter = (out: TextEntry) => void;

/**
 * A cell's value: text (a shared string), a number, text written by a {@link CellWriter}, or nothing (the cell keeps
 * its style only).
 */
export type CellValue = string | number | CellWriter | undefined;

/** How a sheet is laid out and printed, besides its cells. */
export interface SheetLayout {
  /** Width of each column in characters, and whether the translator sees it. */
  readonly columns: readonly {
    readonly width: number;
    readonly hidden?: boolean;
    /**
     * Write this column's text in the cell itself rather than in the shared string table: for text that hardly
     * ever repeats (term lists, match offsets), where sharing only costs a lookup per cell.
     */
    readonly inline?: boolean;
    /**
     * This column's values are shared string indexes already known (from {@link SheetBuilder.lastShared} or
     * {@link SheetBuilder.sharedIndex}), not numbers: a text written on another sheet is not looked up again.
     */
    readonly indexed?: boolean;
    /**
     * This column's texts hardly ever repeat (segment IDs, sentences): each goes into the shared string table as a
     * new item, without a lookup (see `SharedStrings.add`).
     */
    readonly distinct?: boolean;
  }[];
  /** Keep row 1 in view while scrolling, show filter buttons on it and repeat it on every printed page. */
  readonly header?: boolean;
  /** Landscape, all columns on one page width. */
  readonly print?: boolean;
  /** Complete `<dataValidations>` element. */
  readonly dataValidations?: string;
  /** Do not flag digits in text cells (numbers stored as text) anywhere in the written range. */
  readonly textDigits?: boolean;
}

/** Points per wrapped line of 11-point text, and the tallest row Excel allows. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/** Row height in points for `lines` lines of wrapped 11-point text. */
export function heightForLines(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

/**
 * Writes one worksheet's XML row by row, in the element order the schema requires (CT_Worksheet, ECMA-376 part 1
 * §18.3.1.99), compressing as it goes. Text goes to the workbook's shared strings; a text longer than Excel allows
 * throws {@link WorkbookCellTooLongError} naming the cell. The optional `<dimension>` is left out: it would have to
 * come before the rows, and readers work the range out themselves.
 */
export class SheetBuilder {
  readonly name: string;
  readonly layout: SheetLayout;
  readonly #strings: SharedStrings;
  readonly #letters: string[];
  /** Per column, `<c r="B` encoded. */
  readonly #opens: Buffer[];
  /** Per style number, the end of a cell's reference and its style, `" s="3"` encoded (`"` for style 0). */
  readonly #styleEnds: Buffer[] = [];
  readonly #inline: boolean[];
  readonly #distinct: boolean[];
  readonly #indexed: boolean[];
  /** Per column, the shared string index of the last row's cell, or -1 when it was not a shared string. */
  readonly #lastShared: Int32Array;
  readonly #part: TextEntry;
  #rows = 0;
  #width = 0;

  /** `part` is the sheet's zip entry; `selected` marks the tab shown when the workbook opens. */
  constructor(name: string, part: TextEntry, layout: SheetLayout, strings: SharedStrings, selected: boolean) {
    this.name = name;
    this.layout = layout;
    this.#strings = strings;
    this.#letters = layout.columns.map((_, i) => columnLetter(i));
    this.#opens = this.#letters.map((letter) => Buffer.from(`<c r="${letter}`));
    this.#inline = layout.columns.map((column) => Boolean(column.inline));
    this.#indexed = layout.columns.map((column) => Boolean(column.indexed));
    this.#distinct = layout.columns.map((column) => Boolean(column.distinct));
    this.#lastShared = new Int32Array(layout.columns.length).fill(-1);
    this.#part = part;
    const tab = selected ? ' tabSelected="1"' : '';
    this.#part.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        (layout.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        (layout.header
          ? `<sheetViews><sheetView${tab} workbookViewId="0">` +
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
          : `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`) +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        `<cols>${layout.columns
          .map(
            (column, i) =>
              `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.hidden ? ' hidden="1"' : ''}/>`,
          )
          .join('')}</cols>` +
        '<sheetData>',
    );
  }

  /**
   * Appends a row: `values[i]` in column i with style `styles[i]`. An undefined value writes a styled empty cell
   * (the Target column's fill shows before anything is typed). `height` in points; `id` names the segment in errors.
   */
  row(values: readonly CellValue[], styles: readonly number[], height?: number, id?: string): void {
    if (this.#rows === EXCEL_ROW_LIMIT) throw new WorkbookTooManyRowsError(this.name);
    // Checked before anything is written, so that a refused row leaves no half of itself behind.
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (typeof value === 'string' && value.length > EXCEL_CELL_LIMIT) {
        throw new WorkbookCellTooLongError(cellAddress(this.name, this.#rows + 1, c), value.length, id);
      }
    }
    const r = ++this.#rows;
    const part = this.#part;
    part.ascii('<row r="');
    part.digits(r);
    if (height !== undefined) {
      part.ascii('" ht="');
      part.digits(height);
    }
    part.ascii('">');
    const lastShared = this.#lastShared;
    lastShared.fill(-1);
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      const style = styles[c] ?? 0;
      if (typeof value === 'number' && this.#indexed[c]) {
        if (value >= 0) {
          this.#cell(c, r, style);
          this.#shared(value);
          lastShared[c] = value;
        } else if (style !== 0) {
          this.#cell(c, r, style);
          part.ascii('/>');
        }
      } else if (typeof value === 'string' && value !== '') {
        this.#cell(c, r, style);
        if (this.#inline[c]) {
          const preserve = value.charCodeAt(0) <= 0x20 || value.charCodeAt(value.length - 1) <= 0x20;
          part.ascii(preserve ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
          part.utf8(cellTextXml(value));
          part.ascii('</t></is></c>');
        } else {
          const index = this.#distinct[c] ? this.#strings.add(value) : this.#strings.indexOf(value);
          this.#shared(index);
          lastShared[c] = index;
        }
      } else if (typeof value === 'function') {
        this.#cell(c, r, style);
        part.ascii(' t="inlineStr"><is><t>');
        value(part);
        part.ascii('</t></is></c>');
      } else if (typeof value === 'number') {
        this.#cell(c, r, style);
        part.ascii('><v>');
        part.digits(value);
        part.ascii('</v></c>');
      } else if (style !== 0) {
        this.#cell(c, r, style);
        part.ascii('/>');
      }
    }
    if (values.length > this.#width) this.#width = values.length;
    part.ascii('</row>');
  }

  /** Opens cell `c` of row `r`, up to its type or end: `<c r="B7" s="3"`. */
  #cell(c: number, r: number, style: number): void {
    const part = this.#part;
    part.bytes(this.#opens[c]!);
    part.digits(r);
    let end = this.#styleEnds[style];
    if (end === undefined) {
      end = Buffer.from(style === 0 ? '"' : `" s="${style}"`);
      this.#styleEnds[style] = end;
    }
    part.bytes(end);
  }

  /** Ends an opened cell as shared string `index`. */
  #shared(index: number): void {
    const part = this.#part;
    part.ascii(' t="s"><v>');
    part.digits(index);
    part.ascii('</v></c>');
  }

  /** The shared string index of column `column`'s cell in the last row written, or -1 when it had none. */
  lastShared(column: number): number {
    return this.#lastShared[column] ?? -1;
  }

  /**
   * The shared string index of a short text (a paragraph number, a kind), for an `indexed` column: callers keep
   * the few such texts they write over and over rather than having each looked up again.
   */
  sharedIndex(text: string): number {
    if (text.length > EXCEL_CELL_LIMIT)
      throw new RangeError(`Expected a short text, got ${text.length} characters`);
    return text === '' ? -1 : this.#strings.indexOf(text);
  }

  /** The range the rows cover, `A1:I120`. */
  range(): string {
    return `A1:${this.#letters[Math.max(0, this.#width - 1)] ?? 'A'}${Math.max(1, this.#rows)}`;
  }

  /** Finishes the sheet: filter, validations, page setup. */
  end(): void {
    const { layout } = this;
    const range = this.range();
    this.#part.write(
      '</sheetData>' +
        (layout.header ? `<autoFilter ref="${range}"/>` : '') +
        (layout.dataValidations ?? '') +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        (layout.print ? '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '') +
        (layout.textDigits
          ? `<ignoredErrors><ignoredError sqref="${range}" numberStoredAsText="1"/></ignoredErrors>`
          : '') +
        '</worksheet>',
    );
    this.#part.end();
  }
}

/** A list validation over `range` offering `values` and refusing anything else; `title` heads its error box. */
export function listValidation(range: string, title: string, values: readonly string[]): string {
  return (
    '<dataValidations count="1">' +
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${range}"` +
    ` errorTitle="${attributeXml(title)}" error="${attributeXml(`Choose one of: ${values.join(', ')}`)}">` +
    `<formula1>${attributeXml(`"${values.join(',')}"`).replace(/&quot;/g, '"')}</formula1>` +
    '</dataValidation></dataValidations>'
  );
}
