import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import { en, ja, pieces, zh } from './pieces.js';

describe('splitSentences: Chinese and Japanese', () => {
  it('breaks after 。！？ and their runs, ……, ⋯⋯ and ...', () => {
    expect(pieces('你好。真的吗？！太好了！！他想了想……然后走了⋯⋯最后...回来了。', zh)).toEqual([
      '你好。',
      '真的吗？！',
      '太好了！！',
      '他想了想……',
      '然后走了⋯⋯',
      '最后...',
      '回来了。',
    ]);
  });

  it('knows the full-width ．？！ and the half-width ｡', () => {
    expect(pieces('第一句．第二句？第三句！', zh)).toEqual(['第一句．', '第二句？', '第三句！']);
    expect(pieces('ｺﾝﾆﾁﾊ｡ｻﾖｳﾅﾗ｡', ja)).toEqual(['ｺﾝﾆﾁﾊ｡', 'ｻﾖｳﾅﾗ｡']);
  });

  it('keeps closing quotes and brackets with their sentence and gives opening ones to the next', () => {
    expect(pieces('他沉默了。“你…”', zh)).toEqual(['他沉默了。', '“你…”']);
    expect(pieces('他说：“我同意。”（全场鼓掌。）《人民日报》发表了评论。', zh)).toEqual([
      '他说：“我同意。”',
      '（全场鼓掌。）',
      '《人民日报》发表了评论。',
    ]);
    expect(pieces('彼は言った。「行こう。」『本当？』', ja)).toEqual([
      '彼は言った。',
      '「行こう。」',
      '『本当？』',
    ]);
  });

  it('breaks at ；only with breakOnSemicolon', () => {
    const text = '一是坚持合作；二是坚持开放。';
    expect(pieces(text, zh)).toEqual([text]);
    expect(pieces(text, { ...zh, breakOnSemicolon: true })).toEqual(['一是坚持合作；', '二是坚持开放。']);
  });

  it('splits an English paragraph of a Chinese document by the English rules', () => {
    expect(pieces('Dr. Smith arrived. He spoke.', zh)).toEqual(['Dr. Smith arrived.', 'He spoke.']);
  });

  it('splits a Chinese paragraph of an English document by the CJK rules', () => {
    expect(pieces('“我们走。”他说。好。', en)).toEqual(['“我们走。”他说。', '好。']);
  });
});

describe('splitSentences: Intl.Segmenter traps', () => {
  it('gives an opening quote to the sentence it opens', () => {
    expect(pieces('他沉默了。“你怎么知道？”', zh)).toEqual(['他沉默了。', '“你怎么知道？”']);
  });

  it('does not break after Mr., Dr. and Jan.', () => {
    expect(pieces('Mr. Smith and Dr. Watson met on Jan. 12 in London.', en)).toEqual([
      'Mr. Smith and Dr. Watson met on Jan. 12 in London.',
    ]);
  });

  it('does not break after a Latin abbreviation followed by Chinese', () => {
    expect(pieces('他毕业于 MIT 并在 U.S. 工作，师从 Prof. Li。', zh)).toEqual([
      '他毕业于 MIT 并在 U.S. 工作，师从 Prof. Li。',
    ]);
  });

  it('splits a long paragraph in one linear pass', () => {
    const text = '我们严守疫情防控国门关，全力服务国内抗疫。'.repeat(50_000);
    expect(splitSentences(text, zh)).toHaveLength(50_000);
  });
});

describe('splitSentences: English', () => {
  it('handles ?! runs, ellipses and quotes', () => {
    expect(pieces('What?! No way… He said "Go." Then he left. (It was late.) We slept.', en)).toEqual([
      'What?!',
      'No way…',
      'He said "Go."',
      'Then he left.',
      '(It was late.)',
      'We slept.',
    ]);
  });

  it('keeps i.e., e.g. and vs. inside and lets etc. end a sentence before a capital', () => {
    expect(pieces('Use tools, i.e. hammers, e.g. this one, vs. saws etc. and so on. Done.', en)).toEqual([
      'Use tools, i.e. hammers, e.g. this one, vs. saws etc. and so on.',
      'Done.',
    ]);
  });
});

describe('splitSentences: empty input', () => {
  it('gives no spans for an empty or whitespace-only paragraph', () => {
    expect(splitSentences('', zh)).toEqual([]);
    expect(splitSentences(' \u3000\t ', en)).toEqual([]);
  });
});
