import { describe, expect, it } from 'vitest';
import { untranslatedCjk } from '../../../src/qa/checks/untranslated-cjk.js';
import { oneRow } from '../make-document.js';

describe('untranslatedCjk', () => {
  it('flags Chinese words left in an English target', () => {
    expect(
      untranslatedCjk(
        oneRow(
          '我们同步抗击新冠肺炎病毒和国际政治病毒。',
          'We fought the 新冠肺炎 virus and the 政治病毒 at the same time.',
        ),
      ),
    ).toEqual([
      {
        code: 'untranslated-cjk',
        severity: 'warning',
        id: 'p1.s1',
        message: 'Untranslated characters in the target: “新冠肺炎”, “政治病毒”; translate them.',
      },
    ]);
  });

  it('leaves Chinese targets, full translations and copied sources alone', () => {
    expect(
      untranslatedCjk(oneRow('We fought the virus.', '我们抗击病毒。', { source: 'en', target: 'zh' })),
    ).toEqual([]);
    expect(untranslatedCjk(oneRow('沧海横流，方显英雄本色。', 'Rough seas reveal true heroes.'))).toEqual([]);
    expect(untranslatedCjk(oneRow('王毅', '王毅'))).toEqual([]);
  });
});
