import { describe, expect, it } from 'vitest';
import { segmentFinding } from '../../src/qa/segment-finding.js';
import { makeDocument } from './make-document.js';

describe('segmentFinding', () => {
  const document = makeDocument([{ id: 'p3.s2', source: '沧海横流，方显英雄本色。', target: '' }]);
  const problem = { code: 'empty-target', severity: 'error', message: 'Target is empty.' } as const;

  it('points at the Target cell of the row, or the Source cell when asked', () => {
    const rows = new Map([['p3.s2', 14]]);
    expect(segmentFinding({ document, rows }, 'p3.s2', problem)).toEqual({
      ...problem,
      id: 'p3.s2',
      cell: 'Segments!C14',
    });
    expect(segmentFinding({ document, rows }, 'p3.s2', { ...problem, column: 'source' }).cell).toBe(
      'Segments!B14',
    );
  });

  it('leaves the cell out when the row is unknown', () => {
    expect(segmentFinding({ document }, 'p3.s2', problem)).toEqual({ ...problem, id: 'p3.s2' });
    expect(segmentFinding({ document, rows: new Map() }, 'p3.s2', problem)).not.toHaveProperty('cell');
  });
});
