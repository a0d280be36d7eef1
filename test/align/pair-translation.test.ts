import { describe, expect, it } from 'vitest';
import { pairTranslation } from '../../src/align/pair-translation.js';
import type { Segment, SourceDocument, TermMatch } from '../../src/model/index.js';

const paragraphs = [
  '王毅年，无论对世界还是中国，都是极不平凡的一年。环顾全球，疫情加快了百年变局的演进。',
  '我们站在外防输入第一线。',
];
const document: SourceDocument = {
  name: 'interview',
  path: 'input/interview.txt',
  format: 'txt',
  paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })),
};
const sources = [
  ['王毅', 1, 'speaker'],
  ['年，无论对世界还是中国，都是极不平凡的一年。', 1, 'text'],
  ['环顾全球，疫情加快了百年变局的演进。', 1, 'text'],
  ['我们站在外防输入第一线。', 2, 'text'],
] as const;
const counters = new Map<number, number>();
const segments: Segment[] = sources.map(([source, paragraph, kind]) => {
  const n = (counters.get(paragraph) ?? 0) + 1;
  counters.set(paragraph, n);
  const start = paragraphs[paragraph - 1]!.indexOf(source);
  return { id: `p${paragraph}.s${n}`, paragraph, source, start, end: start + source.length, kind };
});
const china: TermMatch = {
  start: 9,
  end: 11,
  source: '中国',
  target: 'China',
  targets: ['China'],
  status: 'preferred',
};
const matches: TermMatch[][] = [[], [china], [], []];
const translation = [
  { text: 'Wang Yi:', paragraph: 1 },
  { text: 'The year was extraordinary for the world and for China.', paragraph: 1 },
  { text: 'Looking around the globe, the pandemic sped up changes unseen in a century.', paragraph: 1 },
  { text: 'Thank you.', paragraph: 1 },
];
const options = { sourceLanguage: 'zh', targetLanguage: 'en', created: '2026-01-01T00:00:00.000Z' };

describe('pairTranslation', () => {
  it('makes one row per bead, joining each side as its language writes, status draft', () => {
    const doc = pairTranslation(
      document,
      segments,
      matches,
      translation,
      [
        { source: [0], target: [0], confidence: 0.97 },
        { source: [1, 2], target: [1, 2], confidence: 0.9 },
        { source: [], target: [3], confidence: 0.6 },
        { source: [3], target: [], confidence: 0.7 },
      ],
      options,
    );
    expect(doc.segments.map((s) => [s.id, s.paragraph, s.kind, s.status])).toEqual([
      ['p1.s1', 1, 'speaker', 'draft'],
      ['p1.s2+3', 1, 'text', 'draft'],
      ['p1.s2+3.t1', 1, 'text', 'draft'],
      ['p2.s1', 2, 'text', 'new'],
    ]);
    const merged = doc.segments[1]!;
    expect(merged.source).toBe(
      '年，无论对世界还是中国，都是极不平凡的一年。环顾全球，疫情加快了百年变局的演进。',
    );
    expect(merged.target).toBe(`${translation[1]!.text} ${translation[2]!.text}`);
    expect(merged.source.slice(merged.terms[0]!.start, merged.terms[0]!.end)).toBe('中国');
    expect(doc.segments[2]!.source).toBe('');
    expect(doc.segments[2]!.notes[0]).toMatch(/no source counterpart/);
    expect(doc.segments[3]!.notes.join(' ')).toMatch(/No translation found/);
    expect(doc.terms).toEqual([
      { source: '中国', target: 'China', targets: ['China'], status: 'preferred', count: 1 },
    ]);
  });

  it('keeps both texts whole: Source concatenates to the source, Target to the translation', () => {
    const doc = pairTranslation(
      document,
      segments,
      matches,
      translation,
      [
        { source: [0, 1], target: [0], confidence: 0.3 },
        { source: [2, 3], target: [1, 2, 3], confidence: 0.8 },
      ],
      options,
    );
    expect(doc.segments.map((s) => s.source).join('')).toBe(segments.map((s) => s.source).join(''));
    expect(doc.segments.map((s) => s.target).join(' ')).toBe(translation.map((t) => t.text).join(' '));
    expect(doc.segments[0]!.notes[0]).toMatch(/^Low alignment confidence \(0\.30\)/);
    expect(doc.segments[1]!.id).toBe('p1.s3+p2.s1');
    expect(doc.segments.map((s) => s.confidence)).toEqual([0.3, 0.8]);
  });
});
