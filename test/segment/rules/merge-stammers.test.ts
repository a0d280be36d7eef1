import { describe, expect, it } from 'vitest';
import { en, pieces, zh } from '../pieces.js';

describe('merge-stammers', () => {
  it('keeps a stammered repetition after an ellipsis in one sentence', () => {
    expect(pieces('他颤声道：“不…… 不是我！”', zh)).toEqual(['他颤声道：“不…… 不是我！”']);
    expect(pieces('我……我不知道。', zh)).toEqual(['我……我不知道。']);
    expect(pieces("'I... I didn't see anything.'", en)).toEqual(["'I... I didn't see anything.'"]);
    expect(pieces("'We . . . we should go home now.'", en)).toEqual(["'We . . . we should go home now.'"]);
  });

  it('still breaks after an ellipsis before something new', () => {
    expect(pieces('他走了……我终于明白了。', zh)).toEqual(['他走了……', '我终于明白了。']);
    expect(pieces('Well... I think so.', en)).toEqual(['Well...', 'I think so.']);
  });
});
