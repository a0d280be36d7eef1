import { describe, expect, it } from 'vitest';
import { type SegmentOptions, type SentenceSpan, splitSentences } from '../../src/segment/index.js';
import { hasMacDev, macDevTexts } from './mac-dev.js';
import { sampleDocument } from './sample.js';

/** Checks that the spans give the paragraph back exactly, whitespace between them aside. */
function expectLossless(text: string, spans: readonly SentenceSpan[], maxLength: number): void {
  let rebuilt = '';
  let previous = 0;
  for (const span of spans) {
    const gap = text.slice(previous, span.start);
    expect(gap.trim(), `gap before ${span.start} in ${JSON.stringify(text)}`).toBe('');
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end - span.start).toBeLessThanOrEqual(maxLength);
    const source = text.slice(span.start, span.end);
    expect(source.trim(), `span ${span.start}-${span.end} of ${JSON.stringify(text)}`).toBe(source);
    rebuilt += gap + source;
    previous = span.end;
  }
  expect(text.slice(previous).trim()).toBe('');
  rebuilt += text.slice(previous);
  expect(rebuilt).toBe(text);
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that exercise every rule: marks, quotes, brackets, labels, abbreviations, numbers, spaces, surrogates. */
const PIECES = [
  ...'。！？．｡…⋯；，、：:;,.!?"\'“”‘’「」『』（）()《》[]«»‹›'.split(''),
  ' ',
  ' ',
  '\u3000',
  '\t',
  '\u00a0',
  '  ',
  '中',
  '国',
  '我们',
  '王毅',
  '记者',
  '如下',
  '表示',
  '在',
  '和平',
  '年',
  'Mr.',
  'Dr',
  'U.S.',
  'e.g.',
  'J.',
  'I',
  'etc.',
  'No.',
  'the',
  'The',
  'Go',
  'go',
  'Q',
  'A',
  'z.B.',
  '3',
  '3.5',
  '２',
  '１０',
  'v2.0',
  '……',
  '...',
  '. . .',
  '?!',
  '！！',
  '𠀀',
  '😀',
  'é',
  'ß',
  'Привет',
  'т.е.',
  'こんにちは',
  'カタカナ',
];

const LANGUAGES = ['zh', 'ja', 'en', 'de', 'fr', 'es', 'ru', 'ko', 'ar'];

describe('segmentation is lossless', () => {
  it('on random texts in every language, with and without labels, ；breaks and a tiny maxLength', () => {
    const next = random(20210102);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const options: SegmentOptions = {
        language: LANGUAGES[n % LANGUAGES.length]!,
        ...(n % 2 === 0 ? { speakers: ['记者', '王毅', 'Q', 'A', '问'] } : {}),
        breakOnSemicolon: n % 3 === 0,
        maxLength: n % 5 === 0 ? 2 + Math.floor(next() * 10) : 30_000,
      };
      expectLossless(text, splitSentences(text, options), options.maxLength!);
    }
  });

  it('on the sample interview', () => {
    for (const { text } of sampleDocument().paragraphs) {
      for (const speakers of [[], ['记者', '王毅']]) {
        expectLossless(text, splitSentences(text, { language: 'zh', speakers }), 30_000);
      }
      expectLossless(text, splitSentences(text, { language: 'zh', maxLength: 100 }), 100);
    }
  });

  it.skipIf(!hasMacDev)('on the mac-dev texts, joined into one paragraph each', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const lines of macDevTexts(language)) {
        const text = lines.join(language === 'zh' ? '' : ' ');
        expectLossless(text, splitSentences(text, { language }), 30_000);
      }
    }
  });
});
