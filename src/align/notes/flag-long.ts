import { isCjkLanguage } from './cjk-language.js';
import type { NoteRule } from './types.js';

/**
 * Lengths beyond which a segment is hard to translate as one unit (characters). Chinese sentences in the sample run
 * to about 150 characters; a run-on passage with no sentence punctuation is usually much longer.
 */
const LONG = { cjk: 300, other: 800 } as const;
const SHORTEST = Math.min(LONG.cjk, LONG.other);

/** Flags extremely long segments, usually a passage whose sentence punctuation was lost. */
export const flagLong: NoteRule = ({ segment, language }) => {
  // A text has no more characters than UTF-16 units: most segments are known short without counting them.
  if (segment.source.length <= SHORTEST) return [];
  const limit = isCjkLanguage(language) ? LONG.cjk : LONG.other;
  const length = [...segment.source].length;
  return length > limit
    ? [`Very long segment (${length} characters): sentence punctuation may be missing; translate with care.`]
    : [];
};
