import { describe, expect, it } from 'vitest';
import { whitespace } from '../../../src/qa/checks/whitespace.js';
import { oneRow } from '../make-document.js';

const SOURCE = '沧海横流，方显英雄本色。';

describe('whitespace', () => {
  it('flags a double space as a warning, naming the word before it', () => {
    expect(whitespace(oneRow(SOURCE, 'Only in rough  waters do heroes show their mettle.'))).toEqual([
      {
        code: 'whitespace',
        severity: 'warning',
        id: 'p1.s1',
        message: 'Double space after “rough” in the target; use one.',
      },
    ]);
  });

  it('flags leading and trailing spaces as info', () => {
    expect(whitespace(oneRow(SOURCE, ' Only in rough waters do heroes show their mettle. '))).toMatchObject([
      { severity: 'info', message: 'Leading and trailing space in the target; remove it.' },
    ]);
    expect(
      whitespace(oneRow(SOURCE, 'Only in rough waters do heroes show their mettle.\u3000')),
    ).toMatchObject([{ severity: 'info', message: 'Trailing space in the target; remove it.' }]);
  });

  it('flags a space before punctuation in English', () => {
    expect(whitespace(oneRow(SOURCE, 'Only in rough waters , heroes show their mettle .'))).toMatchObject([
      { severity: 'warning', message: 'Space before “,” in the target; remove it.' },
    ]);
  });

  it('flags spaces between Chinese characters in a Chinese target, not next to Latin words', () => {
    const en = { source: 'en', target: 'zh' };
    expect(whitespace(oneRow('Only in rough waters.', '沧海横流， 方显英雄 本色。', en))).toMatchObject([
      { message: expect.stringContaining('Space between Chinese characters') },
    ]);
    expect(whitespace(oneRow('We signed RCEP.', '我们签署了 RCEP 协定。', en))).toEqual([]);
    expect(whitespace(oneRow('Only in rough waters.', '沧海横流，方显　英雄本色。', en))).toEqual([]);
  });

  it('finds nothing in clean targets', () => {
    expect(whitespace(oneRow(SOURCE, 'Only in rough waters do heroes show their mettle.'))).toEqual([]);
  });
});
