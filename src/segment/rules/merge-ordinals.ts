import { isDigit, isWordChar } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * German writes ordinals with a period: one to three digits and a period before a word is "third", not a sentence
 * end. Four digits are a year, which does end sentences ("…im Jahr 2020. Danach…").
 *
 * Motivating sentence: "Am 3. Oktober 1990 wurde Deutschland im 20. Jahrhundert wiedervereinigt."
 */
export const mergeOrdinals: Rule = (spans, { text }) =>
  mergeWhere(spans, (left, right) => {
    if (text.charCodeAt(left.end - 1) !== 0x2e) return false;
    let start = left.end - 1;
    while (start > left.start && isDigit(text.charCodeAt(start - 1))) start--;
    const digits = left.end - 1 - start;
    if (digits < 1 || digits > 3) return false;
    if (start > left.start && isWordChar(text.charCodeAt(start - 1))) return false;
    const next = text.charCodeAt(right.start);
    return isWordChar(next) && !isDigit(next);
  });
