import { describe, expect, it } from 'vitest';
import { ja, pieces, zh } from '../pieces.js';

describe('merge-quote-continuations', () => {
  it('continues the sentence after a quotation that ends with its own mark', () => {
    // Convention: the reporting clause straight after the quote belongs to the quoting sentence.
    expect(pieces('“我们走。”他说。', zh)).toEqual(['“我们走。”他说。']);
    expect(pieces('主持人说：“会议到此结束。”于是大家陆续离开了会场。', zh)).toEqual([
      '主持人说：“会议到此结束。”于是大家陆续离开了会场。',
    ]);
    expect(pieces('「行こう。」と彼は言った。', ja)).toEqual(['「行こう。」と彼は言った。']);
  });

  it('breaks before a new quotation, a bracket or after a space', () => {
    expect(pieces('“走吧。”“好。”', zh)).toEqual(['“走吧。”', '“好。”']);
    expect(pieces('（这是后话。）第二天他走了。', zh)).toEqual(['（这是后话。）', '第二天他走了。']);
    expect(pieces('“走吧。” 第二天他走了。', zh)).toEqual(['“走吧。”', '第二天他走了。']);
  });

  it('never treats a quotation without a mark inside as a sentence end', () => {
    expect(pieces('“一带一路”倡议提出以来，成果丰硕。', zh)).toEqual(['“一带一路”倡议提出以来，成果丰硕。']);
  });
});
