import { describe, expect, it } from 'vitest';
import { GlossaryEntry } from '../../../src/model/index.js';
import { forbiddenTerm } from '../../../src/qa/checks/forbidden-term.js';
import { makeDocument } from '../make-document.js';
import { termIn } from '../terms.js';

const BRI = '我们释放对外开放新红利，积极推进高质量共建一带一路。';

describe('forbiddenTerm', () => {
  it('flags a forbidden rendering and names the approved one', () => {
    const document = makeDocument([
      {
        source: BRI,
        target: 'We unleashed new dividends of opening up and advanced the One Belt, One Road initiative.',
        terms: [
          termIn(BRI, '一带一路', ['Belt and Road Initiative']),
          termIn(BRI, '一带一路', ['One Belt, One Road'], 'forbidden'),
        ],
      },
    ]);
    expect(forbiddenTerm({ document })).toEqual([
      {
        code: 'forbidden-term',
        severity: 'error',
        id: 'p1.s1',
        message:
          'Forbidden term “One Belt, One Road” (for “一带一路”) used; write “Belt and Road Initiative” instead.',
      },
    ]);
  });

  it('finds a forbidden rendering in any target, whole words, any case', () => {
    const entry = GlossaryEntry.parse({
      sources: ['一带一路'],
      targets: ['One Belt One Road', 'OBOR'],
      status: 'forbidden',
      note: 'Official since 2015: Belt and Road Initiative.',
      origin: { file: 'glossary/terms.csv', line: 9 },
    });
    const document = makeDocument([
      {
        source: '中欧班列开行突破万列。',
        target: 'The China-Europe Railway Express, part of one belt, one road, ran trains.',
      },
      { source: '中国对一带一路国家直接投资增长。', target: 'Investment in OBOR countries grew.' },
      { source: '中国外交根植于五千年悠久的文化积淀。', target: 'Chinese diplomacy roams abroad.' },
    ]);
    const findings = forbiddenTerm({ document, glossary: [entry] });
    expect(findings.map((f) => f.id)).toEqual(['p1.s1', 'p1.s2']);
    expect(findings[0]!.message).toContain('see the glossary note: Official since 2015');
  });

  it('does not flag a forbidden rendering inside an approved one of the same segment', () => {
    const document = makeDocument([
      {
        source: BRI,
        target: 'We advanced high-quality Belt and Road Initiative cooperation.',
        terms: [
          termIn(BRI, '一带一路', ['Belt and Road Initiative']),
          termIn(BRI, '一带一路', ['Belt and Road'], 'forbidden'),
        ],
      },
    ]);
    expect(forbiddenTerm({ document })).toEqual([]);
  });

  it('uses the document glossary summary too, and finds nothing without forbidden terms', () => {
    const document = makeDocument([{ source: BRI, target: 'We advanced the One Belt, One Road.' }]);
    const withSummary = {
      ...document,
      terms: [
        {
          source: '一带一路',
          target: 'One Belt, One Road',
          targets: ['One Belt, One Road'],
          status: 'forbidden' as const,
          count: 1,
        },
      ],
    };
    expect(forbiddenTerm({ document: withSummary })).toHaveLength(1);
    expect(forbiddenTerm({ document })).toEqual([]);
  });
});
