import { describe, expect, it } from 'vitest';
import { WordTokens } from '../../src/glossary/match/word-tokens.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The token Intl.Segmenter itself gives for each offset of `text`, as [start, end]. */
function expected(text: string): [number, number][] {
  const segments = segmenter.segment(text);
  return [...text].map((_, i) => {
    const token = segments.containing(i)!;
    return [token.index, token.index + token.segment.length];
  });
}

function found(words: WordTokens, text: string): [number, number][] {
  return [...text].map((_, i) => {
    words.find(words.of(text), i);
    return [words.start, words.end];
  });
}

describe('WordTokens', () => {
  const texts = ['维护拓展发展中国家共同利益', '同中美洲国家', '人类命运共同体', '中欧班列开行突破万列'];

  it('finds the token Intl.Segmenter gives at every offset, asked once or again', () => {
    const words = new WordTokens('zh');
    for (const text of texts) {
      expect(found(words, text)).toEqual(expected(text));
      // the second time from what it remembers
      expect(found(words, text)).toEqual(expected(text));
    }
  });

  it('answers for texts asked about alternately and after many others pushed them out', () => {
    const words = new WordTokens('zh');
    const [a, b] = texts as [string, string];
    words.find(words.of(a), 5);
    words.find(words.of(b), 1);
    words.find(words.of(a), 6);
    expect([words.start, words.end]).toEqual(expected(a)[6]);
    for (let i = 0; i < 40_000; i++) words.find(words.of(`${i}国家`), 0);
    expect(found(words, a)).toEqual(expected(a));
  });
});
