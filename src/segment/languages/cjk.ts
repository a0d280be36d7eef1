import type { LanguageProfile } from './language-profile.js';
import { CJK_RULES } from './rule-sets.js';

/**
 * Chinese and Japanese (and other Chinese languages): sentences end at 。！？ and …… with no space after them;
 * Latin-script abbreviations inside a sentence (U.S. 和 Dr. Smith) are handled by merge-latin-punctuation-in-cjk,
 * so no abbreviation list is needed.
 */
export const cjk: LanguageProfile = {
  name: 'cjk',
  rules: CJK_RULES,
  abbreviations: new Map(),
  sentenceStarters: new Set(),
};
