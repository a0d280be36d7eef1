import { describe, expect, it } from 'vitest';
import { isSubjectUse, matchSpeakerLabel } from '../../src/segment/match-speaker-label.js';

const labels = ['记者', '王毅'];

describe('matchSpeakerLabel', () => {
  it('takes a label with its colon, whatever follows', () => {
    expect(matchSpeakerLabel('王毅：表示感谢。', 0, labels)).toBe(3);
    expect(matchSpeakerLabel('Q: Why?', 0, ['Q', 'A'])).toBe(2);
    expect(matchSpeakerLabel('Q : Why?', 0, ['Q'])).toBe(3);
  });

  it('takes a colon-less CJK label before the turn text', () => {
    expect(matchSpeakerLabel('王毅年，无论对世界还是中国', 0, labels)).toBe(2);
    expect(matchSpeakerLabel('王毅', 0, labels)).toBe(2);
    expect(matchSpeakerLabel('Question: why?', 0, ['Q'])).toBe(-1);
    expect(matchSpeakerLabel('A man came.', 0, ['A'])).toBe(-1);
  });

  it('rejects a label followed by a comma or other mark', () => {
    expect(matchSpeakerLabel('王毅，国务委员兼外交部长', 0, labels)).toBe(-1);
  });
});

describe('isSubjectUse', () => {
  const subject = (text: string) => isSubjectUse(`王毅${text}`, 2);

  it('reads a verb of saying or meeting, or a particle, after the name as subject use', () => {
    for (const text of [
      '表示，中方愿意',
      '说',
      '指出',
      '强调',
      '认为',
      '的讲话',
      '会见了',
      '接受采访',
      '们',
    ]) {
      expect(subject(text), text).toBe(true);
    }
    expect(isSubjectUse('记者会上', 2)).toBe(true);
  });

  it('decides prepositions by the clause: a reporting verb before the next comma makes a subject', () => {
    expect(subject('在会见时表示，双方')).toBe(true);
    expect(subject('同拉夫罗夫举行会谈')).toBe(true);
    expect(subject('就年国际形势和外交工作接受新华社和中央广播电视总台联合采访')).toBe(true);
    expect(isSubjectUse('记者在全国抗击疫情的斗争中，外交部发挥了怎样的作用', 2)).toBe(false);
    expect(subject('和平是人类的永恒期望。')).toBe(false);
  });

  it('lets common turn openers through', () => {
    for (const text of ['是的，', '也许', '同时，', '年，无论', '一切为了人民', '近年来，']) {
      expect(subject(text), text).toBe(false);
    }
  });
});
