import { mergeAbbreviations } from './merge-abbreviations.js';
import { mergeClausePunctuation } from './merge-clause-punctuation.js';
import { mergeDecimals } from './merge-decimals.js';
import { mergeInitials } from './merge-initials.js';
import { mergeLatinPunctuationInCjk } from './merge-latin-punctuation-in-cjk.js';
import { mergeLonePunctuation } from './merge-lone-punctuation.js';
import { mergeLowercaseContinuations } from './merge-lowercase-continuations.js';
import { mergeOrdinals } from './merge-ordinals.js';
import { mergeQuoteContinuations } from './merge-quote-continuations.js';
import { mergeSpacedEllipses } from './merge-spaced-ellipses.js';
import { mergeStammers } from './merge-stammers.js';
import { mergeUnspacedPeriods } from './merge-unspaced-periods.js';
import type { Rule } from './rule.js';
import { splitLongSegments } from './split-long-segments.js';
import { splitSpeakerLabels } from './split-speaker-labels.js';

export type { Rule, RuleContext } from './rule.js';

/**
 * The repair rules in the order they run after the naive split. A language's profile picks which of them run
 * (languages/rule-sets.ts); the order is always this one. Merges that look at a period come before the ones that
 * look at what follows it; speaker labels are cut after all merges, so that no merge joins two turns; the length
 * cap comes last.
 */
export const RULES = [
  { name: 'merge-spaced-ellipses', apply: mergeSpacedEllipses },
  { name: 'merge-decimals', apply: mergeDecimals },
  { name: 'merge-unspaced-periods', apply: mergeUnspacedPeriods },
  { name: 'merge-latin-punctuation-in-cjk', apply: mergeLatinPunctuationInCjk },
  { name: 'merge-abbreviations', apply: mergeAbbreviations },
  { name: 'merge-initials', apply: mergeInitials },
  { name: 'merge-ordinals', apply: mergeOrdinals },
  { name: 'merge-stammers', apply: mergeStammers },
  { name: 'merge-lowercase-continuations', apply: mergeLowercaseContinuations },
  { name: 'merge-quote-continuations', apply: mergeQuoteContinuations },
  { name: 'merge-clause-punctuation', apply: mergeClausePunctuation },
  { name: 'merge-lone-punctuation', apply: mergeLonePunctuation },
  { name: 'split-speaker-labels', apply: splitSpeakerLabels },
  { name: 'split-long-segments', apply: splitLongSegments },
] as const satisfies readonly { readonly name: string; readonly apply: Rule }[];

/** The name of a registered rule, as language profiles list them. */
export type RuleName = (typeof RULES)[number]['name'];
