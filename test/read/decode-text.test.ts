import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, EncodingError } from '../../src/read/decode-text.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/read/${name}`, import.meta.url));
const SENTENCE = '记者：2020年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击。';

describe('decodeText', () => {
  it('reads GB18030 without BOM, as Chinese Windows tools save it', () => {
    const { text, encoding } = decodeText(fixture('gb18030.txt'));
    expect(encoding).toBe('gb18030');
    expect(text.startsWith(SENTENCE)).toBe(true);
  });

  it('reads UTF-16 LE and BE with BOM and drops the BOM', () => {
    for (const [name, encoding] of [
      ['utf16le-bom.txt', 'utf-16le'],
      ['utf16be-bom.txt', 'utf-16be'],
    ] as const) {
      const decoded = decodeText(fixture(name));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.bom).toBe(true);
      expect(decoded.text.startsWith(SENTENCE)).toBe(true);
    }
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const decoded = decodeText(fixture('utf8-bom.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads Big5 (Traditional Chinese) rather than garble it as GB18030', () => {
    const decoded = decodeText(fixture('big5.txt'));
    expect(decoded.text).toContain('突如其來的新冠肺炎疫情');
  });

  it('reads UTF-16 LE without BOM when it is mostly ASCII', () => {
    const decoded = decodeText(Buffer.from('Hello, world. This is UTF-16 without a mark.', 'utf16le'));
    expect(decoded).toMatchObject({
      encoding: 'utf-16le',
      text: 'Hello, world. This is UTF-16 without a mark.',
    });
  });

  it('refuses binary data with an actionable message instead of returning garbage', () => {
    expect(() => decodeText(fixture('binary.txt'))).toThrow(EncodingError);
    expect(() => decodeText(fixture('binary.txt'))).toThrow(/Save it as UTF-8/);
  });

  it('keeps plain UTF-8 as it is', () => {
    expect(decodeText(new TextEncoder().encode(SENTENCE))).toEqual({
      text: SENTENCE,
      encoding: 'utf-8',
      bom: false,
    });
  });
});
