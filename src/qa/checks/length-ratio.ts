import type { Finding } from '../../model/index.js';
import { languageName, primaryLanguage } from '../../model/index.js';
import { hasTranslation } from '../has-translation.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

type Script = 'cjk' | 'alphabetic';

/** Chinese and Japanese pack a word into a character or two; Korean and Thai differ too much to guess. */
const CJK = new Set(['zh', 'ja', 'yue', 'wuu']);
const UNKNOWN = new Set(['ko', 'th', 'lo', 'km', 'my', 'bo']);

/**
 * Usual target characters per source character. "2020年，无论对世界还是中国，都是极不平凡的一年。" (25) →
 * "2020 was an extraordinary year for both the world and China." (60) is 2.4.
 */
const USUAL: Readonly<Record<`${Script}>${Script}`, readonly [number, number]>> = {
  'cjk>alphabetic': [2.5, 3.5],
  'alphabetic>cjk': [1 / 3.5, 1 / 2.5],
  'alphabetic>alphabetic': [0.8, 1.3],
  'cjk>cjk': [0.8, 1.5],
};

/** Only beyond half the usual lower bound or twice the upper one: short sentences vary a lot. */
const BAND = 2;

/** Sources shorter than this vary too much to judge: 10 CJK characters, or 30 characters of other scripts. */
const MIN_SOURCE: Readonly<Record<Script, number>> = { cjk: 10, alphabetic: 30 };
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Flags a target much shorter or longer than usual for the language pair: a sentence left half translated, or two
 * sentences pasted into one row. Characters are counted without surrounding spaces; unknown pairs are skipped.
 */
export const lengthRatio: QaCheck = (context) => {
  const { sourceLanguage, targetLanguage } = context.document;
  const from = scriptOf(sourceLanguage);
  const to = scriptOf(targetLanguage);
  if (!from || !to) return [];
  const [low, high] = USUAL[`${from}>${to}`];
  const pair = `${languageName(sourceLanguage) ?? sourceLanguage} → ${languageName(targetLanguage) ?? targetLanguage}`;
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    const source = length(segment.source);
    const target = length(segment.target);
    const size = from === 'cjk' ? (segment.source.match(CJK_CHAR)?.length ?? 0) : source;
    if (!hasTranslation(segment) || size < MIN_SOURCE[from]) continue;
    const ratio = target / source;
    if (ratio >= low / BAND && ratio <= high * BAND) continue;
    const shorter = ratio < low;
    findings.push(
      segmentFinding(context, segment.id, {
        code: 'length-ratio',
        severity: 'warning',
        message: `Target is much ${shorter ? 'shorter' : 'longer'} than usual: ${format(ratio)} characters per source character, where ${pair} is usually ${format(low)}–${format(high)}; check nothing was ${shorter ? 'left out' : 'added or repeated'}.`,
      }),
    );
  }
  return findings;
};

function scriptOf(language: string): Script | undefined {
  const lang = primaryLanguage(language);
  if (CJK.has(lang)) return 'cjk';
  if (UNKNOWN.has(lang) || !/^[a-z]{2,3}$/.test(lang)) return undefined;
  return 'alphabetic';
}

function length(text: string): number {
  return [...text.trim()].length;
}

function format(value: number): string {
  return value >= 1 ? value.toFixed(1) : value.toFixed(2);
}
