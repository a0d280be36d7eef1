import { describe, expect, it } from 'vitest';
import {
  buildTermIndex,
  entryUse,
  glossaryTarget,
  matchTerms,
  otherTargetEntries,
} from '../../src/glossary/index.js';
import { entry } from './fixtures.js';

const zhEn = { sourceLanguage: 'zh', targetLanguage: 'en', origin: { file: 'zh-en.tsv' } };
const zhFr = { sourceLanguage: 'zh-CN', targetLanguage: 'fr-FR', origin: { file: 'zh-fr.tsv' } };
const enZh = { sourceLanguage: 'en', targetLanguage: 'zh', origin: { file: 'en-zh.tsv' } };

describe('entryUse', () => {
  it('tells how an entry serves a language pair', () => {
    const plain = entry('中国', 'China');
    const french = entry('外交部', 'ministère des Affaires étrangères', zhFr);
    const english = entry('王毅', 'Wang Yi', zhEn);
    expect(entryUse(plain, 'zh', 'fr')).toBe('as-written');
    expect(entryUse(english, 'zh', 'en')).toBe('as-written');
    expect(entryUse(english, 'zh')).toBe('as-written');
    expect(entryUse(french, 'zh', 'en')).toBe('other-target');
    expect(entryUse(french, 'zh', 'fr')).toBe('as-written');
    expect(entryUse(english, 'en', 'zh')).toBe('turned-round');
    // A zh/en entry turned round gives Chinese renderings, which a French translation of English cannot use.
    expect(entryUse(english, 'en', 'fr')).toBe('other-target');
    expect(entryUse(french, 'en', 'zh')).toBe('other-language');
    expect(entryUse(entry('一带一路', 'One Belt, One Road', { ...zhEn, status: 'forbidden' }), 'en')).toBe(
      'other-language',
    );
  });
});

describe('buildTermIndex with a target language', () => {
  const entries = [
    entry('一带一路', 'Belt and Road Initiative', zhEn),
    entry('一带一路', 'la Ceinture et la Route', zhFr),
    entry('外交部', 'ministère des Affaires étrangères', zhFr),
    entry('王毅', 'Wang Yi'),
  ];
  const hints = (target?: string) =>
    matchTerms(
      buildTermIndex(entries, { language: 'zh', ...(target ? { targetLanguage: target } : {}) }),
      '王毅说，一带一路很好。外交部发言人表示。',
    ).map((m) => `${m.source}→${m.target}`);

  it('gives an English translation no French hints, and a French one no English hints', () => {
    expect(hints('en')).toEqual(['王毅→Wang Yi', '一带一路→Belt and Road Initiative']);
    expect(hints('fr-CA')).toEqual([
      '王毅→Wang Yi',
      '一带一路→la Ceinture et la Route',
      '外交部→ministère des Affaires étrangères',
    ]);
  });

  it('takes every entry when no target is given', () => {
    expect(hints()).toEqual([
      '王毅→Wang Yi',
      '一带一路→Belt and Road Initiative',
      '外交部→ministère des Affaires étrangères',
    ]);
  });
});

describe('glossaryTarget', () => {
  it('is the one target language the glossary names for a source language', () => {
    const french = [entry('外交部', 'ministère des Affaires étrangères', zhFr), entry('王毅', 'Wang Yi')];
    expect(glossaryTarget(french, 'zh-TW')).toBe('fr');
    // Turned round, a zh/en glossary translates English into Chinese.
    expect(glossaryTarget([entry('王毅', 'Wang Yi', zhEn)], 'en')).toBe('zh');
    expect(glossaryTarget([entry('一带一路', 'BRI', zhEn), ...french], 'zh')).toBeUndefined();
    expect(glossaryTarget([entry('王毅', 'Wang Yi')], 'zh')).toBeUndefined();
    expect(glossaryTarget([entry('China', '中国', enZh)], 'ja')).toBeUndefined();
  });
});

describe('otherTargetEntries', () => {
  it('counts, per file, the entries left out for naming another target language', () => {
    const entries = [
      entry('一带一路', 'Belt and Road Initiative', zhEn),
      entry('一带一路', 'la Ceinture et la Route', zhFr),
      entry('外交部', 'ministère des Affaires étrangères', zhFr),
      entry('China', '中国', enZh),
    ];
    expect(otherTargetEntries(entries, 'zh', 'en-US')).toEqual([
      { file: 'zh-fr.tsv', entries: 2, languages: ['fr'] },
    ]);
    // en/zh turned round finds 中国 but gives English.
    expect(otherTargetEntries(entries, 'zh', 'fr')).toEqual([
      { file: 'zh-en.tsv', entries: 1, languages: ['en'] },
      { file: 'en-zh.tsv', entries: 1, languages: ['en'] },
    ]);
    // An English text translated into French: the zh/en entry turned round would give Chinese, en/zh too.
    expect(otherTargetEntries(entries, 'en', 'fr')).toEqual([
      { file: 'zh-en.tsv', entries: 1, languages: ['zh'] },
      { file: 'en-zh.tsv', entries: 1, languages: ['zh'] },
    ]);
    expect(otherTargetEntries(entries, 'zh', 'ja')).toHaveLength(3);
  });
});
