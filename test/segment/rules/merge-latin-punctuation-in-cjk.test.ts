import { describe, expect, it } from 'vitest';
import { pieces, zh } from '../pieces.js';

describe('merge-latin-punctuation-in-cjk', () => {
  it('never breaks inside Latin-script text embedded in Chinese', () => {
    expect(pieces('U.S. 和 Dr. Smith 都出席了会议。版本 v2.0 发布了。', zh)).toEqual([
      'U.S. 和 Dr. Smith 都出席了会议。',
      '版本 v2.0 发布了。',
    ]);
    expect(pieces('他用英语说 How are you? I am fine. 然后走了。', zh)).toEqual([
      '他用英语说 How are you? I am fine. 然后走了。',
    ]);
  });

  it('keeps an ASCII mark after a CJK character as a sentence end', () => {
    expect(pieces('真的吗?我不信!你说呢。', zh)).toEqual(['真的吗?', '我不信!', '你说呢。']);
  });

  it('breaks after an English exclamation that Chinese text follows', () => {
    expect(pieces('他大喊 OK! 我们走吧。', zh)).toEqual(['他大喊 OK!', '我们走吧。']);
  });
});
