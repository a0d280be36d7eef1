import type { LanguageProfile } from './language-profile.js';
import { SPACED_RULES } from './rule-sets.js';

/**
 * Every language without rules of its own (Russian, Korean, Arabic, …): breaks after sentence marks followed by a
 * space, kept together where a lower-case word follows or where no space follows the period (3.5, т.е).
 */
export const generic: LanguageProfile = {
  name: 'generic',
  rules: SPACED_RULES,
  abbreviations: new Map(),
  sentenceStarters: new Set(),
};
