import { isWordChar } from '../characters.js';
import type { SentenceSpan } from '../sentence-span.js';
import type { Rule } from './rule.js';

/** Longer runs of marks are left alone rather than scanned. */
const LONGEST = 64;

/**
 * A span of marks alone (no letter, digit or CJK character) is no sentence: it joins the text it touches, the next
 * span when no space separates them (……我不知道。), else the one before (He left. …).
 *
 * Motivating sentence: "他说。……好吧，我走。"
 */
export const mergeLonePunctuation: Rule = (spans, { text }) => {
  const merged: SentenceSpan[] = [];
  let carry: SentenceSpan | undefined;
  for (let i = 0; i < spans.length; i++) {
    let span = spans[i]!;
    if (carry) {
      span = { start: carry.start, end: span.end, kind: 'text' };
      carry = undefined;
    }
    const next = spans[i + 1];
    const last = merged[merged.length - 1];
    if (span.kind !== 'text' || !isLone(text, span)) {
      merged.push(span);
    } else if (next?.kind === 'text' && next.start === span.end) {
      carry = span;
    } else if (last?.kind === 'text') {
      merged[merged.length - 1] = { start: last.start, end: span.end, kind: 'text' };
    } else if (next?.kind === 'text') {
      carry = span;
    } else {
      merged.push(span);
    }
  }
  return merged;
};

function isLone(text: string, span: SentenceSpan): boolean {
  if (span.end - span.start > LONGEST) return false;
  for (let i = span.start; i < span.end; i++) if (isWordChar(text.charCodeAt(i))) return false;
  return true;
}
