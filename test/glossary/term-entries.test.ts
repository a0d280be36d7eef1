import { describe, expect, it } from 'vitest';
import { DocumentEntries, TermEntries } from '../../src/glossary/term-entries.js';
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

describe('DocumentEntries', () => {
  const a: TermMatch = {
    start: 0,
    end: 2,
    source: '中方',
    target: 'China',
    targets: ['China'],
    status: 'preferred',
  };
  const b: TermMatch = { ...a, source: '外交部', target: 'MFA', targets: ['MFA'] };
  const segments: { terms: TermMatch[] }[] = [
    { terms: [a, b, a] },
    { terms: [] },
    { terms: [b, { ...a, note: 'other' }] },
  ];

  it('numbers every match of a document in order, as one TermEntries would', () => {
    const counted = new DocumentEntries(segments);
    const one = new TermEntries();
    expect([...counted.numbers]).toEqual(segments.flatMap((s) => s.terms.map((t) => one.numberOf(t))));
    expect([...counted.numbers]).toEqual([0, 1, 0, 1, 2]);
    expect(counted.numberOf(2, 1)).toBe(2);
    expect(counted.entries.size).toBe(3);
    expect(counted.entries.first(2).note).toBe('other');
  });

  it('tells when the segments no longer have the matches it counted', () => {
    const counted = new DocumentEntries(segments);
    expect(counted.fits(segments)).toBe(true);
    expect(counted.fits(segments.slice(1))).toBe(false);
    expect(counted.fits([segments[0]!, segments[1]!, { terms: [b] }])).toBe(false);
  });
});
