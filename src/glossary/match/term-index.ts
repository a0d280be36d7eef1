import type { GlossaryEntry } from '../../model/index.js';
import type { AhoCorasick } from './aho-corasick.js';
import { WordTokens } from './word-tokens.js';

/** A compiled glossary, ready for `matchTerms`. Opaque: make one with `buildTermIndex`. */
export interface TermIndex {
  /** Language of the texts it matches (`zh`, `en-US`). */
  readonly language: string;
  /** Entries it holds; entries whose source language is another one are left out. */
  readonly entryCount: number;
}

/** One way to meet an entry in a text: a variant of its source, folded into an automaton key. */
export interface Pattern {
  /** Index into the index's entries. */
  readonly entry: number;
  /** The variant as written in the glossary, reported as the match's source. */
  readonly variant: string;
  /** For case-sensitive entries: the variant folded without case folding, compared with the matched text. */
  readonly exact?: string;
  /** English endings allowed after the key up to the end of the word; absent: the key must end the match. */
  readonly endings?: readonly string[];
  /** Lower sorts first among matches of the same span: case-exact, then preferred/admitted/forbidden, then order. */
  readonly rank: number;
  /** A compound no shorter term may match inside (发展中国家); never reported itself. */
  readonly protectsCompound: boolean;
}

/** What `buildTermIndex` makes and `matchTerms` reads; not exported from the package. */
export class CompiledTermIndex implements TermIndex {
  /** Word tokens for CJK boundaries, remembered across the texts this index matches. */
  readonly words: WordTokens;
  /** Per entry, the `targets` its matches share, made on its first match. */
  readonly #targets: (string[] | undefined)[] = [];

  constructor(
    readonly language: string,
    readonly entries: readonly GlossaryEntry[],
    readonly automaton: AhoCorasick,
    readonly patterns: readonly (readonly Pattern[])[],
    /** Fold Traditional to Simplified Chinese in texts and terms. */
    readonly simplify: boolean,
    segmenterLanguage: string,
  ) {
    this.words = new WordTokens(segmenterLanguage);
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /**
   * The targets array of the matches of entry `i`: one frozen copy for all of them rather than a copy per match,
   * which a big document makes hundreds of thousands of (and exports recognise an entry by its array).
   */
  targetsOf(i: number): string[] {
    let targets = this.#targets[i];
    if (targets === undefined) {
      targets = [...this.entries[i]!.targets];
      Object.freeze(targets);
      this.#targets[i] = targets;
    }
    return targets;
  }
}
