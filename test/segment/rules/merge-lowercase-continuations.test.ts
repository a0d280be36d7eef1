import { describe, expect, it } from 'vitest';
import { en, pieces } from '../pieces.js';

describe('merge-lowercase-continuations', () => {
  it('joins a mark to the lower-case words that go on after it', () => {
    expect(
      pieces('“Really?” she asked. He paused... and went on. Apples, pears, etc. are fruit.', en),
    ).toEqual(['“Really?” she asked.', 'He paused... and went on.', 'Apples, pears, etc. are fruit.']);
    expect(pieces('"Go!" he said. Then he left.', en)).toEqual(['"Go!" he said.', 'Then he left.']);
  });

  it('works for other cased scripts through the generic rules', () => {
    expect(pieces('Это, т. е. пример. Он пришёл.', { language: 'ru' })).toEqual([
      'Это, т. е. пример.',
      'Он пришёл.',
    ]);
  });
});
