import { describe, expect, it } from 'vitest';
import {
  type SentenceUnits,
  sentenceUnits,
  UnitKind,
} from '../../../src/align/translation/sentence-units.js';

/** The keys of each sentence's number units, as ids shared by both sides. */
function numberKeys(units: readonly SentenceUnits[]): number[][] {
  return units.map((s) => s.units.filter((u) => u.kind === UnitKind.number).flatMap((u) => u.keys));
}

describe('sentenceUnits: numbers', () => {
  it('gives a number the same key on both sides, however each writes it', () => {
    const { source, target } = sentenceUnits(
      ['这里有3万人。', '他住十四楼，一九八四年来的。', '百分之三的学生。'],
      [
        'There are 30,000 people.',
        'He lives on the fourteenth floor and came in 1984.',
        '3% of the students.',
      ],
      { sourceLanguage: 'zh', targetLanguage: 'en', lexicon: false },
    );
    const zh = numberKeys(source);
    const en = numberKeys(target);
    expect(zh.map((keys) => keys.length)).toEqual([1, 2, 1]);
    expect(zh).toEqual(en);
    // Different numbers, different keys.
    expect(new Set(zh.flat()).size).toBe(4);
  });

  it('takes no evidence from words that only imply a number, or look like object keys', () => {
    const { source, target } = sentenceUnits(
      ['我们一起努力。'],
      ['One another, the constructor called toString in March.'],
      { sourceLanguage: 'zh', targetLanguage: 'en', lexicon: false },
    );
    expect(numberKeys(source)).toEqual([[]]);
    expect(numberKeys(target)).toEqual([[]]);
  });
});
