/** East Asian wide and fullwidth characters (CJK ideographs and punctuation, kana, hangul, fullwidth forms). */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD8BF][\uDC00-\uDFFF]/g;

/**
 * How wide a line of text sets, in columns as a terminal counts them: two for an East Asian wide character, one for
 * anything else. Writers use it to guess how many lines wrapped text takes, for row heights and page fitting.
 */
export function textWidth(line: string): number {
  const wide = line.match(WIDE)?.length ?? 0;
  // A wide character outside the BMP is two UTF-16 units but counts two columns, not three.
  const astral = line.match(/[\uD840-\uD8BF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return line.length - astral + wide;
}

/** Lines `text` takes when wrapped at `columns` columns; each line break starts a new one. */
export function wrappedLines(text: string, columns: number): number {
  const perLine = Math.max(1, columns);
  return text
    .split(/\r\n|\r|\n/)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
}
