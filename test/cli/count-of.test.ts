import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/cli/count-of.js';

describe('countOf', () => {
  it('says one thing in the singular and any other count in the plural, with thousands separated', () => {
    expect(countOf(1, 'translation', 'translations')).toBe('1 translation');
    expect(countOf(0, 'translation', 'translations')).toBe('0 translations');
    expect(countOf(20385, 'entry', 'entries')).toBe('20,385 entries');
  });
});
