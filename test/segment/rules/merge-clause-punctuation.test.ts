import { describe, expect, it } from 'vitest';
import { en, pieces, zh } from '../pieces.js';

describe('merge-clause-punctuation', () => {
  it('never starts a sentence with a comma or colon', () => {
    expect(pieces('疫情蔓延、经济衰退……，都是摆在人类社会面前的挑战。', zh)).toEqual([
      '疫情蔓延、经济衰退……，都是摆在人类社会面前的挑战。',
    ]);
    expect(pieces('"Go!", he said.', en)).toEqual(['"Go!", he said.']);
  });
});
