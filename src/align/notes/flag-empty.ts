import type { NoteRule } from './types.js';

// A line holding only "……" or "——" survives segmentation but gives the translator nothing to translate.
const NOTHING_TO_TRANSLATE = /^[\s\p{P}\p{S}]*$/u;

/** Flags segments with no words in them (only punctuation, symbols or spaces). */
export const flagEmpty: NoteRule = ({ segment }) => {
  if (segment.kind === 'speaker') return [];
  return NOTHING_TO_TRANSLATE.test(segment.source)
    ? ['No words to translate: only punctuation or symbols.']
    : [];
};
