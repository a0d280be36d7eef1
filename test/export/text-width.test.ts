import { describe, expect, it } from 'vitest';
import { textWidth, wrappedLines } from '../../src/export/text-width.js';

describe('textWidth', () => {
  it('counts East Asian characters two columns wide and others one', () => {
    expect(textWidth('COVID-19')).toBe(8);
    expect(textWidth('新冠肺炎')).toBe(8);
    expect(textWidth('“一带一路”倡议')).toBe(14);
    expect(textWidth('𠀀')).toBe(2);
    expect(textWidth('ＲＣＥＰ')).toBe(8);
  });
});

describe('wrappedLines', () => {
  it('wraps each line of text at the given width', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('年，无论对世界还是中国', 10)).toBe(3);
    expect(wrappedLines('one\ntwo\r\nthree', 10)).toBe(3);
  });
});
