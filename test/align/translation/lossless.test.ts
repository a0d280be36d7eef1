import { describe, expect, it } from 'vitest';
import { alignSentences, type Bead } from '../../../src/align/translation/index.js';
import { makeSyntheticBitext } from '../../../src/align/translation/synthetic.js';

// Seeded, so that a failure can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomSentences(next: () => number, count: number, alphabet: string, end: string): string[] {
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 60);
    let text = '';
    for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text + (next() < 0.9 ? end : '');
  });
}

/** Every sentence of both sides in exactly one bead, in order, each bead contiguous and at most 4 a side. */
function expectLossless(beads: readonly Bead[], n: number, m: number): void {
  expect(beads.flatMap((bead) => bead.source)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(beads.flatMap((bead) => bead.target)).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const bead of beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
    expect(bead.source.length).toBeLessThanOrEqual(4);
    expect(bead.target.length).toBeLessThanOrEqual(4);
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
  }
}

describe('alignSentences is lossless and keeps order', () => {
  it('on random texts of random sizes', () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const n = Math.floor(next() * 30);
      const m = Math.floor(next() * 30);
      const source = randomSentences(
        next,
        n,
        '的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会三十百',
        '。',
      );
      const target = randomSentences(next, m, 'abcdefghijklmnopqrstuvwxyz     ,7', '.');
      expectLossless(alignSentences(source, target, { sourceLanguage: 'zh', targetLanguage: 'en' }), n, m);
    }
  });

  it('on very lopsided texts', () => {
    const next = random(11);
    const source = randomSentences(next, 3, '山水风雨', '。');
    const target = randomSentences(next, 40, 'abc de', '.');
    expectLossless(alignSentences(source, target, { sourceLanguage: 'zh', targetLanguage: 'en' }), 3, 40);
    expectLossless(alignSentences(target, source, { sourceLanguage: 'en', targetLanguage: 'zh' }), 40, 3);
  });

  it('on a long synthetic bitext searched in a band, recovering its links', () => {
    const { source, target, gold } = makeSyntheticBitext(3000, 5);
    const beads = alignSentences(source, target, { sourceLanguage: 'zh', targetLanguage: 'en' });
    expectLossless(beads, source.length, target.length);
    const key = (bead: Bead): string => `${bead.source}:${bead.target}`;
    const wanted = new Set(gold.map(key));
    const correct = beads.filter((bead) => wanted.has(key(bead))).length;
    expect(correct / gold.length).toBeGreaterThan(0.95);
  });
});

describe('makeSyntheticBitext', () => {
  it('is deterministic and its gold links are lossless', () => {
    const a = makeSyntheticBitext(200, 3);
    expect(makeSyntheticBitext(200, 3)).toEqual(a);
    expect(a.source.length).toBeGreaterThanOrEqual(200);
    expectLossless(a.gold, a.source.length, a.target.length);
  });
});
