import { describe, expect, it } from 'vitest';
import { pieces } from '../pieces.js';

const de = { language: 'de' };

describe('merge-ordinals', () => {
  it('reads one to three digits and a period before a word as a German ordinal', () => {
    expect(
      pieces('Am 3. Oktober 1990 wurde Deutschland im 20. Jahrhundert wiedervereinigt. Das war gut.', de),
    ).toEqual(['Am 3. Oktober 1990 wurde Deutschland im 20. Jahrhundert wiedervereinigt.', 'Das war gut.']);
  });

  it('lets a year end a sentence', () => {
    expect(pieces('Das war im Jahr 2020. Danach kam 2021.', de)).toEqual([
      'Das war im Jahr 2020.',
      'Danach kam 2021.',
    ]);
  });

  it('is German only', () => {
    expect(pieces('The score was 3. Everyone cheered.', { language: 'en' })).toEqual([
      'The score was 3.',
      'Everyone cheered.',
    ]);
  });
});
