import { isCjk, primaryLanguage } from '../../model/index.js';
import { readNumbers } from '../../numbers/read-numbers.js';
import { type Cedict, cedict } from './cedict.js';
import { chineseWords } from './chinese-words.js';
import { foldName, isStopword, stemWord, tokenizeWords } from './english-words.js';
import { glossKeys } from './gloss-keys.js';
import { termFinder } from './term-finder.js';
import type { AlignOptions } from './types.js';

/** Kinds of evidence, each with its own chance of being found in a true translation. */
export const UnitKind = { word: 0, gloss: 1, number: 2, name: 3, term: 4, learned: 5 } as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

/** Something in a sentence that its translation should contain: a word, a number, a name, a glossary term. */
export interface Unit {
  readonly kind: UnitKind;
  /**
   * Keys any of which, offered by the other side, counts as a match: ids of strings such as `w:tree` (an
   * English stem), `n:14`, `p:qingyang` (a romanized name), `d:3` (glossary entry 3).
   */
  readonly keys: readonly number[];
}

/** What one sentence brings to the comparison. */
export interface SentenceUnits {
  readonly units: readonly Unit[];
  /** Keys the sentence offers to the other side's units, each once. */
  readonly offers: readonly number[];
  /** Distinct words (Chinese words, English stems) from which a document's own word pairs can be learned. */
  readonly words: readonly string[];
}

/** Both sides of a document broken into units. */
export interface DocumentUnits {
  readonly source: readonly SentenceUnits[];
  readonly target: readonly SentenceUnits[];
  /** Key strings → ids, shared by both sides; later passes add keys of their own. */
  readonly keys: Map<string, number>;
}

/** The id of a key string, made on first sight. */
export function keyId(keys: Map<string, number>, key: string): number {
  let id = keys.get(key);
  if (id === undefined) {
    id = keys.size;
    keys.set(key, id);
  }
  return id;
}

interface SideContext {
  readonly language: string;
  readonly other: string;
  readonly dictionary: Cedict | undefined;
  /** Folded romanized names found on the other (English) side, for pinyin matching. */
  readonly names: ReadonlySet<string>;
  /** Which glossary entries a sentence holds (source terms on the source side, targets on the target side). */
  readonly terms: (text: string) => number[];
  readonly keys: Map<string, number>;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu;
const NUMERALS = /(?:百分之)?[零〇一壹二贰貳两兩三叁四肆五六七柒八捌九玖十百佰千仟万萬亿億]+|[0-9０-９]+/g;

/** Breaks both sides of a document into units and offers, with the evidence the language pair allows. */
export function sentenceUnits(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions,
): DocumentUnits {
  const s = primaryLanguage(options.sourceLanguage);
  const t = primaryLanguage(options.targetLanguage);
  const zhEn = (s === 'zh' && t === 'en') || (s === 'en' && t === 'zh');
  const dictionary = zhEn && options.lexicon !== false ? cedict() : undefined;
  const entries = options.dictionary ?? [];
  const sourceTerms = termFinder(entries.map((e) => [e.source]));
  const targetTerms = termFinder(entries.map((e) => e.targets));
  const namesOf = (sentences: readonly string[], language: string): Set<string> =>
    isCjk(language) ? new Set() : romanizedNames(sentences);
  const sourceNames = namesOf(source, options.sourceLanguage);
  const targetNames = namesOf(target, options.targetLanguage);
  const keys = new Map<string, number>();
  const sourceContext: SideContext = {
    language: options.sourceLanguage,
    other: options.targetLanguage,
    dictionary,
    names: targetNames,
    terms: sourceTerms,
    keys,
  };
  const targetContext: SideContext = {
    language: options.targetLanguage,
    other: options.sourceLanguage,
    dictionary,
    names: sourceNames,
    terms: targetTerms,
    keys,
  };
  return {
    source: source.map((text) => unitsOf(text, sourceContext, sourceNames)),
    target: target.map((text) => unitsOf(text, targetContext, targetNames)),
    keys,
  };
}

/**
 * The numbers of a sentence as evidence, each value once: 14 for 十四, 14, fourteen and fourteenth; 30000 for 3万
 * and 30,000. Weak mentions (一 and "one", "both", month names, codes like G20) are left out: they are mostly not
 * numbers, and as evidence they would tie sentences together by chance.
 */
function numberValues(text: string, language: string): Set<number> {
  const values = new Set<number>();
  for (const mention of readNumbers(text, language))
    if (mention.strength !== 'weak') values.add(mention.value);
  return values;
}

function unitsOf(text: string, context: SideContext, ownNames: ReadonlySet<string>): SentenceUnits {
  const units: Unit[] = [];
  const offers = new Set<number>();
  const words = new Set<string>();
  const add = (kind: UnitKind, keys: readonly string[]): void => {
    if (keys.length === 0) return;
    const ids = keys.map((key) => keyId(context.keys, key));
    units.push({ kind, keys: ids });
    for (const id of ids) offers.add(id);
  };
  for (const value of numberValues(text, context.language)) add(UnitKind.number, [`n:${value}`]);
  for (const index of context.terms(text)) add(UnitKind.term, [`d:${index}`]);
  const otherCjk = isCjk(context.other);
  if (isCjk(context.language)) {
    const { dictionary } = context;
    const seen = new Set<string>();
    for (const word of text.match(LATIN_WORD) ?? []) {
      const key = `w:${otherCjk ? word.toLowerCase() : stemWord(word)}`;
      if (!seen.has(key) && !isStopword(word.toLowerCase())) add(UnitKind.word, [key]);
      seen.add(key);
    }
    if (dictionary) {
      // Numerals are read as numbers above; as words they would match "one" everywhere.
      for (const word of chineseWords(text.replace(NUMERALS, ' '), dictionary)) {
        words.add(word);
        if (seen.has(word)) continue;
        seen.add(word);
        add(UnitKind.gloss, glossKeys(word, dictionary));
      }
      offerPinyin(text, dictionary, context.names, add, (key) => offers.add(keyId(context.keys, key)));
    }
  } else {
    const seen = new Set<string>();
    for (const token of tokenizeWords(text)) {
      const lower = token.toLowerCase();
      if (isStopword(lower) || /^\p{N}+$/u.test(lower)) continue;
      const key = `w:${otherCjk ? stemWord(lower) : lower}`;
      words.add(key.slice(2));
      if (seen.has(key)) continue;
      seen.add(key);
      const folded = foldName(token);
      if (otherCjk && ownNames.has(folded)) add(UnitKind.name, [key, `p:${folded}`]);
      else add(UnitKind.word, [key]);
    }
  }
  return { units, offers: [...offers], words: [...words] };
}

/**
 * Offers `p:<pinyin>` for each run of one to three Chinese characters whose reading is a name on the other side
 * (林秋生 → `p:lin`, `p:qiusheng`, `p:linqiusheng`); runs of two or more are units too, as names are strong
 * evidence both ways.
 */
function offerPinyin(
  text: string,
  dictionary: Cedict,
  names: ReadonlySet<string>,
  add: (kind: UnitKind, keys: readonly string[]) => void,
  offer: (key: string) => void,
): void {
  if (names.size === 0) return;
  const prefixes = namePrefixes(names);
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let start = 0; start < run.length; start++) {
      let readings = [''];
      for (let length = 1; length <= 3 && start + length <= run.length && readings.length > 0; length++) {
        const syllables = dictionary.readings.get(run[start + length - 1]!) ?? [];
        const longer: string[] = [];
        for (const reading of readings) {
          for (const syllable of syllables) {
            const candidate = reading + syllable;
            // Only readings that begin some name are worth extending.
            if (!prefixes.has(candidate)) continue;
            longer.push(candidate);
            if (!names.has(candidate)) continue;
            if (length >= 2) add(UnitKind.name, [`p:${candidate}`]);
            else offer(`p:${candidate}`);
          }
        }
        readings = longer;
      }
    }
  }
}

const prefixCache = new WeakMap<ReadonlySet<string>, Set<string>>();

function namePrefixes(names: ReadonlySet<string>): Set<string> {
  let prefixes = prefixCache.get(names);
  if (!prefixes) {
    prefixes = new Set();
    for (const name of names) for (let k = 1; k <= name.length; k++) prefixes.add(name.slice(0, k));
    prefixCache.set(names, prefixes);
  }
  return prefixes;
}

/**
 * Capitalized words that never appear in lower case in the text: names (`Qiusheng`, `Xiaomei`), folded for
 * pinyin. Sentence-initial words count only when they never appear in lower case elsewhere.
 */
function romanizedNames(sentences: readonly string[]): Set<string> {
  const lower = new Set<string>();
  const capitalized = new Set<string>();
  for (const sentence of sentences) {
    for (const token of tokenizeWords(sentence)) {
      if (/^\p{Lu}/u.test(token)) capitalized.add(token);
      else lower.add(token.toLowerCase());
    }
  }
  const names = new Set<string>();
  for (const token of capitalized) {
    const folded = foldName(token);
    if (folded.length >= 2 && !lower.has(token.toLowerCase()) && !isStopword(token.toLowerCase()))
      names.add(folded);
  }
  return names;
}
