import type { RuleName } from '../rules/index.js';

/** Rules every language runs. */
const COMMON: readonly RuleName[] = [
  'merge-decimals',
  'merge-stammers',
  'merge-clause-punctuation',
  'merge-lone-punctuation',
  'split-speaker-labels',
  'split-long-segments',
];

/** Chinese and Japanese: no spaces, full-width marks, Latin text embedded in sentences. */
export const CJK_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  ...COMMON,
  'merge-latin-punctuation-in-cjk',
  'merge-quote-continuations',
]);

/** Alphabetic scripts with spaces between sentences: Latin, Cyrillic, Greek, and the fallback for all others. */
export const SPACED_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  ...COMMON,
  'merge-spaced-ellipses',
  'merge-unspaced-periods',
  'merge-abbreviations',
  'merge-initials',
  'merge-lowercase-continuations',
]);
