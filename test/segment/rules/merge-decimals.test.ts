import { describe, expect, it } from 'vitest';
import { en, pieces, zh } from '../pieces.js';

describe('merge-decimals', () => {
  it('keeps a decimal point inside its number', () => {
    expect(pieces('全年经济增长3.5%左右。外贸回稳。', zh)).toEqual(['全年经济增长3.5%左右。', '外贸回稳。']);
    expect(pieces('增长３．５％。好。', zh)).toEqual(['增长３．５％。', '好。']);
    expect(pieces('GDP grew by 2.3 percent in 2020. Trade held up.', en)).toEqual([
      'GDP grew by 2.3 percent in 2020.',
      'Trade held up.',
    ]);
  });

  it('still breaks after a number that ends a sentence', () => {
    expect(pieces('增长了3。明年更好。', zh)).toEqual(['增长了3。', '明年更好。']);
  });
});
