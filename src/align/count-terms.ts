import type { AlignedSegment, UsedTerm } from '../model/index.js';

/** The glossary entries matched in a document, each once with how often it matched, in order of first use. */
export function countTerms(segments: readonly Pick<AlignedSegment, 'terms'>[]): UsedTerm[] {
  const used = new Map<string, UsedTerm>();
  for (const segment of segments) {
    for (const term of segment.terms) {
      const key = `${term.source}\u0000${term.target}`;
      const seen = used.get(key);
      if (seen) {
        seen.count++;
      } else {
        used.set(key, {
          source: term.source,
          target: term.target,
          targets: [...term.targets],
          ...(term.note === undefined ? {} : { note: term.note }),
          status: term.status,
          count: 1,
        });
      }
    }
  }
  return [...used.values()];
}
