import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitTrivially } from '../../scripts/bench-floor.js';
import {
  glossaryTsv,
  makeChineseText,
  makeGlossary,
  sampleSentences,
  seededRandom,
  utf8Length,
} from '../../scripts/bench-inputs.js';
import { parseGlossary } from '../../src/glossary/index.js';
import { readDocument } from '../../src/read/index.js';
import { segmentDocument } from '../../src/segment/index.js';

const sample = sampleSentences(readFileSync(join(import.meta.dirname, '../../input/interview.txt'), 'utf8'));

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and others for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('sampleSentences', () => {
  it('cuts the sample after 。！？ and keeps the marks', () => {
    expect(sample.length).toBeGreaterThan(150);
    expect(sample.every((s) => /[。！？][”’」』]?$/u.test(s))).toBe(true);
    expect(sample).toContain('王毅年，无论对世界还是中国，都是极不平凡的一年。');
  });
});

describe('makeGlossary', () => {
  const rows = makeGlossary(3000, 1);

  it('makes distinct Chinese terms of 2 to 8 characters with English renderings', () => {
    expect(rows).toHaveLength(3000);
    expect(new Set(rows.map((r) => r.zh)).size).toBe(3000);
    for (const row of rows) {
      expect(row.zh).toMatch(/^\p{Script=Han}{2,8}$/u);
      expect(row.en).toMatch(/^[A-Za-z][\w ,'-]*$/);
    }
    expect(rows.some((r) => r.status === 'forbidden')).toBe(true);
  });

  it('is deterministic, and a smaller glossary is the start of a larger one', () => {
    expect(makeGlossary(3000, 1)).toEqual(rows);
    expect(makeGlossary(100, 1)).toEqual(rows.slice(0, 100));
    expect(makeGlossary(100, 2)).not.toEqual(rows.slice(0, 100));
  });

  it('leaves out the terms it is told to, such as the curated glossary’s', () => {
    const excluded = new Set(rows.slice(0, 50).map((r) => r.zh));
    expect(makeGlossary(3000, 1, excluded).some((r) => excluded.has(r.zh))).toBe(false);
  });

  it('writes a TSV that tandem loads without a finding', () => {
    const result = parseGlossary(new TextEncoder().encode(glossaryTsv(rows)), 'bench.tsv');
    expect(result.findings).toEqual([]);
    expect(result.entries).toHaveLength(3000);
    expect(result.entries[0]).toMatchObject({
      sources: [rows[0]!.zh],
      targets: [rows[0]!.en],
      status: rows[0]!.status,
    });
  });
});

describe('makeChineseText', () => {
  const terms = makeGlossary(500, 3).map((r) => r.zh);
  const generated = makeChineseText({ bytes: 200_000, seed: 5, sample, terms });

  it('stops at the first paragraph end past the size asked for, and counts right', () => {
    expect(generated.bytes).toBe(utf8Length(generated.text));
    expect(generated.bytes).toBe(Buffer.byteLength(generated.text));
    expect(generated.bytes).toBeGreaterThanOrEqual(200_000);
    expect(generated.bytes).toBeLessThan(202_000);
    expect(generated.text.endsWith('\n')).toBe(true);
  });

  it('is deterministic, and a shorter text from the same seed is the start of a longer one', () => {
    expect(makeChineseText({ bytes: 200_000, seed: 5, sample, terms })).toEqual(generated);
    const shorter = makeChineseText({ bytes: 50_000, seed: 5, sample, terms });
    expect(generated.text.startsWith(shorter.text.trimEnd())).toBe(true);
    expect(makeChineseText({ bytes: 50_000, seed: 6, sample, terms }).text).not.toBe(shorter.text);
  });

  it('reads like the sample: about 45 characters a sentence, several sentences a paragraph', async () => {
    const doc = await readDocument(new TextEncoder().encode(generated.text), 'bench.txt');
    const segments = segmentDocument(doc, { language: 'zh' });
    const characters = segments.reduce((n, s) => n + s.source.length, 0);
    expect(characters / segments.length).toBeGreaterThan(35);
    expect(characters / segments.length).toBeLessThan(60);
    expect(segments.length / doc.paragraphs.length).toBeGreaterThan(3);
    // 10 MB at this rate is about 73,000 sentences, as the issue says.
    expect((segments.length * 10_000_000) / generated.bytes).toBeGreaterThan(65_000);
    expect((segments.length * 10_000_000) / generated.bytes).toBeLessThan(85_000);
  });

  it('has what the segmenter and matcher must deal with: numbers, quotations, questions, Latin text, terms', () => {
    const { text } = generated;
    expect(text).toMatch(/\d+\.\d+%/);
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).toMatch(/：“[^”]+。”\p{Script=Han}/u);
    expect(text).toMatch(/？/);
    expect(text).toMatch(/！/);
    expect(text).toMatch(/……/);
    expect(text).toMatch(/Dr\. Tedros|Mr\. Guterres|U\.S\./);
    expect(text).toMatch(/\n\n/);
    expect(terms.filter((t) => text.includes(t)).length).toBeGreaterThan(100);
    expect(sample.filter((s) => text.includes(s)).length).toBeGreaterThan(50);
  });

  it('makes a given number of sentences for the DOCX documents', () => {
    expect(makeChineseText({ sentences: 300, seed: 1, sample, terms }).sentences).toBe(300);
  });
});

describe('splitTrivially (the floor)', () => {
  it('breaks after every 。！？ and at line ends, nothing else', () => {
    expect(splitTrivially('他说：“走。”好的！真的吗？3.5%\n第二行')).toEqual([
      '他说：“走。',
      '”好的！',
      '真的吗？',
      '3.5%',
      '第二行',
    ]);
  });
});
