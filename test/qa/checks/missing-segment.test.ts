import { describe, expect, it } from 'vitest';
import { missingSegment } from '../../../src/qa/checks/missing-segment.js';
import { makeDocument } from '../make-document.js';

describe('missingSegment', () => {
  const document = makeDocument([
    { id: 'p3.s1', source: '记者', kind: 'speaker', target: 'Reporter' },
    { id: 'p3.s3', source: '王毅', kind: 'speaker', target: 'Wang Yi' },
  ]);

  it('flags an expected id whose row was deleted, as an error without a cell', () => {
    const rows = new Map([
      ['p3.s1', 2],
      ['p3.s3', 3],
    ]);
    const findings = missingSegment({ document, rows, expectedIds: ['p3.s1', 'p3.s2', 'p3.s3', 'p3.s2'] });
    expect(findings).toEqual([
      {
        code: 'missing-segment',
        severity: 'error',
        id: 'p3.s2',
        message: expect.stringContaining('Segment p3.s2 is missing from the workbook'),
      },
    ]);
  });

  it('finds nothing when every expected id is there, or none are expected', () => {
    expect(missingSegment({ document, expectedIds: ['p3.s1', 'p3.s3'] })).toEqual([]);
    expect(missingSegment({ document })).toEqual([]);
  });
});
