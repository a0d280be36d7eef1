import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTermIndex, matchTerms } from '../../../src/glossary/index.js';
import { loadGlossaries } from '../../../src/pipeline/load-glossaries.js';
import { packMatches, unpackMatches } from '../../../src/pipeline/matching/match-codec.js';
import { MatchPool } from '../../../src/pipeline/matching/match-pool.js';
import { TermMatcher } from '../../../src/pipeline/matching/term-matcher.js';

const glossary = await loadGlossaries(['glossary']);
const index = buildTermIndex(glossary.entries, { language: 'zh' });
/** The sample's sentences, repeated past the size at which matching moves to threads. */
const sentences = readFileSync('input/interview.txt', 'utf8').split(/(?<=[。？！])/);
const book = Array.from({ length: 4_500 }, (_, i) => sentences[i % sentences.length]!);

describe('packMatches', () => {
  it('packs matches into typed arrays and each entry once, and unpacks them as they were', () => {
    const matches = sentences.map((s) => matchTerms(index, s));
    const packed = packMatches(matches);
    expect(packed.places.length).toBe(matches.flat().length * 3);
    expect(packed.entries.length).toBeLessThan(matches.flat().length);
    expect(unpackMatches(packed)).toEqual(matches);
  });

  it('keeps apart matches that share a targets list but not their other fields', () => {
    const targets = ['a'];
    const term = { start: 0, end: 1, source: 'x', target: 'a', targets, status: 'preferred' as const };
    const matches = [[term, { ...term, note: 'n' }, { ...term, source: 'y' }, { ...term, start: 2, end: 3 }]];
    const packed = packMatches(matches);
    expect(packed.entries).toHaveLength(3);
    expect(unpackMatches(packed)).toEqual(matches);
  });
});

describe('TermMatcher', () => {
  const matcher = new TermMatcher(glossary.entries, 2);
  afterAll(() => matcher.close());

  it('matches a book on worker threads exactly as matchTerms does, reporting progress in order', async () => {
    const done: number[] = [];
    const found = await matcher.match('zh-CN', book, (n) => done.push(n));
    expect(found).toEqual(book.map((s) => matchTerms(index, s)));
    expect(done.at(-1)).toBe(book.length);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
  });

  it('gives the same matches when its threads were started early for the language', async () => {
    const early = new TermMatcher(glossary.entries, 2);
    try {
      early.prepare('zh-Hans');
      expect(await early.match('zh', book.slice(0, 4_000))).toEqual(
        book.slice(0, 4_000).map((s) => matchTerms(index, s)),
      );
    } finally {
      await early.close();
    }
  });

  it('matches a short document on the calling thread', async () => {
    const found = await matcher.match('zh', sentences);
    expect(found).toEqual(sentences.map((s) => matchTerms(index, s)));
  });
});

describe('MatchPool', () => {
  it('turns a failure in a thread into a rejected promise, and goes on serving', async () => {
    const pool = new MatchPool(glossary.entries, 1);
    try {
      await expect(pool.match('zh', [42 as unknown as string])).rejects.toThrow(/^Term matching failed/);
      expect(await pool.match('zh', sentences.slice(0, 3))).toEqual(
        sentences.slice(0, 3).map((s) => matchTerms(index, s)),
      );
    } finally {
      await pool.close();
    }
  });
});
