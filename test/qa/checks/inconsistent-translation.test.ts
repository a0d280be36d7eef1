import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../../src/qa/checks/inconsistent-translation.js';
import { makeDocument } from '../make-document.js';

describe('inconsistentTranslation', () => {
  it('flags later rows translated differently and names the first', () => {
    const document = makeDocument([
      { source: '记者', kind: 'speaker', target: 'Reporter' },
      {
        source: '年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击。',
        target: 'In 2020, the sudden pandemic hit the world.',
      },
      { source: '记者', kind: 'speaker', target: 'Journalist' },
      { source: '记者 ', kind: 'speaker', target: 'Reporter ' },
    ]);
    expect(inconsistentTranslation({ document })).toEqual([
      {
        code: 'inconsistent-translation',
        severity: 'warning',
        id: 'p1.s3',
        message:
          'Same source as p1.s1, translated differently: “Journalist” here, “Reporter” there; make them consistent unless the context differs.',
      },
    ]);
  });

  it('compares sources with whitespace collapsed and ignores empty targets', () => {
    const document = makeDocument([
      { source: '沧海横流，方显英雄本色。', target: '' },
      { source: '沧海横流， 方显英雄本色。', target: 'Only in rough waters do heroes show their mettle.' },
      { source: '沧海横流，方显英雄本色。', target: 'Rough seas reveal true heroes.' },
    ]);
    expect(inconsistentTranslation({ document })).toMatchObject([
      { id: 'p1.s3', message: expect.stringContaining('p1.s2') },
    ]);
  });

  it('finds nothing when repeated sources share a translation', () => {
    const document = makeDocument([
      { source: '王毅', kind: 'speaker', target: 'Wang Yi' },
      { source: '王毅', kind: 'speaker', target: 'Wang  Yi' },
    ]);
    expect(inconsistentTranslation({ document })).toEqual([]);
  });
});
