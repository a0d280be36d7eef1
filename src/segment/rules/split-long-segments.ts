import { isOpener, isPunctuation, isWhitespace } from '../characters.js';
import type { SentenceSpan } from '../sentence-span.js';
import { skipWhitespace } from '../split-naively.js';
import type { Rule } from './rule.js';

/**
 * A segment longer than `maxLength` is cut at the last space or punctuation mark before the limit, or hard at the
 * limit when there is none, so that no spreadsheet cell truncates it. Rare in prose; it happens to texts that lost
 * their punctuation, or to a 10 MB file with no sentence marks at all.
 *
 * Motivating text: the sample interview with every 。 stripped, one 26,000-character run of clauses.
 */
export const splitLongSegments: Rule = (spans, { text, options }) => {
  const max = options.maxLength;
  if (spans.every((span) => span.end - span.start <= max)) return [...spans];
  const split: SentenceSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    while (span.end - start > max) {
      const cut = cutPoint(text, start, start + max);
      let end = cut;
      while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
      split.push({ start, end, kind: span.kind });
      start = skipWhitespace(text, cut);
    }
    if (span.end > start) split.push({ start, end: span.end, kind: span.kind });
  }
  return split;
};

/** The last offset in (start + 1, limit] at a space or after a mark; else the limit, never inside a surrogate pair. */
function cutPoint(text: string, start: number, limit: number): number {
  for (let at = limit; at > start + 1; at--) {
    const before = text.charCodeAt(at - 1);
    if (isWhitespace(text.charCodeAt(at)) || (isPunctuation(before) && !isOpener(before))) return at;
  }
  // maxLength is at least 2, so stepping back off a high surrogate still leaves something to cut.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
