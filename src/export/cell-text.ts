/**
 * Spreadsheet XML cannot hold every character a document may contain (control characters, U+FFFD stands in for
 * what was lost, non-characters, lone surrogates). OOXML has an escape for exactly this, `_xHHHH_`, which Excel,
 * LibreOffice and SheetJS decode when reading, so we use it instead of losing text.
 */

/** Characters XML 1.0 cannot carry or readers would not give back as written, and CR, which XML parsers turn into LF. */
const UNWRITABLE =
  /[\0-\x08\x0B-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD-\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that a reader would take for an escape: it must itself be escaped (`_x005F_` is `_`). */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

/** Anything either pattern above, or XML escaping, could touch. Most text has none of it. */
const MAYBE_SPECIAL = /[\0-\x08\x0B-\x1F&<>_\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;

function escapeUnit(unit: string): string {
  return `_x${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Encodes text for a cell so that reading the workbook back gives exactly `text` (before XML escaping). */
export function encodeCellText(text: string): string {
  return text
    .replace(LOOKS_ESCAPED, '_x005F_$1')
    .replace(UNWRITABLE, (match) => match.split('').map(escapeUnit).join(''));
}

/** `text` as the content of a `<t>` element: OOXML-escaped (see {@link encodeCellText}), then XML-escaped. */
export function cellTextXml(text: string): string {
  if (!MAYBE_SPECIAL.test(text)) return text;
  return encodeCellText(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Text for an XML attribute value (sheet names, messages of validations). */
export function attributeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}
