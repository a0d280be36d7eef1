import { describe, expect, it } from 'vitest';
import { columnLetter, SEGMENT_COLUMNS } from '../../src/export/columns.js';
import type { Finding } from '../../src/model/index.js';
import { QA_CHECKS, type QaCheck, runChecks } from '../../src/qa/index.js';
import { makeDocument } from './make-document.js';

const TARGET = columnLetter(SEGMENT_COLUMNS.findIndex((column) => column.key === 'target'));

const document = makeDocument([
  { id: 'p1.s1', source: '记者', kind: 'speaker', target: 'Reporter' },
  {
    id: 'p1.s2',
    source:
      '2020年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击，您如何看待这一年的国际形势和外交工作？',
    target: 'In 2021, the sudden COVID-19 pandemic  hit the whole world hard. How do you see the year?',
  },
  { id: 'p2.s1', source: '王毅', kind: 'speaker', target: '' },
  {
    id: 'p2.s3',
    source: '沧海横流，方显英雄本色。',
    target: 'Only in rough waters do heroes show their true mettle.',
  },
  { id: 'p3.s1', source: '记者', kind: 'speaker', target: 'Journalist' },
]);

// The translator sorted the sheet: rows no longer follow document order.
const rows = new Map([
  ['p3.s1', 2],
  ['p2.s3', 3],
  ['p2.s1', 4],
  ['p1.s2', 5],
  ['p1.s1', 6],
]);
const expectedIds = ['p1.s1', 'p1.s2', 'p2.s1', 'p2.s2', 'p2.s3', 'p3.s1'];

describe('runChecks', () => {
  it('returns findings in document order, then check order, with Target cells', () => {
    const findings = runChecks({ document, rows, expectedIds });
    expect(findings.map((f) => [f.id, f.code, f.severity, f.cell])).toEqual([
      ['p1.s2', 'number-mismatch', 'error', `Segments!${TARGET}5`],
      ['p1.s2', 'whitespace', 'warning', `Segments!${TARGET}5`],
      ['p2.s1', 'empty-target', 'warning', `Segments!${TARGET}4`],
      ['p2.s2', 'missing-segment', 'error', undefined],
      ['p3.s1', 'inconsistent-translation', 'warning', `Segments!${TARGET}2`],
    ]);
    expect(TARGET).toBe('C');
    for (const finding of findings) expect(finding.message.length).toBeLessThan(200);
  });

  it('leaves the cell out when rows are unknown', () => {
    const findings = runChecks({ document });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.cell === undefined)).toBe(true);
  });

  it('runs the checks given, in their order within a segment', () => {
    const first: QaCheck = () => [{ code: 'first', severity: 'info', message: 'First.', id: 'p2.s3' }];
    const second: QaCheck = () => [
      { code: 'second', severity: 'info', message: 'Second.', id: 'p2.s3' },
      { code: 'second', severity: 'info', message: 'Whole document.' },
      { code: 'second', severity: 'info', message: 'Second.', id: 'p1.s1' },
    ];
    const codes = (findings: Finding[]) => findings.map((f) => `${f.id ?? '-'} ${f.code}`);
    expect(codes(runChecks({ document }, [first, second]))).toEqual([
      'p1.s1 second',
      'p2.s3 first',
      'p2.s3 second',
      '- second',
    ]);
  });

  it('registers every check once', () => {
    expect(new Set(QA_CHECKS).size).toBe(QA_CHECKS.length);
    expect(QA_CHECKS.length).toBeGreaterThanOrEqual(13);
  });
});

describe('runChecks on a copied row', () => {
  it('reports a copied source once, not again as missing terms or a short target', () => {
    const source = '我们释放对外开放新红利，积极推进高质量共建一带一路，拓展健康丝路绿色丝路数字丝路新愿景。';
    const start = source.indexOf('一带一路');
    const copied = makeDocument([
      {
        source,
        target: source,
        terms: [
          {
            start,
            end: start + 4,
            source: '一带一路',
            target: 'Belt and Road',
            targets: ['Belt and Road'],
            status: 'preferred',
          },
        ],
      },
    ]);
    expect(runChecks({ document: copied }).map((f) => f.code)).toEqual(['target-same-as-source']);
  });
});
