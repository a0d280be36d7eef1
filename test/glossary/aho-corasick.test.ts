import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/glossary/match/aho-corasick.js';

function all(keys: string[], text: string): string[] {
  const found: string[] = [];
  new AhoCorasick(keys).forEachMatch(text, (key, start, end) => found.push(`${keys[key]}@${start}-${end}`));
  return found.sort();
}

function naive(keys: string[], text: string): string[] {
  const found: string[] = [];
  for (const key of keys) {
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1))
      found.push(`${key}@${i}-${i + key.length}`);
  }
  return found.sort();
}

describe('AhoCorasick', () => {
  it('reports every occurrence of every key, nested and overlapping ones included', () => {
    const keys = ['联合国', '安理会', '联合国安理会', '国安', '合'];
    expect(all(keys, '联合国安理会')).toEqual(naive(keys, '联合国安理会'));
    expect(all(keys, '联合国安理会').length).toBe(5);
  });

  it('agrees with a naive search on random keys and texts', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const alphabet = 'abc中国家';
    const word = (max: number) =>
      Array.from({ length: 1 + random(max) }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const keys = [...new Set(Array.from({ length: 1 + random(12) }, () => word(4)))];
      const text = word(60);
      expect(all(keys, text)).toEqual(naive(keys, text));
    }
  });

  it('handles keys beyond the Basic Multilingual Plane and an empty key list', () => {
    expect(all(['𠀀中'], 'x𠀀中')).toEqual(['𠀀中@1-4']);
    expect(all([], 'anything')).toEqual([]);
  });
});
