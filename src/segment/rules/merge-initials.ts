import { isOpener, isUpperCase, isWhitespace } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * A single capital letter and a period before a capitalised word is an initial, not a sentence end. The pronoun
 * I is left out: "…than I. Then…" ends a sentence far more often than someone has the initial I.
 *
 * Motivating sentence: "The Hobbit was written by J. R. R. Tolkien and published in 1937."
 */
export const mergeInitials: Rule = (spans, { text }) =>
  mergeWhere(spans, (left, right) => {
    const end = left.end;
    if (end - left.start < 2 || text.charCodeAt(end - 1) !== 0x2e) return false;
    const letter = text.charCodeAt(end - 2);
    if (!isUpperCase(letter) || letter === 0x49) return false;
    // The letter must stand alone: "J." but not the end of "Smith." or of an acronym like "the U.S." (whose
    // sentence ends are merge-abbreviations' business).
    if (
      end - 2 > left.start &&
      !isWhitespace(text.charCodeAt(end - 3)) &&
      !isOpener(text.charCodeAt(end - 3))
    ) {
      return false;
    }
    return isUpperCase(text.charCodeAt(right.start));
  });
