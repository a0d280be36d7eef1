import { profileFor } from './languages/index.js';
import { RULES } from './rules/index.js';
import {
  type ResolvedSegmentOptions,
  resolveSegmentOptions,
  type SegmentOptions,
} from './segment-options.js';
import type { SentenceSpan } from './sentence-span.js';
import { splitNaively } from './split-naively.js';

/**
 * Splits one paragraph into sentences and speaker labels: a naive break after every sentence mark, then the
 * language's repair rules in registry order. Linear in the paragraph's length; whitespace between spans belongs to
 * none of them, and a whitespace-only paragraph has no spans.
 */
export function splitSentences(text: string, options: SegmentOptions): SentenceSpan[] {
  return splitResolved(text, resolveSegmentOptions(options));
}

/** {@link splitSentences} with the options resolved once, for callers that split many paragraphs. */
export function splitResolved(text: string, resolved: ResolvedSegmentOptions): SentenceSpan[] {
  const profile = profileFor(resolved.language, text);
  const context = { text, profile, options: resolved };
  let spans = splitNaively(text, resolved.breakOnSemicolon);
  for (const rule of RULES) {
    if (profile.rules.has(rule.name)) spans = rule.apply(spans, context);
  }
  return spans;
}
