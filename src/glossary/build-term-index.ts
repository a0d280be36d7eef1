import { type GlossaryEntry, primaryLanguage, type TermStatus } from '../model/index.js';
import { AhoCorasick } from './match/aho-corasick.js';
import { PROTECTED_COMPOUNDS } from './match/protected-compounds.js';
import { CompiledTermIndex, type Pattern, type TermIndex } from './match/term-index.js';
import { englishEndings } from './text/english-endings.js';
import { type FoldOptions, foldTerm } from './text/fold-text.js';

export type { TermIndex } from './match/term-index.js';

export interface TermIndexOptions {
  /** Language of the texts to match (`zh`, `zh-TW`, `en`); entries with another source language are left out. */
  readonly language: string;
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
  const kept = entries.filter((e) => !e.sourceLanguage || primaryLanguage(e.sourceLanguage) === language);

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
    language === 'ja' ? 'ja' : 'zh',
  );
}
