import {
  CJK_SEMICOLON,
  isCloser,
  isStraightQuote,
  isTerminal,
  isWhitespace,
  isWordChar,
} from './characters.js';
import type { SentenceSpan } from './sentence-span.js';

/**
 * First pass of segmentation: a break after every run of sentence-final marks (。！？ . ! ? …, and ；when asked),
 * with the closing quotes and brackets that follow the run. The repair rules then undo the breaks that are not
 * sentence ends (3.5, Mr. Smith, “我们走。”他说). One linear scan, no regular expressions.
 */
export function splitNaively(text: string, breakOnSemicolon: boolean): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipWhitespace(text, 0);
  let i = start;
  while (i < text.length) {
    if (!endsSentence(text.charCodeAt(i), breakOnSemicolon)) {
      i++;
      continue;
    }
    const end = sentenceEnd(text, i, breakOnSemicolon);
    spans.push({ start, end, kind: 'text' });
    start = skipWhitespace(text, end);
    i = start;
  }
  let end = text.length;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end, kind: 'text' });
  return spans;
}

/** Whether the character can end a sentence. */
export function endsSentence(code: number, breakOnSemicolon: boolean): boolean {
  return isTerminal(code) || (breakOnSemicolon && code === CJK_SEMICOLON);
}

/**
 * Where the sentence end whose first mark is at `at` stops: after the run of marks (？！, ……) and the closing
 * quotes and brackets after it, and after marks that follow those (他问“为什么？”。).
 */
export function sentenceEnd(text: string, at: number, breakOnSemicolon: boolean): number {
  let end = at;
  for (;;) {
    while (end < text.length && endsSentence(text.charCodeAt(end), breakOnSemicolon)) end++;
    const closed = skipClosers(text, end);
    if (closed === end || !endsSentence(text.charCodeAt(closed), breakOnSemicolon)) return closed;
    end = closed;
  }
}

/** The first non-whitespace offset at or after `from`. */
export function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The offset after the closing quotes and brackets at `from`. A straight quote closes only when no letter follows
 * it (He said "Go." Then…); French puts a space before its closing » (« Allez. » Puis…).
 */
export function skipClosers(text: string, from: number): number {
  let i = from;
  for (;;) {
    const code = text.charCodeAt(i);
    if (isCloser(code)) {
      i++;
    } else if (isStraightQuote(code) && !isWordChar(text.charCodeAt(i + 1))) {
      i++;
    } else if (
      (code === 0x20 || code === 0xa0 || code === 0x202f) &&
      text.charCodeAt(i + 1) === 0xbb &&
      !isWordChar(text.charCodeAt(i + 2))
    ) {
      i += 2;
    } else {
      return i;
    }
  }
}
