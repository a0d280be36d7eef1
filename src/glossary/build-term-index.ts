import { type GlossaryEntry, primaryLanguage, type TermStatus } from '../model/index.js';
import { AhoCorasick } from './match/aho-corasick.js';
import { PROTECTED_COMPOUNDS } from './match/protected-compounds.js';
import { CompiledTermIndex, type Pattern, type TermIndex } from './match/term-index.js';
import { englishEndings } from './text/english-endings.js';
import { type FoldOptions, foldTerm } from './text/fold-text.js';

export type { TermIndex } from './match/term-index.js';

export interface TermIndexOptions {
  /**
   * Language of the texts to match (`zh`, `zh-TW`, `en`). Entries with another source language are left out, but
   * those whose target is in this language are matched the other way round (see {@link entriesInLanguage}).
   */
  readonly language: string;
  /**
   * Language the texts are translated into. Entries that name another target language are left out (a zh/fr
   * glossary gives no French hints to an English translation); those that name none are kept.
   */
  readonly targetLanguage?: string;
}

/** Chinese varieties whose texts may be written in Traditional characters. */
const SIMPLIFIED_FOLDING = new Set(['zh', 'yue', 'wuu', 'cmn', 'lzh']);
const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };

/**
 * Compiles glossary entries into an index for {@link matchTerms}: every source variant, folded (width, case,
 * Traditional→Simplified for Chinese), becomes a key of one Aho-Corasick automaton, so matching costs time in
 * proportion to the text, not to the glossary. English variants are keyed by their stem (see `englishEndings`).
 */
export function buildTermIndex(entries: readonly GlossaryEntry[], options: TermIndexOptions): TermIndex {
  const language = primaryLanguage(options.language);
  const simplify = SIMPLIFIED_FOLDING.has(language);
  const fold: FoldOptions = { simplify };
  const exactFold: FoldOptions = { simplify, caseFold: false };
  const kept = entriesInLanguage(entries, language, options.targetLanguage);

  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const patterns: Pattern[][] = [];
  const add = (key: string, pattern: Pattern): void => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
      patterns.push([]);
    }
    patterns[id]!.push(pattern);
  };

  kept.forEach((entry, index) => {
    const statusRank = STATUS_RANK[entry.status];
    for (const variant of new Set(entry.sources)) {
      const key = foldTerm(variant, fold);
      if (!key) continue;
      if (entry.caseSensitive) {
        const rank = statusRank * kept.length + index;
        add(key, {
          entry: index,
          variant,
          exact: foldTerm(variant, exactFold),
          rank,
          protectsCompound: false,
        });
        continue;
      }
      const rank = (3 + statusRank) * kept.length + index;
      const inflected = language === 'en' ? englishEndings(key, variant) : undefined;
      if (inflected) {
        add(inflected.stem, {
          entry: index,
          variant,
          endings: inflected.endings,
          rank,
          protectsCompound: false,
        });
      } else {
        add(key, { entry: index, variant, rank, protectsCompound: false });
      }
    }
  });
  if (simplify) {
    for (const compound of PROTECTED_COMPOUNDS) {
      add(foldTerm(compound, fold), { entry: -1, variant: compound, rank: 0, protectsCompound: true });
    }
  }

  return new CompiledTermIndex(
    options.language,
    kept,
    new AhoCorasick(keys),
    patterns,
    simplify,
    segmenterLanguage(language),
  );
}

/** Languages written mostly without spaces in Han or kana, whose matches are checked against word tokens. */
export const CJK_LANGUAGES: ReadonlySet<string> = new Set([...SIMPLIFIED_FOLDING, 'ja']);

/** The language Intl.Segmenter cuts a text's Han/kana runs in, for an index of texts in `language` (a primary tag). */
export function segmenterLanguage(language: string): string {
  return language === 'ja' ? 'ja' : 'zh';
}

/** How an entry serves texts of one language translated into another: see {@link entryUse}. */
export type EntryUse = 'as-written' | 'turned-round' | 'other-target' | 'other-language';

/**
 * How `entry` serves texts in `language` (a primary tag) translated into `target`: as written, when its source is in
 * that language or in none said; turned round (targets as sources), when its targets are in that language; not at
 * all when it names a target language other than `target` (`other-target`: a zh/fr entry for an English
 * translation), or concerns neither language (`other-language`). Without `target`, any target is taken. A forbidden
 * entry is never turned round: it names a rendering not to use, not a term to find.
 */
export function entryUse(entry: GlossaryEntry, language: string, target?: string): EntryUse {
  const otherTarget = (tag: string | undefined) =>
    target !== undefined && tag !== undefined && primaryLanguage(tag) !== target;
  if (!entry.sourceLanguage || primaryLanguage(entry.sourceLanguage) === language) {
    return otherTarget(entry.targetLanguage) ? 'other-target' : 'as-written';
  }
  if (entry.targetLanguage && primaryLanguage(entry.targetLanguage) === language) {
    if (entry.status === 'forbidden' || entry.targets.length === 0) return 'other-language';
    return otherTarget(entry.sourceLanguage) ? 'other-target' : 'turned-round';
  }
  return 'other-language';
}

/**
 * The entries that match texts in `language` (any tag: `en-GB` is `en`) translated into `target` (see
 * {@link entryUse}): those as written first, then, so that they win a tie, those turned round, so that an English
 * document finds `Belt and Road Initiative → 一带一路` in a zh/en glossary without `--from en`. Acronyms among
 * the renderings turned round (`US`, `BRI`) become case-sensitive entries of their own, so that `US` does not find
 * the pronoun `us`.
 */
export function entriesInLanguage(
  entries: readonly GlossaryEntry[],
  language: string,
  target?: string,
): GlossaryEntry[] {
  const primary = primaryLanguage(language);
  const primaryTarget = target === undefined ? undefined : primaryLanguage(target);
  const kept: GlossaryEntry[] = [];
  const turned: GlossaryEntry[] = [];
  for (const entry of entries) {
    const use = entryUse(entry, primary, primaryTarget);
    if (use === 'as-written') {
      kept.push(entry);
    } else if (use === 'turned-round') {
      const acronyms = entry.targets.filter(isAcronym);
      const words = entry.targets.filter((target) => !isAcronym(target));
      const round = (sources: string[], caseSensitive: boolean): GlossaryEntry => ({
        ...entry,
        sources,
        targets: [...entry.sources],
        caseSensitive,
        sourceLanguage: entry.targetLanguage,
        targetLanguage: entry.sourceLanguage,
      });
      if (words.length > 0) turned.push(round(words, entry.caseSensitive));
      if (acronyms.length > 0) turned.push(round(acronyms, true));
    }
  }
  return [...kept, ...turned];
}

/** A one-word rendering written in capitals throughout, two of them at least (`US`, `BRI`, `WTO`). */
function isAcronym(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && text === text.toUpperCase() && !/\s/.test(text.trim());
}
