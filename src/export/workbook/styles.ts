/**
 * The workbook's cell styles, declared once as a fixed table: a cell names its style by index, so writing a cell
 * costs no style lookup, and `xl/styles.xml` is the same for every workbook tandem writes.
 */

/** Font: bold, colour (RGB hex, none for the theme's text colour). */
interface FontSpec {
  readonly bold?: boolean;
  readonly color?: string;
}

/** Cell format: font, solid fill, thin border colour, alignment, and whether the cell is Text (`@`). */
interface StyleSpec {
  readonly font?: FontSpec;
  readonly fill?: string;
  readonly border?: string;
  readonly horizontal?: 'center' | 'right';
  readonly vertical?: 'top' | 'center';
  readonly wrap?: boolean;
  /**
   * `@` (Text) keeps what a translator types as typed: `1/2` stays `1/2`, `=x` stays `=x`, not a date or formula.
   * Off only for the one number column (a count).
   */
  readonly text?: boolean;
}

const HEADER: StyleSpec = {
  font: { bold: true, color: '262626' },
  fill: 'D9D9D9',
  border: 'A6A6A6',
  vertical: 'center',
};
const BODY: StyleSpec = { wrap: true, vertical: 'top', text: true, border: 'D9D9D9' };
const QUIET: StyleSpec = { ...BODY, font: { color: '595959' } };

/** Every style a workbook cell can have; the key is what writers use. */
const STYLE_SPECS = {
  /** Cells of the hidden machine sheets: no formatting at all. */
  plain: {},
  header: HEADER,
  /** The one header that stands out: the column the translator fills. */
  targetHeader: { ...HEADER, fill: 'FFD966' },
  body: BODY,
  /** A speaker label is a row of its own; bold lets the eye find the turns of a transcript. */
  bodyBold: { ...BODY, font: { bold: true } },
  quiet: QUIET,
  quietBold: { ...QUIET, font: { bold: true, color: '595959' } },
  target: { ...BODY, fill: 'FFF8DC', border: 'E6C86E' },
  status: { ...BODY, horizontal: 'center' },
  quietRight: { ...QUIET, horizontal: 'right' },
  /** The one number in the workbook: a count is sorted by, and no one types over it. */
  count: { ...QUIET, text: false, horizontal: 'right' },
  error: { ...QUIET, fill: 'F8CBAD' },
  warning: { ...QUIET, fill: 'FFE699' },
  info: { ...QUIET, fill: 'DDEBF7' },
} as const satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLE_SPECS;

const NAMES = Object.keys(STYLE_SPECS) as StyleName[];

/** The `s` index of each style in `xl/styles.xml`. */
export const STYLE: Readonly<Record<StyleName, number>> = Object.fromEntries(
  NAMES.map((name, i) => [name, i]),
) as Record<StyleName, number>;

/** Built-in number format 49 is Text (`@`). */
const TEXT_FORMAT = 49;

function fontXml(font: FontSpec | undefined): string {
  return (
    '<font>' +
    (font?.bold ? '<b/>' : '') +
    '<sz val="11"/>' +
    (font?.color ? `<color rgb="FF${font.color}"/>` : '<color theme="1"/>') +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  );
}

function fillXml(fill: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${fill}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(color: string): string {
  const side = (name: string) => `<${name} style="thin"><color rgb="FF${color}"/></${name}>`;
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

/** A list of distinct values in first-seen order, returning each value's index. */
function indexer(initial: readonly string[]): { list: string[]; at: (key: string) => number } {
  const list = [...initial];
  return {
    list,
    at(key) {
      let i = list.indexOf(key);
      if (i < 0) i = list.push(key) - 1;
      return i;
    },
  };
}

/** `xl/styles.xml` for {@link STYLE}. */
export function stylesXml(): string {
  const fonts = indexer([fontXml(undefined)]);
  // The first two fills are reserved by the format (none, gray125).
  const fills = indexer([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  const borders = indexer(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  const xfs = NAMES.map((name) => {
    const spec: StyleSpec = STYLE_SPECS[name];
    const font = fonts.at(fontXml(spec.font));
    const fill = spec.fill ? fills.at(fillXml(spec.fill)) : 0;
    const border = spec.border ? borders.at(borderXml(spec.border)) : 0;
    const format = spec.text ? TEXT_FORMAT : 0;
    const aligned = spec.vertical || spec.horizontal || spec.wrap;
    const alignment = aligned
      ? '<alignment' +
        (spec.horizontal ? ` horizontal="${spec.horizontal}"` : '') +
        (spec.vertical ? ` vertical="${spec.vertical}"` : '') +
        (spec.wrap ? ' wrapText="1"' : '') +
        '/>'
      : '';
    return (
      `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      (format ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (aligned ? ` applyAlignment="1">${alignment}</xf>` : '/>')
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<fonts count="${fonts.list.length}">${fonts.list.join('')}</fonts>` +
    `<fills count="${fills.list.length}">${fills.list.join('')}</fills>` +
    `<borders count="${borders.list.length}">${borders.list.join('')}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}
