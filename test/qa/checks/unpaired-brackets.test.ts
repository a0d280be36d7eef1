import { describe, expect, it } from 'vitest';
import { unpairedBrackets } from '../../../src/qa/checks/unpaired-brackets.js';
import { oneRow } from '../make-document.js';

describe('unpairedBrackets', () => {
  it('flags an unclosed bracket or quote the source does not have', () => {
    expect(
      unpairedBrackets(
        oneRow(
          '我们签署区域全面经济伙伴关系协定（RCEP），完成中欧投资协定谈判。',
          'We signed the Regional Comprehensive Economic Partnership (RCEP and concluded the China-EU investment talks.',
        ),
      ),
    ).toEqual([
      {
        code: 'unpaired-brackets',
        severity: 'warning',
        id: 'p1.s1',
        message: 'Unpaired ( in the target; add the missing partner or remove it.',
      },
    ]);
    expect(
      unpairedBrackets(
        oneRow(
          '习主席明确指出，“病毒没有国界，疫病不分种族”。',
          'President Xi pointed out, “The virus respects no borders.',
        ),
      ),
    ).toMatchObject([{ message: expect.stringContaining('Unpaired “') }]);
  });

  it('flags mixed Chinese and Western brackets and an odd count of straight quotes', () => {
    expect(unpairedBrackets(oneRow('协定（RCEP）', 'the agreement （RCEP)'))).toMatchObject([
      { message: 'Unpaired （ ) in the target; add the missing partner or remove it.' },
    ]);
    expect(unpairedBrackets(oneRow('他说“好”。', 'He said "good.'))).toHaveLength(1);
  });

  it('does not take apostrophes for quotes', () => {
    const target = 'China’s role and the countries’ interests, as ‘China’s rise’ shows.';
    expect(unpairedBrackets(oneRow('中国的作用和各国的利益。', target))).toEqual([]);
  });

  it('accepts an imbalance the source has too: a quotation spanning two sentences', () => {
    expect(
      unpairedBrackets(
        oneRow(
          '习主席指出：“病毒没有国界，疫病不分种族。',
          'President Xi said: "The virus knows no borders.',
        ),
      ),
    ).toEqual([]);
  });

  it('finds nothing in balanced targets', () => {
    expect(
      unpairedBrackets(
        oneRow(
          '《区域全面经济伙伴关系协定》',
          'the Regional Comprehensive Economic Partnership (RCEP) “agreement”',
        ),
      ),
    ).toEqual([]);
  });
});
