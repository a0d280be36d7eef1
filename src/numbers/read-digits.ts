import { cleanValue, type NumberMention } from './number-mention.js';

// 1,000 · 1 000 (no-break or thin space) · 2020 · 1.5. A comma before a group of three digits separates
// thousands; anything else after a comma is a new number ("1,2").
const DIGITS =
  /(?<![0-9.])(\d{1,3}(?:,\d{3})+(?![0-9])|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![0-9])|\d+)(?:\.(\d+))?/g;
const ORDINAL_OR_DECADE = /^(?:st|nd|rd|th|['’]?s)\b/i;
const PERCENT = /^\s?(?:%|per\s?cent\b|percent\b)/i;
// 3万 · 1.5亿 · 20多亿 (more than 2 billion) · 5千万; not 千瓦/千米/千克 (kilowatt, kilometre, kilogram) or 百分点.
const CJK_SCALE = /^[多余]?(?:[十百千](?![瓦米克分])|[万萬亿億])+/;
const CJK_UNIT: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};
const ENGLISH_SCALE = /^(?:\s?(bn|mn|tn)|\s(hundred|thousand|million|billion|trillion))\b/i;
const ENGLISH_UNIT: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/**
 * Numbers written in digits, with what scales them: 3万 = 30,000, 1.5 billion, 20多亿 = 2,000,000,000; a
 * percent sign or "per cent", an ordinal or decade ending (14th, 1990s) are taken in but do not change the value.
 */
export function readDigits(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    let value = Number(m[1]!.replace(/[,\u00a0\u202f]/g, '') + (m[2] ? `.${m[2]}` : ''));
    let end = m.index + m[0].length;
    const after = text.slice(end);
    const cjk = CJK_SCALE.exec(after);
    const english = ENGLISH_SCALE.exec(after);
    const suffix = ORDINAL_OR_DECADE.exec(after) ?? PERCENT.exec(after);
    if (cjk) {
      for (const char of cjk[0]) value *= CJK_UNIT[char] ?? 1;
      end += cjk[0].length;
    } else if (english) {
      value *= ENGLISH_UNIT[(english[1] ?? english[2])!.toLowerCase()]!;
      end += english[0].length;
    } else if (suffix) end += suffix[0].length;
    found.push({
      value: cleanValue(value),
      text: text.slice(m.index, end),
      start: m.index,
      end,
      strength: 'strong',
      written: 'digits',
    });
  }
  return found;
}
