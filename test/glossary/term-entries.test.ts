import { describe, expect, it } from 'vitest';
import { TermEntries } from '../../src/glossary/term-entries.js';
import type { TermMatch } from '../../src/model/index.js';

const targets = ['Xinhua News Agency', 'Xinhua'];
const term: TermMatch = {
  start: 0,
  end: 3,
  source: '新华社',
  target: targets[0]!,
  targets,
  status: 'preferred',
};

describe('TermEntries', () => {
  it('numbers entries in order of first match, and gives a match of a known entry its number', () => {
    const entries = new TermEntries();
    expect(entries.numberOf(term)).toBe(0);
    expect(entries.numberOf({ ...term, start: 9, end: 12 })).toBe(0);
    const other = { ...term, source: '中国', target: 'China', targets: ['China'] };
    expect(entries.numberOf(other)).toBe(1);
    expect(entries.size).toBe(2);
    expect(entries.first(1)).toBe(other);
    expect(() => entries.first(2)).toThrow(RangeError);
  });

  it('tells entries apart that share a targets list but not their source, target, note or status', () => {
    const entries = new TermEntries();
    const numbers = [
      term,
      { ...term, source: '新華社' },
      { ...term, target: 'Xinhua' },
      { ...term, note: 'state news agency' },
      { ...term, status: 'admitted' as const },
    ].map((t) => entries.numberOf(t));
    expect(numbers).toEqual([0, 1, 2, 3, 4]);
  });

  it('finds an entry by equal targets when a match read back from a file has a list of its own', () => {
    const entries = new TermEntries();
    entries.numberOf(term);
    expect(entries.numberOf({ ...term, targets: [...targets] })).toBe(0);
    expect(entries.numberOf({ ...term, targets: ['Xinhua'] })).toBe(1);
  });
});
