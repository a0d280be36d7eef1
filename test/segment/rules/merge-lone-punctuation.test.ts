import { describe, expect, it } from 'vitest';
import { en, pieces, zh } from '../pieces.js';

describe('merge-lone-punctuation', () => {
  it('joins marks standing alone to the text they touch', () => {
    expect(pieces('……我不知道。', zh)).toEqual(['……我不知道。']);
    expect(pieces('He left. ... Then silence.', en)).toEqual(['He left. ...', 'Then silence.']);
  });

  it('keeps a paragraph of marks only', () => {
    expect(pieces('……', zh)).toEqual(['……']);
    expect(pieces('?!', en)).toEqual(['?!']);
  });
});
