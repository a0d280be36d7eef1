import { describe, expect, it } from 'vitest';
import { eastAsianFont, languageFonts, wordLanguage } from '../../src/export/fonts.js';

describe('eastAsianFont', () => {
  it('picks a face per East Asian language and script, and none for others', () => {
    expect(eastAsianFont('zh')).toBe('Microsoft YaHei');
    expect(eastAsianFont('zh-Hans-CN')).toBe('Microsoft YaHei');
    expect(eastAsianFont('zh-TW')).toBe('Microsoft JhengHei');
    expect(eastAsianFont('zh-Hant')).toBe('Microsoft JhengHei');
    expect(eastAsianFont('ja')).toBe('Yu Gothic');
    expect(eastAsianFont('ko-KR')).toBe('Malgun Gothic');
    expect(eastAsianFont('en')).toBeUndefined();
  });
});

describe('wordLanguage', () => {
  it('turns tags into the locales w:lang expects', () => {
    expect(wordLanguage('zh')).toBe('zh-CN');
    expect(wordLanguage('zh-Hant')).toBe('zh-TW');
    expect(wordLanguage('zh_hk')).toBe('zh-HK');
    expect(wordLanguage('en')).toBe('en-US');
    expect(wordLanguage('en-gb')).toBe('en-GB');
    expect(wordLanguage('de')).toBe('de');
  });
});

describe('languageFonts', () => {
  it('sets Chinese text in a Chinese face with the East Asian hint, and English beside it with a Chinese fallback', () => {
    expect(languageFonts('zh', 'en')).toEqual({
      font: {
        ascii: 'Calibri',
        hAnsi: 'Calibri',
        cs: 'Calibri',
        eastAsia: 'Microsoft YaHei',
        hint: 'eastAsia',
      },
      language: { eastAsia: 'zh-CN' },
    });
    expect(languageFonts('en', 'ja')).toEqual({
      font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Yu Gothic' },
      language: { value: 'en-US', eastAsia: 'ja-JP' },
    });
    expect(languageFonts('en', 'de')).toEqual({
      font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri' },
      language: { value: 'en-US' },
    });
  });
});
