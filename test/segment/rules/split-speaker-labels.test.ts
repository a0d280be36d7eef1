import { describe, expect, it } from 'vitest';
import { en, pieces, zh } from '../pieces.js';

const interview = { ...zh, speakers: ['记者', '王毅'] };

describe('split-speaker-labels', () => {
  it('splits colon-less labels off after a sentence end and after 如下', () => {
    expect(
      pieces(
        '联合采访。全文如下记者年，突如其来的疫情冲击了世界？王毅年，无论对世界还是中国，都是极不平凡的一年。',
        interview,
      ),
    ).toEqual([
      '联合采访。',
      '全文如下',
      '@记者',
      '年，突如其来的疫情冲击了世界？',
      '@王毅',
      '年，无论对世界还是中国，都是极不平凡的一年。',
    ]);
  });

  it('keeps the colon with the label', () => {
    expect(pieces('记者：您怎么看？王毅： 很好。', interview)).toEqual([
      '@记者：',
      '您怎么看？',
      '@王毅：',
      '很好。',
    ]);
    expect(pieces('全文如下：记者：您好。', interview)).toEqual(['全文如下：', '@记者：', '您好。']);
    expect(pieces('问：你好吗？答：很好。', { ...zh, speakers: ['问', '答'] })).toEqual([
      '@问：',
      '你好吗？',
      '@答：',
      '很好。',
    ]);
    expect(
      pieces('Q: How was the year? A: Hard. Q: And next year?', { ...en, speakers: ['Q', 'A'] }),
    ).toEqual(['@Q:', 'How was the year?', '@A:', 'Hard.', '@Q:', 'And next year?']);
  });

  it('leaves a name used as a subject in its sentence', () => {
    expect(pieces('会谈结束。王毅表示，中方愿同各方合作。', interview)).toEqual([
      '会谈结束。',
      '王毅表示，中方愿同各方合作。',
    ]);
    expect(pieces('王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访', interview)).toEqual([
      '王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访',
    ]);
    expect(pieces('昨天。王毅在会见时表示，双方应加强合作。', interview)).toEqual([
      '昨天。',
      '王毅在会见时表示，双方应加强合作。',
    ]);
  });

  it('needs colons for Latin and one-character labels', () => {
    expect(pieces('A man came. A dog barked.', { ...en, speakers: ['Q', 'A'] })).toEqual([
      'A man came.',
      'A dog barked.',
    ]);
    expect(pieces('问题是什么？答案很简单。', { ...zh, speakers: ['问', '答'] })).toEqual([
      '问题是什么？',
      '答案很简单。',
    ]);
  });

  it('cuts a turn that an earlier merge joined to the sentence before', () => {
    expect(pieces('他问：“您怎么看？”王毅年，无论如何，都是不平凡的一年。', interview)).toEqual([
      '他问：“您怎么看？”',
      '@王毅',
      '年，无论如何，都是不平凡的一年。',
    ]);
  });

  it('takes a label alone at the end of a paragraph', () => {
    expect(pieces('您怎么看？王毅', interview)).toEqual(['您怎么看？', '@王毅']);
  });
});
