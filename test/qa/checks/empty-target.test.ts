import { describe, expect, it } from 'vitest';
import { emptyTarget } from '../../../src/qa/checks/empty-target.js';
import { makeDocument } from '../make-document.js';

describe('emptyTarget', () => {
  it('is an error for an untranslated sentence, and says so when the status claims otherwise', () => {
    const document = makeDocument([
      { source: '年，无论对世界还是中国，都是极不平凡的一年。', target: '' },
      { source: '沧海横流，方显英雄本色。', target: '   ', status: 'translated' },
    ]);
    const findings = emptyTarget({ document });
    expect(findings).toMatchObject([
      { code: 'empty-target', severity: 'error', id: 'p1.s1' },
      { code: 'empty-target', severity: 'error', id: 'p1.s2' },
    ]);
    expect(findings[0]!.message).toContain('“年，无论对世界还是中国，都是极不平凡的一年。”');
    expect(findings[1]!.message).toContain('status is “translated”');
  });

  it('is a warning for a speaker label: 王毅 still needs "Wang Yi"', () => {
    const document = makeDocument([{ source: '王毅', kind: 'speaker', target: '' }]);
    expect(emptyTarget({ document })).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('王毅') },
    ]);
  });

  it('is only an info for a row without words, and nothing for translated rows', () => {
    const document = makeDocument([
      { source: '……', target: '' },
      {
        source: '沧海横流，方显英雄本色。',
        target: 'Only in rough waters do heroes show their true mettle.',
      },
      { source: '王毅', kind: 'speaker', target: 'Wang Yi' },
    ]);
    expect(emptyTarget({ document })).toMatchObject([{ id: 'p1.s1', severity: 'info' }]);
  });
});
