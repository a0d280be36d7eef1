import { describe, expect, it } from 'vitest';
import { simplifyChar } from '../../src/glossary/text/simplify-char.js';
import { TRAD_SIMP_PAIRS } from '../../src/glossary/text/trad-simp-table.js';

const simplify = (s: string) =>
  [...s].map((c) => String.fromCharCode(simplifyChar(c.charCodeAt(0)))).join('');

describe('Traditional→Simplified table', () => {
  const pairs = TRAD_SIMP_PAIRS.join('');

  it('holds one-unit pairs, none mapping to itself, and folding twice changes nothing', () => {
    expect(pairs.length % 2).toBe(0);
    expect(pairs.length / 2).toBeGreaterThan(2500);
    for (let i = 0; i < pairs.length; i += 2) {
      const t = pairs.charCodeAt(i);
      const s = pairs.charCodeAt(i + 1);
      expect(t).not.toBe(s);
      expect(simplifyChar(s)).toBe(s);
    }
  });

  it('covers the sample domain', () => {
    expect(simplify('一帶一路倡議')).toBe('一带一路倡议');
    expect(simplify('人類命運共同體')).toBe('人类命运共同体');
    expect(simplify('聯合國安理會')).toBe('联合国安理会');
    expect(simplify('發展中國家')).toBe('发展中国家');
    expect(simplify('臺灣')).toBe('台湾');
    expect(simplify('中美關係')).toBe('中美关系');
  });

  it('leaves Simplified text alone', () => {
    const text = '维护拓展发展中国家共同利益，积极推进新型国际关系的建设';
    expect(simplify(text)).toBe(text);
  });
});
