import { describe, expect, it } from 'vitest';
import { countFindings, groupFindings } from '../../src/cli/print-findings.js';
import type { Finding } from '../../src/model/index.js';

const empty = (row: number): Finding => ({
  code: 'empty-target',
  severity: 'warning',
  message: 'Target is empty.',
  file: 'book.xlsx',
  cell: `Segments!C${row}`,
  id: `p${row - 1}.s1`,
});

describe('groupFindings', () => {
  it('groups by severity, then by check in order of first finding, each place first and without the file', () => {
    const findings: Finding[] = [
      empty(2),
      { code: 'number-mismatch', severity: 'error', message: 'Number 2020 is missing.', cell: 'Segments!C3' },
      empty(4),
      { code: 'glossary-duplicate', severity: 'info', message: 'Duplicate row.', file: 'terms.csv', line: 7 },
    ];
    expect(groupFindings(findings)).toEqual([
      '  Errors',
      '    number-mismatch (1)',
      '      Segments!C3  Number 2020 is missing.',
      '  Warnings',
      '    empty-target (2)',
      '      Segments!C2 (p1.s1)  Target is empty.',
      '      Segments!C4 (p3.s1)  Target is empty.',
      '  Notes',
      '    glossary-duplicate (1)',
      '      line 7  Duplicate row.',
    ]);
    expect(countFindings(findings)).toBe('1 error · 2 warnings · 1 note');
  });

  it('shows the first of a book’s 200,000 findings of one check and counts the rest', () => {
    const findings = Array.from({ length: 200_000 }, (_, i) => empty(i + 2));
    const lines = groupFindings(findings, 3);
    expect(lines).toEqual([
      '  Warnings',
      '    empty-target (200,000)',
      '      Segments!C2 (p1.s1)  Target is empty.',
      '      Segments!C3 (p2.s1)  Target is empty.',
      '      Segments!C4 (p3.s1)  Target is empty.',
      '      … and 199,997 more',
    ]);
  });
});
