import { describe, expect, it } from 'vitest';
import { buildTermIndex, matchTerms } from '../../src/glossary/index.js';
import { simplifyChar } from '../../src/glossary/text/simplify-char.js';
import type { GlossaryEntry } from '../../src/model/index.js';

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

// Simplified-only characters, so no two entries fold to the same key.
const ALPHABET = Array.from({ length: 0x800 }, (_, i) => 0x4e00 + i)
  .filter((u) => simplifyChar(u) === u)
  .map((u) => String.fromCharCode(u));

describe('a 100,000-entry glossary', () => {
  it('indexes and matches a long text correctly', () => {
    const random = generator(2021);
    const terms = new Set<string>();
    while (terms.size < 100_000) {
      const length = 2 + random(5);
      terms.add(Array.from({ length }, () => ALPHABET[random(ALPHABET.length)]).join(''));
    }
    const list = [...terms];
    const entries: GlossaryEntry[] = list.map((term, i) => ({
      sources: [term],
      targets: [`term ${i}`],
      status: 'preferred',
      caseSensitive: false,
      origin: { file: 'big.csv', line: i + 2 },
    }));
    const index = buildTermIndex(entries, { language: 'zh' });
    expect(index.entryCount).toBe(100_000);

    // 20,000 terms separated by commas: about 100,000 characters, every term a match at a known place
    const placed: { start: number; term: string; target: string }[] = [];
    let text = '';
    for (let i = 0; i < 20_000; i++) {
      const k = random(list.length);
      placed.push({ start: text.length, term: list[k]!, target: `term ${k}` });
      text += `${list[k]}，`;
    }
    const matches = matchTerms(index, text);
    expect(matches.length).toBe(placed.length);
    matches.forEach((m, i) => {
      expect(m.start).toBe(placed[i]!.start);
      expect(m.end).toBe(placed[i]!.start + placed[i]!.term.length);
      expect(m.source).toBe(placed[i]!.term);
      expect(m.target).toBe(placed[i]!.target);
    });
  });
});
