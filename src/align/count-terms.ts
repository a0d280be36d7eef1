import type { AlignedSegment, UsedTerm } from '../model/index.js';

/** The glossary entries matched in a document, each once with how often it matched, in order of first use. */
export function countTerms(segments: readonly Pick<AlignedSegment, 'terms'>[]): UsedTerm[] {
  const used: UsedTerm[] = [];
  // Keyed by source, then target: a big document has hundreds of thousands of matches, and a key made by joining
  // the two would be a new string to build and hash for each.
  const bySource = new Map<string, Map<string, UsedTerm>>();
  for (const segment of segments) {
    for (const term of segment.terms) {
      let byTarget = bySource.get(term.source);
      if (byTarget === undefined) {
        byTarget = new Map();
        bySource.set(term.source, byTarget);
      }
      const seen = byTarget.get(term.target);
      if (seen) {
        seen.count++;
      } else {
        const first: UsedTerm = {
          source: term.source,
          target: term.target,
          targets: [...term.targets],
          ...(term.note === undefined ? {} : { note: term.note }),
          status: term.status,
          count: 1,
        };
        byTarget.set(term.target, first);
        used.push(first);
      }
    }
  }
  return used;
}
