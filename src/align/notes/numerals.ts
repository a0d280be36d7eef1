/** Characters that can stand before a Chinese measure word as (part of) a number: digits, numerals, 几/数/多/余/半. */
export const NUMERAL_CHARS = /[0-9０-９零〇一二三四五六七八九十百千万亿两几数多余半壹贰叁肆伍陆柒捌玖拾佰仟]/;

/** Whether the character before `index` in `text` is a numeral (so a measure word there has its number). */
export function hasNumeralBefore(text: string, index: number): boolean {
  return index > 0 && NUMERAL_CHARS.test(text[index - 1]!);
}
