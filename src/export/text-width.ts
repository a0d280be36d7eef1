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

/** Whether a supplementary ideograph (U+20000–U+2FFFF, a surrogate pair, wide) starts at code unit `i`. */
function isWidePair(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0xd840 || unit > 0xd8bf) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * How wide a line of text sets, in columns as a terminal counts them: two for an East Asian wide character
 * (supplementary ideographs included), one for anything else; a surrogate pair is one character. Writers use
 * {@link wrappedLines}, which counts the same way, to guess how many lines wrapped text takes.
 */
export function textWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    if (isWidePair(line, i)) {
      width += 2;
      i++;
    } else {
      width += isWide(line.charCodeAt(i)) ? 2 : 1;
    }
  }
  return width;
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
    } else if (isWidePair(text, i)) {
      width += 2;
      i++;
    } else {
      width += isWide(unit) ? 2 : 1;
    }
  }
  return lines + Math.max(1, Math.ceil(width / perLine));
}
