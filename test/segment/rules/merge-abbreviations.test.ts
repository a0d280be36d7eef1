import { describe, expect, it } from 'vitest';
import { en, pieces } from '../pieces.js';

describe('merge-abbreviations', () => {
  it('keeps titles, numbered abbreviations, e.g. and acronyms inside the sentence', () => {
    expect(
      pieces(
        'Mr. Smith met Dr. Jones on Jan. 5 at No. 10, e.g. in the U.S. Senate building. They talked.',
        en,
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 at No. 10, e.g. in the U.S. Senate building.',
      'They talked.',
    ]);
    expect(pieces('Mrs. Brown and Prof. Lee visited St. Louis vs. Chicago. Then they left.', en)).toEqual([
      'Mrs. Brown and Prof. Lee visited St. Louis vs. Chicago.',
      'Then they left.',
    ]);
  });

  it('ends the sentence at an abbreviation the next word shows to be final', () => {
    expect(pieces('He moved to the U.S. The move was hard.', en)).toEqual([
      'He moved to the U.S.',
      'The move was hard.',
    ]);
    expect(pieces('We sell apples, pears, etc. Paris loves them.', en)).toEqual([
      'We sell apples, pears, etc.',
      'Paris loves them.',
    ]);
    expect(pieces('It was in Jan. The cold was bitter.', en)).toEqual([
      'It was in Jan.',
      'The cold was bitter.',
    ]);
    expect(pieces('Shares of Acme Inc. rose. Shares of Acme Inc. are up.', en)).toEqual([
      'Shares of Acme Inc. rose.',
      'Shares of Acme Inc. are up.',
    ]);
  });

  it('knows German, French and Spanish abbreviations', () => {
    expect(
      pieces('Wir kaufen z.B. Äpfel bzw. Birnen, vgl. S. 5 im Katalog. Dann gehen wir.', { language: 'de' }),
    ).toEqual(['Wir kaufen z.B. Äpfel bzw. Birnen, vgl. S. 5 im Katalog.', 'Dann gehen wir.']);
    expect(pieces('M. Dupont et Mme. Curie sont là. Ils parlent.', { language: 'fr' })).toEqual([
      'M. Dupont et Mme. Curie sont là.',
      'Ils parlent.',
    ]);
    expect(
      pieces('El Sr. García vive en EE. UU. desde hace años. Trabaja mucho.', { language: 'es' }),
    ).toEqual(['El Sr. García vive en EE. UU. desde hace años.', 'Trabaja mucho.']);
  });
});
