import { describe, expect, it } from 'vitest';
import { cjkPunctuation } from '../../../src/qa/checks/cjk-punctuation.js';
import { oneRow } from '../make-document.js';

describe('cjkPunctuation', () => {
  it('flags full-width punctuation in an English target and says what to use', () => {
    expect(
      cjkPunctuation(oneRow('沧海横流，方显英雄本色。', 'Only in rough waters，heroes show their mettle。')),
    ).toEqual([
      {
        code: 'cjk-punctuation',
        severity: 'warning',
        id: 'p1.s1',
        message: 'Chinese full-width characters in the target: “，” (use “,”), “。” (use “.”).',
      },
    ]);
    expect(cjkPunctuation(oneRow('２０２０年', 'In ２０２０'))).toMatchObject([
      { message: expect.stringContaining('“２” (use “2”)') },
    ]);
  });

  it('leaves curly quotes, Chinese targets and copied sources alone', () => {
    expect(cjkPunctuation(oneRow('“病毒没有国界。”', '“The virus knows no borders.”'))).toEqual([]);
    expect(
      cjkPunctuation(oneRow('Rough seas.', '沧海横流，方显英雄本色。', { source: 'en', target: 'zh' })),
    ).toEqual([]);
    expect(cjkPunctuation(oneRow('沧海横流，方显英雄本色。', '沧海横流，方显英雄本色。'))).toEqual([]);
  });
});
