import type { LanguageProfile } from '../languages/language-profile.js';
import type { ResolvedSegmentOptions } from '../segment-options.js';
import type { SentenceSpan } from '../sentence-span.js';

/** What a rule may look at besides the spans: the paragraph, its language profile and the options. */
export interface RuleContext {
  readonly text: string;
  readonly profile: LanguageProfile;
  readonly options: ResolvedSegmentOptions;
}

/** One repair step: takes the spans so far, returns the repaired spans (a new array; spans are never mutated). */
export type Rule = (spans: readonly SentenceSpan[], context: RuleContext) => SentenceSpan[];
