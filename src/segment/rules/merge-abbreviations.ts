import { isDigit, isUpperCase, isWordChar } from '../characters.js';
import type { LanguageProfile } from '../languages/language-profile.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * A period after a known abbreviation ends no sentence when what follows shows the sentence goes on: a name after
 * a title, a digit after No. or Jan., anything after e.g. or vs. A dotted acronym (U.S., U.K.) goes on unless the
 * next word is one that begins sentences (the U.S. Senate | the U.S. The…). Lower-case words after etc. or Inc.
 * are left to merge-lowercase-continuations.
 *
 * Motivating sentences: "Mr. Smith met Dr. Jones on Jan. 5 at No. 10, e.g. in the U.S. Senate building."
 */
export const mergeAbbreviations: Rule = (spans, { text, profile }) =>
  mergeWhere(spans, (left, right) => {
    if (text.charCodeAt(left.end - 1) !== 0x2e) return false;
    const token = tokenBefore(text, left.start, left.end - 1);
    if (!token) return false;
    const kind = profile.abbreviations.get(token) ?? profile.abbreviations.get(token.toLowerCase());
    const next = text.charCodeAt(right.start);
    if (kind === 'title' || kind === 'inline') return true;
    if (kind === 'number') return isDigit(next);
    return (
      isDottedAcronym(token) &&
      profile.sentenceStarters.size > 0 &&
      !startsSentence(text, right.start, profile)
    );
  });

/** The word (letters and inner periods: `U.S`, `e.g`, `Dr`) that ends at `end`, or '' if none stands there. */
function tokenBefore(text: string, from: number, end: number): string {
  let start = end;
  while (start > from && (isWordChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e))
    start--;
  while (start < end && text.charCodeAt(start) === 0x2e) start++;
  return text.slice(start, end);
}

/** U.S, U.K, U.N: two or more capitals each followed by a period (the last one's is outside the token). */
function isDottedAcronym(token: string): boolean {
  if (token.length < 3) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (i % 2 === 0 ? !isUpperCase(code) : code !== 0x2e) return false;
  }
  return token.length % 2 === 1;
}

function startsSentence(text: string, at: number, profile: LanguageProfile): boolean {
  let end = at;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end === at || profile.sentenceStarters.has(text.slice(at, end));
}
