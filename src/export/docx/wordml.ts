/**
 * The few WordprocessingML elements our documents use, written as strings. The `docx` library builds an
 * object tree for every run, paragraph and cell and then serialises it; for a table of 20,000 rows that took
 * tens of seconds and gigabytes. These write the same markup the library wrote for the same options, element
 * for element, so a document looks exactly as before, at the cost of a string per row.
 */
import type { LanguageFonts } from '../fonts.js';

/** Characters XML 1.0 cannot carry, each replaced by U+FFFD one for one, so term offsets still line up. */
const NOT_XML =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text XML can carry: characters it cannot become U+FFFD, so the document always opens. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content or a quoted attribute value: all five entities, as the `docx` library did. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** ` name="value"` for each value given, escaped; undefined ones are left out. */
function attributes(values: Readonly<Record<string, string | number | undefined>>): string {
  let xml = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) xml += ` ${name}="${escapeXml(String(value))}"`;
  }
  return xml;
}

/** Clear shading in one colour, of a run or a cell. */
function shading(fill: string): string {
  return `<w:shd${attributes({ 'w:fill': fill, 'w:color': 'auto', 'w:val': 'clear' })}/>`;
}

/** How a run is set: the run properties our documents use. */
export interface RunStyle {
  /** Faces per script and the text's language. */
  readonly fonts?: LanguageFonts;
  readonly bold?: boolean;
  /** Text colour, as hex RGB. */
  readonly color?: string;
  /** In half-points. */
  readonly size?: number;
  readonly highlight?: 'yellow';
  /** Fill of the run's shading, as hex RGB. */
  readonly fill?: string;
}

/**
 * A run's `<w:rPr>`, its properties in the order the schema requires; empty for none. Computed once per style
 * and passed to {@link textRuns}, so rows share the string instead of building properties for every run.
 */
export function runProperties(style: RunStyle): string {
  const { fonts, size } = style;
  let xml = '';
  if (fonts) {
    const { ascii, cs, eastAsia, hAnsi, hint } = fonts.font;
    const faces = { 'w:ascii': ascii, 'w:cs': cs, 'w:eastAsia': eastAsia, 'w:hAnsi': hAnsi, 'w:hint': hint };
    xml += `<w:rFonts${attributes(faces)}/>`;
  }
  if (style.bold) xml += '<w:b/><w:bCs/>';
  if (style.color) xml += `<w:color${attributes({ 'w:val': style.color })}/>`;
  if (size) xml += `<w:sz${attributes({ 'w:val': size })}/><w:szCs${attributes({ 'w:val': size })}/>`;
  if (style.highlight) xml += `<w:highlight${attributes({ 'w:val': style.highlight })}/>`;
  if (style.fill) xml += shading(style.fill);
  if (fonts && (fonts.language.value || fonts.language.eastAsia)) {
    xml += `<w:lang${attributes({ 'w:val': fonts.language.value, 'w:eastAsia': fonts.language.eastAsia })}/>`;
  }
  return xml && `<w:rPr>${xml}</w:rPr>`;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * `text` as runs with the properties `rPr` (from {@link runProperties}): a line break in the text, which XML
 * would fold into a space, becomes a `<w:br/>` opening the next run, as a soft line break in Word.
 */
export function textRuns(text: string, rPr: string): string {
  const lines = xmlSafe(text).split(LINE_BREAK);
  let xml = '';
  for (let i = 0; i < lines.length; i++) {
    xml += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(lines[i]!)}</w:t></w:r>`;
  }
  return xml;
}

/** Paragraph properties our documents use. */
export interface ParagraphStyle {
  /** A paragraph style's id, such as `Heading1`. */
  readonly style?: string;
  readonly pageBreakBefore?: boolean;
  /** Space before and after, in twips. */
  readonly before?: number;
  readonly after?: number;
  readonly align?: 'right';
}

/** A paragraph's `<w:pPr>`, its properties in the order the schema requires; empty for none. */
export function paragraphProperties(style: ParagraphStyle): string {
  let xml = '';
  if (style.style) xml += `<w:pStyle${attributes({ 'w:val': style.style })}/>`;
  if (style.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (style.before !== undefined || style.after !== undefined) {
    xml += `<w:spacing${attributes({ 'w:before': style.before, 'w:after': style.after })}/>`;
  }
  if (style.align) xml += `<w:jc${attributes({ 'w:val': style.align })}/>`;
  return xml && `<w:pPr>${xml}</w:pPr>`;
}

/** A paragraph of `runs` with the properties `pPr` (from {@link paragraphProperties}). */
export function paragraph(runs: string, pPr = ''): string {
  return runs || pPr ? `<w:p>${pPr}${runs}</w:p>` : '<w:p/>';
}

/** How our tables look: fixed column widths, every border one rule, the same margins in every cell. */
export interface TableLook {
  /** Borders inside and out: width in eighths of a point, colour as hex RGB. */
  readonly rule: { readonly size: number; readonly color: string };
  /** Cell margins in twips. */
  readonly margins: { readonly vertical: number; readonly horizontal: number };
}

/**
 * The opening of a fixed-layout table, columns `widths` twips wide: its properties and grid. Rows follow,
 * then {@link TABLE_END}, so a long table can be written a row at a time.
 */
export function tableStart(widths: readonly number[], look: TableLook): string {
  const rule = attributes({ 'w:val': 'single', 'w:color': look.rule.color, 'w:sz': look.rule.size });
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(
    (side) => `<w:${side}${rule}/>`,
  );
  const margin = (side: string, size: number) =>
    `<w:${side}${attributes({ 'w:type': 'dxa', 'w:w': size })}/>`;
  const { vertical, horizontal } = look.margins;
  return (
    `<w:tbl><w:tblPr><w:tblW${attributes({ 'w:type': 'dxa', 'w:w': widths.reduce((a, b) => a + b, 0) })}/>` +
    `<w:tblBorders>${borders.join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margin('top', vertical)}${margin('left', horizontal)}${margin('bottom', vertical)}` +
    `${margin('right', horizontal)}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol${attributes({ 'w:w': w })}/>`).join('')}</w:tblGrid>`
  );
}

/** Closes a table opened with {@link tableStart}. */
export const TABLE_END = '</w:tbl>';

/** Row properties: whether the row stays on one page, and whether it repeats at the top of every page. */
export interface RowStyle {
  readonly cantSplit: boolean;
  readonly header?: boolean;
}

/** A table row of `cells` (from {@link tableCell}). */
export function tableRow(cells: string, style: RowStyle): string {
  const properties = `${style.cantSplit ? '<w:cantSplit/>' : ''}${style.header ? '<w:tblHeader/>' : ''}`;
  return `<w:tr>${properties && `<w:trPr>${properties}</w:trPr>`}${cells}</w:tr>`;
}

/** A cell `width` twips wide, shaded in `fill` if given; `paragraphs` must hold one at least, as Word requires. */
export function tableCell(paragraphs: string, width: number, fill?: string): string {
  const tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>${fill ? shading(fill) : ''}`;
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${paragraphs}</w:tc>`;
}
