import { describe, expect, it } from 'vitest';
import { en, pieces } from '../pieces.js';

describe('merge-spaced-ellipses', () => {
  it('reads ". . ." as one ellipsis', () => {
    expect(pieces("Maybe . . . maybe she knows. I can't tell.", en)).toEqual([
      'Maybe . . . maybe she knows.',
      "I can't tell.",
    ]);
    expect(pieces('He hesitated . . . The door opened.', en)).toEqual([
      'He hesitated . . .',
      'The door opened.',
    ]);
  });
});
