import type { AlignedSegment } from '../model/index.js';

/**
 * Whether a segment has a translation to judge: a target that is not blank and not a copy of its source. An
 * empty or copied row is reported once (`empty-target`, `target-same-as-source`), not again by every check
 * that reads the translation (missing terms, length, untranslated characters).
 */
export function hasTranslation(segment: AlignedSegment): boolean {
  // Several checks ask about every segment: normalizing a book's texts once per check took half a second.
  const known = KNOWN.get(segment);
  if (known && known.source === segment.source && known.target === segment.target) return known.answer;
  const target = collapse(segment.target);
  const answer = target !== '' && target !== collapse(segment.source);
  KNOWN.set(segment, { source: segment.source, target: segment.target, answer });
  return answer;
}

/** Answers so far, by segment, with the texts they were for (a segment changed since is asked again). */
const KNOWN = new WeakMap<AlignedSegment, { source: string; target: string; answer: boolean }>();

function collapse(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
