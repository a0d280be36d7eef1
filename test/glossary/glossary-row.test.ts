import { describe, expect, it } from 'vitest';
import {
  GlossaryRow,
  type GlossaryRowInput,
  MAX_SOURCE_LENGTH,
  MAX_TARGET_LENGTH,
  readGoodRow,
} from '../../src/glossary/rows/glossary-row.js';

const row = (cells: Partial<GlossaryRowInput>): GlossaryRowInput => ({
  source: '一带一路',
  target: 'Belt and Road',
  note: '',
  domain: '',
  status: '',
  caseSensitive: '',
  ...cells,
});

describe('readGoodRow', () => {
  it.each([
    row({}),
    row({ source: ' 一带一路 | “一带一路”倡议；一带一路 ', target: 'BRI|Belt and Road Initiative' }),
    row({ note: '  a note ', domain: ' trade ' }),
    row({ status: 'Deprecated', target: '' }),
    row({ status: 'forbidden', target: '' }),
    row({ status: 'preferredTerm-admn-sts' }),
    row({ status: 'maybe' }),
    row({ caseSensitive: 'yes' }),
    row({ caseSensitive: '是' }),
    row({ caseSensitive: 'perhaps' }),
    row({ source: '' }),
    row({ source: ' | ；' }),
    row({ target: '' }),
    row({ target: '\t' }),
    row({ source: '中'.repeat(MAX_SOURCE_LENGTH) }),
    row({ source: '中'.repeat(MAX_SOURCE_LENGTH + 1) }),
    row({ target: 'a'.repeat(MAX_TARGET_LENGTH + 1) }),
    row({ source: '', status: 'odd', caseSensitive: 'odd' }),
  ])('agrees with GlossaryRow: %j', (input) => {
    const parsed = GlossaryRow.safeParse(input);
    expect(readGoodRow(input)).toEqual(parsed.success ? parsed.data : undefined);
  });
});
