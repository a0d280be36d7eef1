import type { AlignedSegment } from '../model/index.js';

/**
 * Whether a segment has a translation to judge: a target that is not blank and not a copy of its source. An
 * empty or copied row is reported once (`empty-target`, `target-same-as-source`), not again by every check
 * that reads the translation (missing terms, length, untranslated characters).
 */
export function hasTranslation(segment: AlignedSegment): boolean {
  const target = collapse(segment.target);
  return target !== '' && target !== collapse(segment.source);
}

function collapse(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
