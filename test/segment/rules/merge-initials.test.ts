import { describe, expect, it } from 'vitest';
import { en, pieces } from '../pieces.js';

describe('merge-initials', () => {
  it('keeps initials with the name', () => {
    expect(
      pieces('The Hobbit was written by J. R. R. Tolkien and published in 1937. It sold well.', en),
    ).toEqual(['The Hobbit was written by J. R. R. Tolkien and published in 1937.', 'It sold well.']);
  });

  it('does not take the pronoun I or the end of a word for an initial', () => {
    expect(pieces('Nobody was happier than I. Then it rained.', en)).toEqual([
      'Nobody was happier than I.',
      'Then it rained.',
    ]);
    expect(pieces('We bought a GPU. Then it broke.', en)).toEqual(['We bought a GPU.', 'Then it broke.']);
  });
});
