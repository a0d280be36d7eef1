import type { RuleName } from '../rules/index.js';

/**
 * How an abbreviation before a period behaves: a `title` (Mr., Dr.) always has a name after it, a `number`
 * abbreviation (No., Jan., p.) ends no sentence when a digit follows, and an `inline` one (e.g., vs., z.B.) is never
 * sentence-final. Others (etc., Inc.) end the sentence unless a lower-case word follows, which the
 * merge-lowercase-continuations rule already sees.
 */
export type AbbreviationKind = 'title' | 'number' | 'inline';

/** A language's segmentation data: which rules run and the word lists they consult. */
export interface LanguageProfile {
  /** `cjk`, `en`, `de`, `fr`, `es` or `generic`. */
  readonly name: string;
  /** The rules of the registry (rules/index.ts) that run, in registry order. */
  readonly rules: ReadonlySet<RuleName>;
  /** Abbreviations as written before their final period (`Dr`, `U.S`, `e.g`). */
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /**
   * Words that begin sentences, so that a dotted acronym before one ends its sentence ("…in the U.S. The next…")
   * while one before any other capitalised word does not ("the U.S. Senate"). Empty: acronyms are left alone.
   */
  readonly sentenceStarters: ReadonlySet<string>;
}

/** Builds an abbreviation map from space-separated word lists per kind. */
export function abbreviations(
  lists: Readonly<Partial<Record<AbbreviationKind, string>>>,
): Map<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const [kind, words] of Object.entries(lists) as [AbbreviationKind, string][]) {
    for (const word of words.split(/\s+/).filter(Boolean)) map.set(word, kind);
  }
  return map;
}
