import { isWordChar } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * A period with a letter or digit right after it, no space between, ends no sentence: it is inside an
 * abbreviation, a version, a file or domain name.
 *
 * Motivating sentence: "The U.S. economy, i.e. the world's largest, runs on Node.js v2.0 at example.com."
 */
export const mergeUnspacedPeriods: Rule = (spans, { text }) =>
  mergeWhere(
    spans,
    (left, right) =>
      text.charCodeAt(left.end - 1) === 0x2e &&
      right.start === left.end &&
      isWordChar(text.charCodeAt(right.start)),
  );
