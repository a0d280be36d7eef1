import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTermIndex, matchTerms, useLearnedWords } from '../../../src/glossary/index.js';
import { forEachCjkRun } from '../../../src/glossary/match/cjk-boundaries.js';
import { hashOf, LearnedWords, WordTokens } from '../../../src/glossary/match/word-tokens.js';
import { loadGlossaries } from '../../../src/pipeline/load-glossaries.js';
import { TermMatcher } from '../../../src/pipeline/matching/term-matcher.js';
import { WordLookahead } from '../../../src/pipeline/matching/word-lookahead.js';

const glossary = await loadGlossaries(['glossary']);
const sample = readFileSync('input/interview.txt', 'utf8');
const paragraphs = sample.split('\n').filter((line) => line.trim() !== '');
const sentences = sample.split(/(?<=[。？！])/);

function runs(text: string): string[] {
  const found: string[] = [];
  forEachCjkRun(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

describe('forEachCjkRun', () => {
  it('gives the Han and kana runs of two characters or more, as the word check segments them', () => {
    expect(runs('中国和APEC成员，在2020年。日本のカレー、我')).toEqual(['中国和', '成员', '日本のカレー']);
  });

  it('passes over runs longer than the word check takes whole, and keeps surrogate pairs together', () => {
    expect(runs(`${'国'.repeat(257)}，${'国'.repeat(256)}`)).toEqual(['国'.repeat(256)]);
    expect(runs('a𠀀𠀁b')).toEqual(['𠀀𠀁']);
  });
});

describe('LearnedWords', () => {
  it('keeps the texts of two generations, so that a long run of documents does not fill memory', () => {
    const learned = new LearnedWords();
    for (let i = 0; i < 200_000; i++) learned.learn(`${i}国`, Int32Array.of(0, 1));
    const kept = learned.size;
    expect(kept).toBeGreaterThan(65_536);
    expect(kept).toBeLessThanOrEqual(2 * 65_536);
    expect(learned.find(hashOf('199999国', 0, 7), '199999国', 0, 7)).toBeDefined();
    expect(learned.find(hashOf('0国', 0, 2), '0国', 0, 2)).toBeUndefined();
  });

  it('answers for the texts it learned before WordTokens asks ICU', () => {
    const words = new WordTokens('zh');
    const learned = new LearnedWords();
    // Made-up tokens, which ICU would never give: they prove that what was learned is what answers.
    learned.learn('发展中国家', Int32Array.of(0, 1, 1, 5));
    words.learned = learned;
    words.find(words.of('发展中国家'), 3);
    expect([words.start, words.end]).toEqual([1, 5]);
    words.learned = undefined;
    words.find(words.of('发展中国家'), 3);
    // 发展|中|国家, as ICU cuts it
    expect([words.start, words.end]).toEqual([3, 5]);
  });
});

describe('WordLookahead', () => {
  const thread = new WordLookahead();
  afterAll(() => thread.close());

  it("learns every distinct run of the document's texts on its thread, with ICU's tokens", async () => {
    const learned = new LearnedWords();
    const distinct = new Set(paragraphs.flatMap(runs));
    expect(distinct.size).toBeGreaterThan(500);
    expect(await thread.ask('zh', paragraphs, learned)!.finished).toBe(distinct.size);
    expect(learned.size).toBe(distinct.size);
    const words = new WordTokens('zh');
    words.learned = learned;
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const run of distinct) {
      for (const token of segmenter.segment(run)) {
        words.find(words.of(run), token.index);
        expect([words.start, words.end]).toEqual([token.index, token.index + token.segment.length]);
      }
    }
  });

  it('sends each run once over a run of documents, the next document only its own new runs', async () => {
    const words = new WordLookahead();
    const learned = new LearnedWords();
    const half = paragraphs.slice(0, Math.ceil(paragraphs.length / 2));
    const before = new Set(half.flatMap(runs));
    const after = new Set(paragraphs.flatMap(runs));
    const first = words.ask('zh', half, learned)!;
    const again = words.ask('zh', half, learned)!;
    const all = words.ask('zh', paragraphs, learned)!;
    expect(await first.finished).toBe(before.size);
    expect(await again.finished).toBe(0);
    expect(await all.finished).toBe(after.size - before.size);
    expect(after.size - before.size).toBeGreaterThan(100);
    expect(learned.size).toBe(after.size);
    await words.close();
    // A closed thread is asked nothing more: matching asks ICU itself.
    expect(words.ask('zh', half, learned)).toBeUndefined();
  });

  it('leaves the matches as they are without it', async () => {
    const learned = new LearnedWords();
    await thread.ask('zh', paragraphs, learned)!.finished;
    const index = buildTermIndex(glossary.entries, { language: 'zh' });
    const without = sentences.map((s) => matchTerms(index, s));
    const fresh = buildTermIndex(glossary.entries, { language: 'zh' });
    useLearnedWords(fresh, learned);
    expect(sentences.map((s) => matchTerms(fresh, s))).toEqual(without);
    expect(without.flat().length).toBeGreaterThan(100);
  });
});

describe('TermMatcher.lookAhead', () => {
  const matcher = new TermMatcher(glossary.entries, 0);
  afterAll(() => matcher.close());

  it('starts a thread only for a big Chinese or Japanese document, and not beside matching threads', async () => {
    expect(matcher.lookAhead('zh', paragraphs)).toBeUndefined();
    expect(matcher.lookAhead('en', Array(20).fill('word '.repeat(2_000)))).toBeUndefined();
    const book = Array.from({ length: 12 }, () => sample);
    const lookahead = matcher.lookAhead('zh-CN', book);
    expect(await lookahead!.finished).toBeGreaterThan(500);
    // a run held to one core
    const single = new TermMatcher(glossary.entries, 0, false);
    expect(single.lookAhead('zh', book)).toBeUndefined();
    await single.close();
    const pooled = new TermMatcher(glossary.entries, 2);
    expect(pooled.lookAhead('zh', book)).toBeUndefined();
    await pooled.close();
  });

  it('matches a book with the thread exactly as without, reporting every segment', async () => {
    const book = Array.from({ length: 3_000 }, (_, i) => sentences[i % sentences.length]!);
    const lookahead = matcher.lookAhead(
      'zh',
      Array.from({ length: 12 }, () => sample),
    )!;
    const done: number[] = [];
    const found = await matcher.match('zh', 'en', book, (n) => done.push(n), lookahead);
    const index = buildTermIndex(glossary.entries, { language: 'zh', targetLanguage: 'en' });
    expect(found).toEqual(book.map((s) => matchTerms(index, s)));
    expect(done).toEqual(book.map((_, i) => i + 1));
  });
});
