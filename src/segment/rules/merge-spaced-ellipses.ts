import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * Typeset English spaces its ellipsis ". . .": three periods one space apart are one mark, not three sentence
 * ends. Joined here so that later rules see one ellipsis.
 *
 * Motivating sentence: "'We . . . we should go home now.'"
 */
export const mergeSpacedEllipses: Rule = (spans, { text }) =>
  mergeWhere(
    spans,
    (left, right) =>
      text.charCodeAt(left.end - 1) === 0x2e &&
      right.start === left.end + 1 &&
      text.charCodeAt(left.end) === 0x20 &&
      text.charCodeAt(right.start) === 0x2e,
  );
