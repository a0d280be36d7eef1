import { isCjkChar, isWhitespace, isWordChar } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * An ellipsis between a word and its repetition is a stammer inside one sentence, not a sentence end: the speaker
 * starts again with the same word. Only an exact repetition counts; a pause before something new ("等等……
 * 你听！") still breaks, as …… asks elsewhere.
 *
 * Motivating sentences: "他颤声道：“不…… 不是我！”" and "'I... I didn't see anything.'"
 */
export const mergeStammers: Rule = (spans, { text }) =>
  mergeWhere(spans, (left, right) => {
    let mark = left.end;
    while (mark > left.start && isEllipsisPart(text.charCodeAt(mark - 1))) mark--;
    // At least an ellipsis: …, ⋯, ... or . . . (the trailing space-period pairs count as part of it).
    if (mark === left.end || !isEllipsis(text.slice(mark, left.end))) return false;
    let wordEnd = mark;
    while (wordEnd > left.start && isWhitespace(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const word = lastWord(text, left.start, wordEnd);
    return (
      word !== '' && text.slice(right.start, right.start + word.length).toLowerCase() === word.toLowerCase()
    );
  });

function isEllipsisPart(code: number): boolean {
  return code === 0x2026 || code === 0x22ef || code === 0x2e || code === 0x20;
}

function isEllipsis(marks: string): boolean {
  const dots = marks.replaceAll(' ', '');
  return /^(?:[…⋯]+|\.{3,})$/.test(dots);
}

/** The CJK character or the alphabetic word that ends at `end`. */
function lastWord(text: string, from: number, end: number): string {
  if (end <= from) return '';
  if (isCjkChar(text.charCodeAt(end - 1))) return text.charAt(end - 1);
  let start = end;
  while (start > from && (isWordChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x27))
    start--;
  // An apostrophe inside the word (I'm) is part of it; one in front is an opening quote ('I...).
  while (start < end && text.charCodeAt(start) === 0x27) start++;
  return text.slice(start, end);
}
