import type { TermMatch } from '../model/index.js';

/** A piece of a segment's source: plain text, or the text of one term match. */
export interface TermSpan {
  readonly text: string;
  readonly term?: TermMatch;
}

/**
 * Cuts a source into plain and matched pieces by the matches' offsets, so a writer can mark each matched term. A
 * match that overlaps an earlier one or falls outside the text is left unmarked rather than garbling the text: the
 * pieces always join back to `source`.
 */
export function termSpans(source: string, terms: readonly TermMatch[]): TermSpan[] {
  const spans: TermSpan[] = [];
  let at = 0;
  const ordered = [...terms].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const term of ordered) {
    if (term.start < at || term.end <= term.start || term.end > source.length) continue;
    if (term.start > at) spans.push({ text: source.slice(at, term.start) });
    spans.push({ text: source.slice(term.start, term.end), term });
    at = term.end;
  }
  if (at < source.length || spans.length === 0) spans.push({ text: source.slice(at) });
  return spans;
}

/** The matched entries as `source → target`, each once, in order of first match: the Terms cell and the DOCX hints. */
export function termLines(terms: readonly TermMatch[]): string[] {
  const lines: string[] = [];
  // A segment has a handful of matches: looking through the lines so far is cheaper than a Set per segment.
  const seen = terms.length > 16 ? new Set<string>() : undefined;
  for (const term of terms) {
    const line = `${term.source} → ${term.target || '—'}${term.status === 'forbidden' ? ' [forbidden]' : ''}`;
    if (seen ? seen.has(line) : lines.includes(line)) continue;
    seen?.add(line);
    lines.push(line);
  }
  return lines;
}
