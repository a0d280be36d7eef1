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

describe('unpackMatches', () => {
  it('gives the matches of one entry one frozen targets array across the runs of a document', () => {
    const runs = [sentences.slice(0, 20), sentences.slice(20, 40)].map((run) =>
      packMatches(run.map((s) => matchTerms(index, s))),
    );
    const targets = new Map<string, string[]>();
    const matches = runs.flatMap((run) => unpackMatches(run, targets)).flat();
    const china = matches.filter((m) => m.source === '中国');
    expect(china.length).toBeGreaterThan(1);
    expect(new Set(china.map((m) => m.targets)).size).toBe(1);
    expect(Object.isFrozen(china[0]!.targets)).toBe(true);
    expect(matches).toEqual([...sentences.slice(0, 40)].flatMap((s) => matchTerms(index, s)));
  });
});

describe('TermMatcher', () => {
  // Two helper threads besides the calling one.
  const matcher = new TermMatcher(glossary.entries, 2);
  afterAll(() => matcher.close());

  it('matches a book on worker threads exactly as matchTerms does, reporting progress in order', async () => {
    const done: number[] = [];
    const found = await matcher.match('zh-CN', 'en', book, (n) => done.push(n));
    expect(found).toEqual(book.map((s) => matchTerms(index, s)));
    expect(done.at(-1)).toBe(book.length);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
  });

  it('gives the same matches when its threads were started early for the language', async () => {
    const early = new TermMatcher(glossary.entries, 1);
    try {
      early.prepare('zh-Hans', 'en');
      expect(await early.match('zh', 'en-GB', book.slice(0, 4_000))).toEqual(
        book.slice(0, 4_000).map((s) => matchTerms(index, s)),
      );
    } finally {
      await early.close();
    }
  });

  it('matches a short document on the calling thread', async () => {
    const found = await matcher.match('zh', 'en', sentences);
    expect(found).toEqual(sentences.map((s) => matchTerms(index, s)));
  });
});

describe('MatchPool', () => {
  it('turns a failure in a thread into a rejected promise, and goes on serving', async () => {
    const pool = new MatchPool(glossary.entries, 1);
    try {
      await expect(pool.match({ language: 'zh' }, [42 as unknown as string])).rejects.toThrow(
        /^Term matching failed/,
      );
      expect(await pool.match({ language: 'zh' }, sentences.slice(0, 3))).toEqual(
        sentences.slice(0, 3).map((s) => matchTerms(index, s)),
      );
    } finally {
      await pool.close();
    }
  });

  it('shares the runs with the calling thread when given a way to match, and keeps them in order', async () => {
    const pool = new MatchPool(glossary.entries, 1);
    const local: number[] = [];
    try {
      const found = await pool.match({ language: 'zh' }, book, undefined, (run) => {
        local.push(run.length);
        return run.map((s) => matchTerms(index, s));
      });
      expect(found).toEqual(book.map((s) => matchTerms(index, s)));
      expect(local.length).toBeGreaterThan(0);
      expect(local.reduce((a, b) => a + b, 0)).toBeLessThan(book.length);
    } finally {
      await pool.close();
    }
  });

  it('leaves the runs of a thread that stopped to the calling thread', async () => {
    const pool = new MatchPool(glossary.entries, 1);
    await pool.close();
    let local = 0;
    const found = await pool.match({ language: 'zh' }, book, undefined, (run) => {
      local += run.length;
      return run.map((s) => matchTerms(index, s));
    });
    expect(found).toEqual(book.map((s) => matchTerms(index, s)));
    expect(local).toBe(book.length);
  });
});
