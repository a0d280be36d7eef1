import { describe, expect, it } from 'vitest';
import { type FoldOptions, foldTerm, TextFolder } from '../../src/glossary/text/fold-text.js';

const zh = { simplify: true };
const plain = { simplify: false };

/** The folded text and a copy of its offsets, from a folder of its own. */
function foldText(text: string, options: FoldOptions) {
  const folder = new TextFolder();
  const folded = folder.fold(text, options);
  return {
    text: folded,
    starts: [...folder.starts.subarray(0, folded.length)],
    ends: [...folder.ends.subarray(0, folded.length)],
  };
}

/** The original text behind folded units [a, b). */
function back(text: string, a: number, b: number): string {
  const f = foldText(text, plain);
  return text.slice(f.starts[a], f.ends[b - 1]);
}

describe('foldText', () => {
  it('folds full-width Latin letters and digits to ASCII and lower-cases', () => {
    expect(foldText('签署ＲＣＥＰ，２０２０年', plain).text).toBe('签署rcep,2020年');
  });

  it('folds Traditional to Simplified only when asked', () => {
    expect(foldText('推進一帶一路建設', zh).text).toBe('推进一带一路建设');
    expect(foldText('一帶一路', plain).text).toBe('一帶一路');
  });

  it('folds CJK compatibility and Kangxi radical look-alikes that PDF copies produce', () => {
    // U+2F00 KANGXI RADICAL ONE and U+F9D1 CJK COMPATIBILITY IDEOGRAPH (六)
    expect(foldText('\u2f00带\u2f00路', zh).text).toBe('一带一路');
    expect(foldText('\uf9d1', zh).text).toBe('六');
  });

  it('maps every folded unit back to the original characters when lengths change', () => {
    const text = 'ﬁnance İstanbul Straße';
    const f = foldText(text, plain);
    expect(f.text).toBe('finance istanbul strasse');
    // ﬁ → fi: both folded units point at the one ligature
    expect(back(text, 0, 2)).toBe('ﬁ');
    expect(back(text, 0, 7)).toBe('ﬁnance');
    // İ → i (the combining dot of its lower case dropped)
    expect(back(text, 8, 16)).toBe('İstanbul');
    // ß → ss
    expect(back(text, 17, 24)).toBe('Straße');
  });

  it('collapses runs of white space to one space and drops invisible characters', () => {
    const text = 'supply \u00a0\n chain\u00ad\u200bs';
    const f = foldText(text, plain);
    expect(f.text).toBe('supply chains');
    expect(text.slice(f.starts[6], f.ends[6])).toBe(' \u00a0\n ');
  });

  it('treats a base letter and its combining marks as one character', () => {
    // e + COMBINING ACUTE composes under NFKC, so it meets a precomposed é in a glossary
    const f = foldText('Pe\u0301rez', plain);
    expect(f.text).toBe('pérez');
    expect(f.starts[1]).toBe(1);
    expect(f.ends[1]).toBe(3);
  });

  it("folds curly apostrophes so China’s meets China's", () => {
    expect(foldText('China’s', plain).text).toBe("china's");
  });

  it('keeps surrogate pairs whole', () => {
    const text = '𠀀中国';
    const f = foldText(text, zh);
    expect(f.text).toBe(text);
    expect([f.starts[0], f.ends[0], f.starts[1], f.ends[1]]).toEqual([0, 2, 0, 2]);
  });

  it('gives the same folding from a folder reused for texts long and short', () => {
    const texts = ['ﬁ…'.repeat(300), '推進一帶一路', '中国', `${'Ｓ'.repeat(500)}ß`, ''];
    const reused = new TextFolder();
    for (const text of texts) {
      const folded = reused.fold(text, zh);
      const alone = foldText(text, zh);
      expect(folded).toBe(alone.text);
      expect([...reused.starts.subarray(0, folded.length)]).toEqual(alone.starts);
      expect([...reused.ends.subarray(0, folded.length)]).toEqual(alone.ends);
    }
    expect(reused.fold('ﬁ…'.repeat(300), plain)).toBe('fi...'.repeat(300));
  });

  it('folds terms the same way, trimmed', () => {
    expect(foldTerm('  Ｓｕｐｐｌｙ  Chain ', plain)).toBe('supply chain');
    expect(foldText('ABC', { simplify: false, caseFold: false }).text).toBe('ABC');
  });
});
