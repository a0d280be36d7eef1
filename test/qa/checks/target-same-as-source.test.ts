import { describe, expect, it } from 'vitest';
import { targetSameAsSource } from '../../../src/qa/checks/target-same-as-source.js';
import { makeDocument, oneRow } from '../make-document.js';

describe('targetSameAsSource', () => {
  it('flags a Chinese sentence or label copied into the English target', () => {
    const document = makeDocument([
      { source: '沧海横流，方显英雄本色。', target: '沧海横流，方显英雄本色。' },
      { source: '王毅', kind: 'speaker', target: ' 王毅 ' },
    ]);
    expect(targetSameAsSource({ document })).toMatchObject([
      { code: 'target-same-as-source', severity: 'warning', id: 'p1.s1' },
      { id: 'p1.s2', message: 'Target is the same as the source (“王毅”); translate it.' },
    ]);
  });

  it('flags an English sentence left as it was in a Chinese target', () => {
    const sentence = '2020 was an extraordinary year for both the world and China.';
    expect(targetSameAsSource(oneRow(sentence, sentence, { source: 'en', target: 'zh' }))).toHaveLength(1);
  });

  it.each([
    ['RCEP', 'zh', 'en'],
    ['G20', 'zh', 'en'],
    ['COVID-19', 'en', 'zh'],
    ['2021/01/02 10:19', 'zh', 'en'],
    ['Xinhua News Agency', 'zh', 'en'],
    ['Wang Yi', 'en', 'fr'],
    ['https://www.fmprc.gov.cn', 'en', 'de'],
  ])('leaves %s alone (%s → %s): identity is right there', (text, source, target) => {
    expect(targetSameAsSource(oneRow(text, text, { source, target }))).toEqual([]);
  });

  it('leaves real translations alone', () => {
    expect(targetSameAsSource(oneRow('王毅', 'Wang Yi'))).toEqual([]);
  });
});
