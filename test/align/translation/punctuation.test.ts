import { describe, expect, it } from 'vitest';
import { punctuation } from '../../../src/align/translation/punctuation.js';

describe('punctuation', () => {
  it('sees questions and exclamations in either script', () => {
    expect(punctuation('您如何评价当前中俄关系？')).toMatchObject({ question: true, exclamation: false });
    expect(punctuation('Not again!')).toMatchObject({ question: false, exclamation: true });
  });

  it('sees quotations open and close, and tells apostrophes from quotes', () => {
    expect(punctuation('母亲喊道：“快回家吃饭。”')).toMatchObject({
      opensQuote: false,
      closesQuote: true,
    });
    expect(punctuation('“你来了')).toMatchObject({ opensQuote: true });
    expect(punctuation("'Let's eat,' she said.")).toMatchObject({
      opensQuote: true,
      closesQuote: false,
    });
    expect(punctuation("It's getting late.'")).toMatchObject({
      opensQuote: false,
      closesQuote: true,
    });
    expect(punctuation("He didn't know her.")).toMatchObject({ opensQuote: false, closesQuote: false });
  });
});
