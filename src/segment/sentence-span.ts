import type { SegmentKind } from '../model/index.js';

/**
 * A sentence (or speaker label) of one paragraph as UTF-16 offsets into the paragraph's text. Spans never start or
 * end with whitespace, and the text between two spans is whitespace only, so nothing is lost or added.
 */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
}
