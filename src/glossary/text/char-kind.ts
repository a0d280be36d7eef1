/**
 * How a character takes part in word boundaries:
 * - `cjk`: Han and kana, written without spaces; word edges come from Intl.Segmenter.
 * - `word`: letters and digits of space-separated scripts (Latin, Cyrillic, Greek, …); a term must not touch one.
 * - `none`: scripts where terms take attached particles or that have no spaces but no segmenter rule here
 *   (Hangul: 한국은 must still match 한국; Thai, Lao, Khmer, Myanmar).
 * - `other`: punctuation, spaces, symbols.
 */
export type CharKind = 'cjk' | 'word' | 'none' | 'other';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3007]/u;
const NONE = /[\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const KINDS: readonly CharKind[] = ['other', 'cjk', 'word', 'none', 'other'];

/** Kind per BMP code unit, computed on first use: 0 unknown, then 1 + index into KINDS. */
const cache = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (NONE.test(ch)) return 3;
  if (WORD.test(ch)) return 2;
  return 4;
}

/** The {@link CharKind} of the character at `index` (either half of a surrogate pair gives the pair's kind). */
export function charKind(text: string, index: number): CharKind {
  const unit = text.charCodeAt(index);
  if (Number.isNaN(unit)) return 'other';
  if (unit < 0xd800 || unit > 0xdfff) {
    let k = cache[unit]!;
    if (k === 0) {
      k = classify(String.fromCharCode(unit));
      cache[unit] = k;
    }
    return KINDS[k]!;
  }
  const start = unit >= 0xdc00 && index > 0 ? index - 1 : index;
  const cp = text.codePointAt(start)!;
  return KINDS[classify(String.fromCodePoint(cp))]!;
}
