import { describe, expect, it } from 'vitest';
import { findPhrase, hasPhrase, PhraseSet, PhraseText } from '../../src/qa/find-phrase.js';

describe('findPhrase', () => {
  it('finds whole words in any case, with offsets', () => {
    const text = 'We advanced Belt and Road cooperation.';
    expect(findPhrase(text, 'belt and road')).toEqual([{ start: 12, end: 25 }]);
    expect(hasPhrase('Their beltand road', 'belt and road')).toBe(false);
  });

  it('folds plurals and possessives: policies, communities, China’s', () => {
    expect(hasPhrase('the policies of developing countries', 'policy')).toBe(true);
    expect(hasPhrase('building communities with a shared future', 'community with a shared future')).toBe(
      true,
    );
    expect(hasPhrase('China’s diplomacy', 'China')).toBe(true);
    expect(hasPhrase('process', 'proces')).toBe(false);
  });

  it('treats hyphens, dashes, spaces and commas alike', () => {
    for (const text of ['China-US relations', 'China–US relations', 'China US relations']) {
      expect(hasPhrase(text, 'China-US relations')).toBe(true);
    }
    expect(hasPhrase('One Belt One Road', 'One Belt, One Road')).toBe(true);
  });

  it('matches acronyms as written and makes a leading article optional', () => {
    expect(hasPhrase('what the us wants', 'US')).toBe(false);
    expect(hasPhrase('what the US wants', 'US')).toBe(true);
    expect(hasPhrase('Belt and Road Initiative projects', 'the Belt and Road Initiative')).toBe(true);
  });

  it('finds CJK phrases as substrings, spaces ignored', () => {
    expect(findPhrase('推进 一带 一路 建设', '一带一路')).toEqual([{ start: 3, end: 8 }]);
  });
});

describe('PhraseSet', () => {
  const phrases = [
    'Belt and Road',
    'the Belt and Road Initiative',
    'US',
    'policy',
    'One Belt, One Road',
    '一带一路',
    '一带 一路',
    '路一',
    'nowhere to be found',
    '',
  ];
  const texts = [
    'We advanced Belt and Road cooperation under the Belt and Road Initiative.',
    'what the us wants is not what the US wants; the US’s policies',
    'One Belt One Road, one belt, one road',
    '推进 一带 一路 建设，一带一路一带一路',
    '',
  ];

  it('finds in each text what findPhrase finds of each phrase, cutting the text once', () => {
    const set = new PhraseSet(phrases);
    for (const text of texts) {
      const found = set.findIn(new PhraseText(text));
      const expected = new Map(
        phrases
          .map((phrase, n) => [n, findPhrase(text, phrase)] as const)
          .filter(([, spans]) => spans.length > 0),
      );
      expect(found).toEqual(expected);
    }
  });

  it('finds overlapping CJK occurrences and phrases of the same compact form, each for itself', () => {
    const found = new PhraseSet(['一带一路', '一带 一路', '路一']).findIn(new PhraseText('一带一路一带一路'));
    expect(found.get(0)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
    expect(found.get(1)).toEqual(found.get(0));
    expect(found.get(2)).toEqual([{ start: 3, end: 5 }]);
  });
});
