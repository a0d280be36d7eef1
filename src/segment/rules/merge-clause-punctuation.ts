import { isClausePunctuation } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * No sentence starts with a comma, an enumeration comma, a semicolon or a colon: a mark before one ended nothing.
 *
 * Motivating sentences: "疫情蔓延、经济衰退……，都是摆在人类社会面前的挑战。" and "“Go!”, he said."
 */
export const mergeClausePunctuation: Rule = (spans, { text }) =>
  mergeWhere(spans, (_left, right) => isClausePunctuation(text.charCodeAt(right.start)));
