import type { Cedict } from './cedict.js';

const HAN = /\p{Script=Han}/u;

/**
 * The dictionary words of a Chinese text by forward maximum matching against CC-CEDICT; characters outside
 * every headword come out one by one. Non-Han characters are skipped: numbers and Latin words are read elsewhere.
 */
export function chineseWords(text: string, dictionary: Cedict): string[] {
  const words: string[] = [];
  let k = 0;
  while (k < text.length) {
    if (!isHan(text, k)) {
      k++;
      continue;
    }
    const lengths = dictionary.lengthsFrom.get(text[k]!) ?? 0;
    // A character outside the Basic Multilingual Plane takes two code units.
    const shortest = text.charCodeAt(k) >= 0xd800 ? 2 : 1;
    let length = Math.min(12, text.length - k);
    while (
      length > shortest &&
      !((lengths >> length) & 1 && dictionary.glosses.has(text.slice(k, k + length)))
    )
      length--;
    words.push(text.slice(k, k + length));
    k += length;
  }
  return words;
}

// CJK ideographs by code unit: the common blocks directly, the rest (surrogate pairs) by regular expression.
function isHan(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return true;
  return c >= 0xd800 && c <= 0xdbff && HAN.test(text.slice(k, k + 2));
}
