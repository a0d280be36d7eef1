import { isDigit } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * Never break inside a number: a period (ASCII or full-width) with a digit right after it is a decimal point.
 *
 * Motivating sentences: "全年经济增长3.5%左右。" and "GDP grew by 2.3 percent in 2020." and the full-width
 * "增长３．５％。"
 */
export const mergeDecimals: Rule = (spans, { text }) =>
  mergeWhere(spans, (left, right) => {
    const period = text.charCodeAt(left.end - 1);
    return (
      (period === 0x2e || period === 0xff0e) &&
      right.start === left.end &&
      isDigit(text.charCodeAt(right.start))
    );
  });
