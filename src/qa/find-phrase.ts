/**
 * Tolerant phrase search for glossary renderings in a target (or glossary sources in a source):
 *
 * - case-insensitive, after NFKC, except acronyms (`US` never meets the pronoun `us`);
 * - whole words: the text and the phrase are cut into words at anything that is not a letter or digit, so
 *   `China-US`, `China–US` and `China US` are the same phrase, and `One Belt, One Road` meets `One Belt One Road`;
 * - English plurals and possessives: `policy` meets `policies` and `policy's`, `community` meets `communities`;
 * - a leading article of the phrase is optional (`the Belt and Road Initiative`);
 * - a phrase with CJK characters is searched as a substring with spaces ignored, since CJK has no word breaks.
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

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ARTICLES = new Set(['the', 'a', 'an']);

/** Every place `phrase` occurs in `text`, by the rules above. */
export function findPhrase(text: string, phrase: string): Span[] {
  if (CJK.test(phrase)) return findCompact(text, phrase);
  let wanted = words(phrase);
  if (wanted.length > 1 && ARTICLES.has(wanted[0]!.key)) wanted = wanted.slice(1);
  if (wanted.length === 0) return [];
  const have = words(text);
  const spans: Span[] = [];
  for (let i = 0; i + wanted.length <= have.length; i++) {
    if (wanted.every((want, k) => sameWord(want, have[i + k]!))) {
      spans.push({ start: have[i]!.start, end: have[i + wanted.length - 1]!.end });
    }
  }
  return spans;
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

function sameWord(want: Word, have: Word): boolean {
  if (isAcronym(want.written)) return want.written === have.written.replace(/['’]s$/, '');
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

function findCompact(text: string, phrase: string): Span[] {
  const wanted = phrase.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (!wanted) return [];
  // Offsets of the kept characters, so a match in the compacted text maps back to the original.
  const offsets: number[] = [];
  let compact = '';
  const normalized = text.normalize('NFKC');
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized[i]!;
    if (/\s/.test(char)) continue;
    compact += char.toLowerCase();
    offsets.push(i);
  }
  const spans: Span[] = [];
  for (let at = compact.indexOf(wanted); at !== -1; at = compact.indexOf(wanted, at + 1)) {
    spans.push({ start: offsets[at]!, end: offsets[at + wanted.length - 1]! + 1 });
  }
  return spans;
}
