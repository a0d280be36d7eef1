import type { SentenceSpan } from '../sentence-span.js';

/**
 * Joins each span to the one before it where `shouldMerge(left, right)` holds; `left` is the span built so far,
 * so a chain (J. R. R. Tolkien) joins in one pass. Speaker labels never join anything.
 */
export function mergeWhere(
  spans: readonly SentenceSpan[],
  shouldMerge: (left: SentenceSpan, right: SentenceSpan) => boolean,
): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'text' && span.kind === 'text' && shouldMerge(last, span)) {
      merged[merged.length - 1] = { start: last.start, end: span.end, kind: 'text' };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
