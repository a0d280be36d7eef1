import { describe, expect, it } from 'vitest';
import { buildTermIndex, matchTerms } from '../../src/glossary/index.js';
import type { TermMatch } from '../../src/model/index.js';
import { entry, sampleText } from './fixtures.js';

/** Sentences as the pipeline gives them to the matcher: split after 。！？ within each line. */
function sentences(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => line.match(/[^。！？]+[。！？]*/g) ?? []);
}

function occurrences(text: string, term: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) at.push(i);
  return at;
}

const GLOSSARY = [
  entry('中国', 'China'),
  entry('中美', 'China-US'),
  entry('中美关系', 'China-US relations'),
  entry('中欧', 'China-EU'),
  entry('中欧班列', 'China-Europe Railway Express'),
  entry('中欧投资协定', 'China-EU Comprehensive Agreement on Investment'),
  entry('联合国', 'United Nations'),
  entry('安理会', 'Security Council'),
  entry('联合国安理会', 'UN Security Council'),
  entry('一带一路', 'Belt and Road'),
  entry('人类命运共同体', 'community with a shared future for mankind'),
  entry('区域全面经济伙伴关系协定', 'Regional Comprehensive Economic Partnership'),
  entry('产业链', 'industrial chain'),
  entry('供应链', 'supply chain'),
  entry('国家', 'country'),
];

function matchSample(entries = GLOSSARY): { sentence: string; matches: TermMatch[] }[] {
  const index = buildTermIndex(entries, { language: 'zh-CN' });
  return sentences(sampleText()).map((sentence) => ({ sentence, matches: matchTerms(index, sentence) }));
}

describe('the sample interview', () => {
  const text = sampleText();

  it('has nine 发展中国家 and no match of 中国 or 国家 inside any of them', () => {
    expect(occurrences(text, '发展中国家')).toHaveLength(9);
    let traps = 0;
    for (const { sentence, matches } of matchSample()) {
      for (const at of occurrences(sentence, '发展中国家')) {
        traps++;
        const inside = matches.filter((m) => m.start < at + 5 && at < m.end);
        expect(inside, sentence).toEqual([]);
      }
    }
    expect(traps).toBe(9);
  });

  it('matches 发展中国家 all nine times when it is an entry', () => {
    const all = matchSample([...GLOSSARY, entry('发展中国家', 'developing countries')]).flatMap(
      (s) => s.matches,
    );
    expect(all.filter((m) => m.source === '发展中国家')).toHaveLength(9);
  });

  it('finds the hand-checked term counts', () => {
    const counts = new Map<string, number>();
    for (const { matches } of matchSample()) {
      for (const m of matches) counts.set(m.source, (counts.get(m.source) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toMatchObject({
      一带一路: 19,
      人类命运共同体: 3,
      中欧班列: 1,
      中欧投资协定: 2,
      联合国安理会: 1,
      安理会: 1,
      区域全面经济伙伴关系协定: 2,
      产业链: 2,
      供应链: 2,
    });
    // 中美关系 wins over 中美 wherever both start
    expect(counts.get('中美关系')).toBe(occurrences(text, '中美关系').length);
  });

  it('keeps every match inside its sentence, in order, without overlaps, quoting the sentence exactly', () => {
    for (const { sentence, matches } of matchSample()) {
      let last = 0;
      for (const m of matches) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(sentence.length);
        expect(sentence.slice(m.start, m.end)).toBe(m.source);
        last = m.end;
      }
    }
  });

  it('matches the whole interview in one call as well (long text, local segmentation)', () => {
    const index = buildTermIndex(GLOSSARY, { language: 'zh' });
    const whole = matchTerms(index, text);
    const bySentence = matchSample().flatMap((s) => s.matches);
    expect(whole.map((m) => m.source)).toEqual(bySentence.map((m) => m.source));
  });
});
