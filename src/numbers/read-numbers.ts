import { primaryLanguage } from '../model/index.js';
import { mask, type NumberMention } from './number-mention.js';
import { readChineseNumerals } from './read-chinese-numerals.js';
import { readCodes } from './read-codes.js';
import { readDigits } from './read-digits.js';
import { readEnglishNumbers } from './read-english-numbers.js';

export type { NumberMention, NumberStrength } from './number-mention.js';

/** Readers of number words, by primary language subtag. Digits are read in every language. */
const WORD_READERS: Readonly<Record<string, (text: string) => NumberMention[]>> = {
  en: readEnglishNumbers,
  zh: readChineseNumerals,
  ja: readChineseNumerals,
  yue: readChineseNumerals,
  wuu: readChineseNumerals,
};

/** Whether number words of `language` can be read, so that a number written in words is not reported missing. */
export function readsNumberWords(language: string): boolean {
  return primaryLanguage(language) in WORD_READERS;
}

/**
 * The numbers in a sentence of `language`, in text order, as values that compare across languages: codes first
 * (G20), then digits (2,020 · 3万 · 1.5 billion), then number words where the language has a reader.
 */
export function readNumbers(text: string, language: string): NumberMention[] {
  let rest = foldWidth(text);
  const found: NumberMention[] = [];
  for (const read of [readCodes, readDigits, WORD_READERS[primaryLanguage(language)]]) {
    if (!read) continue;
    for (const mention of read(rest)) {
      found.push({ ...mention, text: text.slice(mention.start, mention.end) });
      rest = mask(rest, mention.start, mention.end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Full-width digits, letters and signs (２０２０, ％) as ASCII, one character for one so offsets hold. */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
