/**
 * How firmly a number must be matched on the other side:
 *
 * - `strong`: digits, numbers above ten, percentages, amounts with 万/亿/thousand. Missing → error, extra → warning.
 * - `soft`: number words up to ten (两, 三, 第五, two, fifth). Translators rephrase them ("三大攻坚战" → "the
 *   critical battles"), so missing → warning, extra → not reported.
 * - `weak`: words that only imply a number: 一/one/first (mostly "a", "one another", "第一时间" = at once),
 *   both/bilateral/双方/两国 (2), decade, century/百年, month names, codes like G20 and COVID-19. They satisfy
 *   a number on the other side but are never reported themselves.
 */
export type NumberStrength = 'strong' | 'soft' | 'weak';

/** A number read from a sentence. */
export interface NumberMention {
  /** The value that is compared across languages: 14 for 十四, 14th and fourteenth; 30000 for 3万. */
  readonly value: number;
  /** As written, for messages: `二十`, `2,000`, `fourteenth`. */
  readonly text: string;
  /** UTF-16 offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  readonly strength: NumberStrength;
  /** Digits (and codes) are read in every language; number words only in the languages that have a reader. */
  readonly written: 'digits' | 'words';
}

/** The mask written over text a reader has consumed, so the next reader does not read it again. */
export const MASK = '\u25a1';

/** Overwrites `[start, end)` of `text` with {@link MASK}, keeping every offset. */
export function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK.repeat(end - start) + text.slice(end);
}

/** Rounds away float noise (1.5 × 1e8) so equal amounts compare equal. */
export function cleanValue(value: number): number {
  return Number(value.toPrecision(12));
}
