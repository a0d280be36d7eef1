import { describe, expect, it } from 'vitest';
import { termFinder } from '../../../src/align/translation/term-finder.js';

describe('termFinder', () => {
  const find = termFinder([['一带一路'], ['Belt and Road', 'BRI'], ['art'], ['碳中和', '碳达峰']]);

  it('finds Chinese terms anywhere in a sentence', () => {
    expect(find('我们讨论了一带一路和碳达峰。')).toEqual([0, 3]);
  });

  it('finds Latin-script terms as whole words, case aside', () => {
    expect(find('The Belt and Road Initiative, or BRI.')).toEqual([1]);
    expect(find('Art matters.')).toEqual([2]);
    expect(find('a party on the belt and roads')).toEqual([]);
  });

  it('finds nothing with an empty glossary', () => {
    expect(termFinder([])('一带一路')).toEqual([]);
  });
});
