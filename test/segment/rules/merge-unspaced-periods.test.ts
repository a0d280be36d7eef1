import { describe, expect, it } from 'vitest';
import { en, pieces } from '../pieces.js';

describe('merge-unspaced-periods', () => {
  it('keeps periods followed directly by a letter or digit inside the sentence', () => {
    expect(
      pieces("The U.S. economy, i.e. the world's largest, runs on Node.js v2.0 at example.com. Fine.", en),
    ).toEqual(["The U.S. economy, i.e. the world's largest, runs on Node.js v2.0 at example.com.", 'Fine.']);
  });
});
