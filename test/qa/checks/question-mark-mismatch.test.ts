import { describe, expect, it } from 'vitest';
import { questionMarkMismatch } from '../../../src/qa/checks/question-mark-mismatch.js';
import { oneRow } from '../make-document.js';

const QUESTION = '记者中国如何参与和支持国际抗疫合作，做了哪些工作？';

describe('questionMarkMismatch', () => {
  it('flags a question translated as a statement, and the reverse', () => {
    expect(
      questionMarkMismatch(
        oneRow(QUESTION, 'China took part in international cooperation against COVID-19.'),
      ),
    ).toEqual([
      {
        code: 'question-mark-mismatch',
        severity: 'warning',
        id: 'p1.s1',
        message: 'The source is a question but the target does not end with a question mark; check it.',
      },
    ]);
    expect(
      questionMarkMismatch(oneRow('沧海横流，方显英雄本色。', 'Do rough seas reveal true heroes?')),
    ).toHaveLength(1);
  });

  it('accepts a question mark before closing quotes', () => {
    expect(
      questionMarkMismatch(
        oneRow(QUESTION, 'How has China supported international cooperation against COVID-19?”'),
      ),
    ).toEqual([]);
    expect(
      questionMarkMismatch(oneRow('沧海横流，方显英雄本色。', 'Rough seas reveal true heroes.')),
    ).toEqual([]);
  });
});
