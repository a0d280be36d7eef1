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

  it('gives what splitting into lines and measuring each gives, for any mix of breaks, CJK and surrogates', () => {
    const pieces = ['a', ' ', '中', '，', '𠀀', '😀', '\n', '\r', '\r\n', 'Ｒ', '\ud840', 'é'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: next() % 40 }, () => pieces[next() % pieces.length]).join('');
      const width = 1 + (next() % 12);
      const expected = text
        .split(/\r\n|\r|\n/)
        .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / width)), 0);
      expect(wrappedLines(text, width), JSON.stringify(text)).toBe(expected);
    }
  });
});
