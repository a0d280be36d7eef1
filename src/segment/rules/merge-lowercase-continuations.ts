import { isLowerCase } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * A sentence never starts with a lower-case letter, so whatever mark stands before one ended nothing: an
 * abbreviation (etc. and, approx. five), an ellipsis in mid-sentence, a quoted exclamation with its reporting
 * clause. Scripts without case never trigger it.
 *
 * Motivating sentences: "“Really?” she asked." and "He paused... and went on." and "Apples, pears, etc. are fruit."
 */
export const mergeLowercaseContinuations: Rule = (spans, { text }) =>
  mergeWhere(spans, (_left, right) => isLowerCase(text.charCodeAt(right.start)));
