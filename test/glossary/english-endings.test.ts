import { describe, expect, it } from 'vitest';
import { englishEndings } from '../../src/glossary/text/english-endings.js';

function forms(term: string): string[] {
  const inflected = englishEndings(term.toLowerCase(), term);
  return inflected ? inflected.endings.map((e) => inflected.stem + e) : [term.toLowerCase()];
}

describe('englishEndings', () => {
  it('inflects consonant + y words: policy → policies', () => {
    expect(forms('policy')).toEqual(expect.arrayContaining(['policy', 'policies', "policy's"]));
    expect(forms('developing country')).toContain('developing countries');
  });

  it('adds s, ed, ing to the last word: supply chain → supply chains, strengthen → strengthened', () => {
    expect(forms('supply chain')).toContain('supply chains');
    expect(forms('strengthen')).toEqual(
      expect.arrayContaining(['strengthens', 'strengthened', 'strengthening']),
    );
    expect(forms('key')).toContain('keys');
  });

  it('drops a final e before es, ed, ing: increase → increasing', () => {
    expect(forms('increase')).toEqual(
      expect.arrayContaining(['increase', 'increases', 'increased', 'increasing']),
    );
    expect(forms('agree')).toEqual(expect.arrayContaining(['agreed', 'agreeing']));
  });

  it('doubles a final consonant after a short vowel: commit → committed', () => {
    expect(forms('commit')).toEqual(expect.arrayContaining(['committed', 'committing', 'commits']));
  });

  it('knows -is → -es: crisis → crises', () => {
    expect(forms('crisis')).toContain('crises');
  });

  it('leaves acronyms and short words as written', () => {
    expect(englishEndings('us', 'US')).toBeUndefined();
    expect(englishEndings('wto', 'WTO')).toBeUndefined();
    expect(englishEndings('un', 'UN')).toBeUndefined();
    expect(englishEndings('g20', 'G20')).toBeUndefined();
  });
});
