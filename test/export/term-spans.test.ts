import { describe, expect, it } from 'vitest';
import { termLines, termSpans } from '../../src/export/term-spans.js';
import type { TermMatch } from '../../src/model/index.js';

const source = '维护拓展发展中国家共同利益，积极推进高质量共建一带一路';
function match(
  term: string,
  target: string,
  start = source.indexOf(term),
  end = start + term.length,
): TermMatch {
  return { start, end, source: term, target, targets: [target], status: 'preferred' };
}

describe('termSpans', () => {
  it('cuts the source at each match, in text order, and joins back to it', () => {
    const spans = termSpans(source, [
      match('一带一路', 'the Belt and Road Initiative'),
      match('发展中国家', 'developing countries'),
    ]);
    expect(spans.map((s) => [s.text, s.term?.target])).toEqual([
      ['维护拓展', undefined],
      ['发展中国家', 'developing countries'],
      ['共同利益，积极推进高质量共建', undefined],
      ['一带一路', 'the Belt and Road Initiative'],
    ]);
    expect(spans.map((s) => s.text).join('')).toBe(source);
  });

  it('leaves overlapping, empty and out-of-range matches unmarked rather than garbling the text', () => {
    const spans = termSpans(source, [
      match('发展中国家', 'developing countries'),
      match('中国', 'China'),
      match('x', 'x', 3, 3),
      match('?', '?', 20, 99),
    ]);
    expect(spans.filter((s) => s.term).map((s) => s.text)).toEqual(['发展中国家']);
    expect(spans.map((s) => s.text).join('')).toBe(source);
  });

  it('gives one plain span for a source without matches, even an empty one', () => {
    expect(termSpans('', [])).toEqual([{ text: '' }]);
    expect(termSpans('记者', [])).toEqual([{ text: '记者' }]);
  });
});

describe('termLines', () => {
  it('lists each entry once as source → target and marks forbidden ones', () => {
    const developing = match('发展中国家', 'developing countries');
    expect(termLines([developing, developing, { ...match('一带一路', ''), status: 'forbidden' }])).toEqual([
      '发展中国家 → developing countries',
      '一带一路 → — [forbidden]',
    ]);
  });

  it('lists each entry once in order of first match in a segment with many matches', () => {
    const terms = Array.from({ length: 40 }, (_, i) => match(`术语${i % 7}`, `term ${i % 7}`, i, i + 1));
    expect(termLines(terms)).toEqual(Array.from({ length: 7 }, (_, i) => `术语${i} → term ${i}`));
  });
});
