/** Whether a BMP code unit is East Asian wide or fullwidth (CJK ideographs and punctuation, kana, hangul, fullwidth forms). */
function isWide(unit: number): boolean {
  return (
    (unit >= 0x1100 && unit <= 0x115f) ||
    (unit >= 0x2e80 && unit <= 0xa4cf) ||
    (unit >= 0xac00 && unit <= 0xd7a3) ||
    (unit >= 0xf900 && unit <= 0xfaff) ||
    (unit >= 0xfe30 && unit <= 0xfe4f) ||
    (unit >= 0xff00 && unit <= 0xff60) ||
    (unit >= 0xffe0 && unit <= 0xffe6)
  );
}

/**
 * Columns of `text[from, to)` as a terminal counts them: two for an East Asian wide character (supplementary
 * ideographs, U+20000–U+2FFFF, included), one for anything else; a surrogate pair is one character.
 */
function columnsOf(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd840 && unit <= 0xd8bf && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width += 2;
        i++;
        continue;
      }
    }
    width += isWide(unit) ? 2 : 1;
  }
  return width;
}

/**
 * How wide a line of text sets, in columns as a terminal counts them: two for an East Asian wide character, one for
 * anything else. Writers use it to guess how many lines wrapped text takes, for row heights and page fitting.
 */
export function textWidth(line: string): number {
  return columnsOf(line, 0, line.length);
}

/**
 * Lines `text` takes when wrapped at `columns` columns; each line break (LF, CR or CRLF) starts a new one. One pass
 * over the text: a book's workbook asks this of every source.
 */
export function wrappedLines(text: string, columns: number): number {
  const perLine = Math.max(1, columns);
  let lines = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || unit === 0x0d) {
      lines += Math.max(1, Math.ceil(width / perLine));
      width = 0;
      if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (unit >= 0xd840 && unit <= 0xd8bf && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A supplementary ideograph (U+20000–U+2FFFF): one wide character.
      width += 2;
      i++;
    } else {
      width += isWide(unit) ? 2 : 1;
    }
  }
  return lines + Math.max(1, Math.ceil(width / perLine));
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
