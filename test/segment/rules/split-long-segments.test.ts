import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/segment/index.js';
import { pieces, zh } from '../pieces.js';

describe('split-long-segments', () => {
  it('cuts a sentence longer than maxLength at its last comma before the limit', () => {
    expect(pieces('我们严守国门，全力服务国内抗疫，积极保护公民。', { ...zh, maxLength: 12 })).toEqual([
      '我们严守国门，',
      '全力服务国内抗疫，',
      '积极保护公民。',
    ]);
  });

  it('cuts at a space, dropping it between the pieces', () => {
    expect(pieces('one two three four five six', { language: 'en', maxLength: 10 })).toEqual([
      'one two',
      'three four',
      'five six',
    ]);
  });

  it('cuts hard at the limit when there is nothing better, never inside a surrogate pair', () => {
    expect(pieces('一二三四五六七八九十', { ...zh, maxLength: 4 })).toEqual(['一二三四', '五六七八', '九十']);
    const text = '𠀀𠀁𠀂𠀃';
    const spans = splitSentences(text, { ...zh, maxLength: 3 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['𠀀', '𠀁', '𠀂', '𠀃']);
  });

  it('loses nothing of a 100,000-character run without marks', () => {
    const text = '中'.repeat(100_000);
    const spans = splitSentences(text, zh);
    expect(spans.map((s) => s.end - s.start)).toEqual([30_000, 30_000, 30_000, 10_000]);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('rejects a maxLength below 2', () => {
    expect(() => splitSentences('x', { ...zh, maxLength: 1 })).toThrow(
      'Expected `maxLength` to be a whole number',
    );
    expect(() => splitSentences('x', { ...zh, maxLength: 2.5 })).toThrow(RangeError);
  });
});
