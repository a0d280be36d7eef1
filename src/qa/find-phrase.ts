import { AhoCorasick } from '../glossary/match/aho-corasick.js';
import { addTo } from '../util/add-to.js';

/**
 * Tolerant phrase search for glossary renderings in a target (or glossary sources in a source):
 *
 * - case-insensitive, after NFKC, except acronyms (`US` never meets the pronoun `us`);
 * - whole words: the text and the phrase are cut into words at anything that is not a letter or digit, so
 *   `China-US`, `China–US` and `China US` are the same phrase, and `One Belt, One Road` meets `One Belt One Road`;
 * - English plurals and possessives: `policy` meets `policies` and `policy's`, `community` meets `communities`;
 * - a leading article of the phrase is optional (`the Belt and Road Initiative`);
 * - a phrase with CJK characters is searched as a substring with spaces ignored, since CJK has no word breaks.
 *
 * A text looked through for many phrases is cut into words once ({@link PhraseText}), each phrase once
 * ({@link Phrase}), and a long list of phrases is tried only where its first word is ({@link PhraseSet}): checking a
 * book's 75,000 targets against its hundreds of forbidden renderings took minutes when each search cut the target
 * again.
 */

/** Where a phrase was found: UTF-16 offsets into the searched text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface Word {
  readonly key: string;
  /** The word as written, for acronyms, which match case-sensitively. */
  readonly written: string;
  readonly start: number;
  readonly end: number;
}

/** A word of a phrase: whether it is an acronym is asked once. */
interface WantedWord extends Word {
  readonly acronym: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ARTICLES = new Set(['the', 'a', 'an']);

/** A phrase to look for, cut into words (or compacted, when it has CJK characters) once. */
export class Phrase {
  /** Set for a CJK phrase: its text without spaces, lowercased; empty finds nothing. */
  readonly compact: string | undefined;
  /** The words to find in a row, without a leading article; none finds nothing. */
  readonly words: readonly WantedWord[];

  constructor(readonly text: string) {
    if (CJK.test(text)) {
      this.compact = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
      this.words = [];
      return;
    }
    let wanted = words(text);
    if (wanted.length > 1 && ARTICLES.has(wanted[0]!.key)) wanted = wanted.slice(1);
    this.words = wanted.map((word) => ({ ...word, acronym: isAcronym(word.written) }));
  }
}

/** Phrases by their text, each prepared once: the renderings a check looks for in segment after segment. */
export class Phrases {
  readonly #known = new Map<string, Phrase>();

  of(text: string): Phrase {
    let phrase = this.#known.get(text);
    if (phrase === undefined) {
      phrase = new Phrase(text);
      this.#known.set(text, phrase);
    }
    return phrase;
  }
}

/** A text to look for phrases in: cut into words, or compacted for CJK phrases, once, when first needed. */
export class PhraseText {
  #words: Word[] | undefined;
  #compact: { readonly text: string; readonly offsets: readonly number[] } | undefined;

  constructor(readonly text: string) {}

  get words(): readonly Word[] {
    this.#words ??= words(this.text);
    return this.#words;
  }

  /** Every place `phrase` occurs, by the rules above. */
  find(phrase: Phrase): Span[] {
    if (phrase.compact !== undefined) {
      const spans: Span[] = [];
      if (!phrase.compact) return spans;
      const { text, offsets } = this.compacted();
      for (let at = text.indexOf(phrase.compact); at !== -1; at = text.indexOf(phrase.compact, at + 1)) {
        spans.push(this.compactSpan(at, phrase.compact.length, offsets));
      }
      return spans;
    }
    const spans: Span[] = [];
    if (phrase.words.length === 0) return spans;
    for (let i = 0; i + phrase.words.length <= this.words.length; i++) {
      const span = this.matchAt(phrase, i);
      if (span) spans.push(span);
    }
    return spans;
  }

  /** The span of `phrase` (a phrase of words) when it starts at word `i`. */
  matchAt(phrase: Phrase, i: number): Span | undefined {
    const have = this.words;
    const wanted = phrase.words;
    if (i + wanted.length > have.length) return undefined;
    for (let k = 0; k < wanted.length; k++) if (!sameWord(wanted[k]!, have[i + k]!)) return undefined;
    return { start: have[i]!.start, end: have[i + wanted.length - 1]!.end };
  }

  /** The text without white space, lowercased, and where each of its characters was. */
  compacted(): { readonly text: string; readonly offsets: readonly number[] } {
    if (this.#compact === undefined) {
      // Offsets of the kept characters, so a match in the compacted text maps back to the original.
      const offsets: number[] = [];
      let compact = '';
      const normalized = this.text.normalize('NFKC');
      for (let i = 0; i < normalized.length; i++) {
        const char = normalized[i]!;
        if (/\s/.test(char)) continue;
        compact += char.toLowerCase();
        offsets.push(i);
      }
      this.#compact = { text: compact, offsets };
    }
    return this.#compact;
  }

  compactSpan(at: number, length: number, offsets = this.compacted().offsets): Span {
    return { start: offsets[at]!, end: offsets[at + length - 1]! + 1 };
  }
}

/**
 * Many phrases looked for in many texts: a phrase of words is tried only at the words of a text that are its first
 * word, and the CJK phrases are found in one pass over the text. Gives what {@link PhraseText.find} gives for each.
 */
export class PhraseSet {
  readonly phrases: readonly Phrase[];
  /** Phrases of words by the key of their first word, as positions in {@link phrases}. */
  readonly #byFirstWord = new Map<string, number[]>();
  /** The distinct compact forms of the CJK phrases, and the phrases of each. */
  readonly #compact: AhoCorasick | undefined;
  readonly #compactPhrases: number[][] = [];

  constructor(phrases: readonly string[]) {
    this.phrases = phrases.map((text) => new Phrase(text));
    const compactKeys = new Map<string, number>();
    this.phrases.forEach((phrase, n) => {
      if (phrase.compact) {
        let key = compactKeys.get(phrase.compact);
        if (key === undefined) {
          key = compactKeys.size;
          compactKeys.set(phrase.compact, key);
          this.#compactPhrases.push([]);
        }
        this.#compactPhrases[key]!.push(n);
      } else if (phrase.words.length > 0) {
        // Whenever two words are the same word, their keys are equal (an acronym and its possessive included).
        addTo(this.#byFirstWord, phrase.words[0]!.key, n);
      }
    });
    this.#compact = compactKeys.size > 0 ? new AhoCorasick([...compactKeys.keys()]) : undefined;
  }

  /** Where each phrase occurs in `text`, by position in {@link phrases}; a phrase found nowhere is left out. */
  findIn(text: PhraseText): Map<number, Span[]> {
    const found = new Map<number, Span[]>();
    if (this.#byFirstWord.size > 0) {
      const words = text.words;
      for (let i = 0; i < words.length; i++) {
        for (const n of this.#byFirstWord.get(words[i]!.key) ?? []) {
          const span = text.matchAt(this.phrases[n]!, i);
          if (span) addTo(found, n, span);
        }
      }
    }
    if (this.#compact) {
      const { text: compact, offsets } = text.compacted();
      // Reported by increasing end: for one phrase, by increasing start, as `find` gives them.
      this.#compact.forEachMatch(compact, (key, start, end) => {
        for (const n of this.#compactPhrases[key]!)
          addTo(found, n, text.compactSpan(start, end - start, offsets));
      });
    }
    return found;
  }
}

/** Every place `phrase` occurs in `text`, by the rules above. */
export function findPhrase(text: string, phrase: string): Span[] {
  return new PhraseText(text).find(new Phrase(phrase));
}

/** Whether `phrase` occurs anywhere in `text`. */
export function hasPhrase(text: string, phrase: string): boolean {
  return findPhrase(text, phrase).length > 0;
}

function words(text: string): Word[] {
  return [...text.normalize('NFKC').matchAll(WORD)].map((m) => ({
    key: wordKey(m[0].toLowerCase()),
    written: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function sameWord(want: WantedWord, have: Word): boolean {
  if (want.acronym) return want.written === have.written.replace(/['’]s$/, '');
  return want.key === have.key;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

/** Folds an English plural or possessive to its singular: policies → policy, China's → china, boxes → box. */
function wordKey(word: string): string {
  const bare = word.replace(/['’]s$/, '').replace(/s['’]$/, 's');
  if (bare.length <= 3 || !/^[a-z]+$/.test(bare)) return bare;
  if (bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(bare)) return bare.slice(0, -2);
  if (bare.endsWith('s') && !/(?:ss|us|is)$/.test(bare)) return bare.slice(0, -1);
  return bare;
}
