import { describe, expect, it } from 'vitest';
import { detectSpeakers } from '../../src/segment/index.js';
import { hasMacDev, macDevTexts } from './mac-dev.js';
import { sampleDocument } from './sample.js';

describe('detectSpeakers', () => {
  it('finds the colon-less labels of the sample in order of first use', () => {
    expect(detectSpeakers(sampleDocument().paragraphs.map((p) => p.text))).toEqual(['记者', '王毅']);
  });

  it('finds labels with colons, one turn per paragraph or many in one', () => {
    expect(detectSpeakers(['记者：今年怎么样？', '王毅：很好。', '记者：明年呢？', '王毅：更好。'])).toEqual([
      '记者',
      '王毅',
    ]);
    expect(detectSpeakers(['问：你好吗？答：很好。问：然后呢？答：没有了。'])).toEqual(['问', '答']);
    expect(
      detectSpeakers(['Q: How was the year?', 'A: Hard.', 'Q: And the next one?', 'A: Better.']),
    ).toEqual(['Q', 'A']);
    expect(
      detectSpeakers([
        'INTERVIEWER: Welcome.',
        'JOHN SMITH: Thanks.',
        'INTERVIEWER: So?',
        'JOHN SMITH: Well.',
      ]),
    ).toEqual(['INTERVIEWER', 'JOHN SMITH']);
  });

  it('finds nothing in ordinary prose', () => {
    expect(detectSpeakers([])).toEqual([]);
    expect(
      detectSpeakers(['Note: this matters.', 'Some text follows here.', 'Note: again.', 'Warning: careful.']),
    ).toEqual([]);
    expect(detectSpeakers(['He said: "Go." She said: "No." He said: "Go!" She said: "Never."'])).toEqual([]);
    expect(detectSpeakers(['他说：“走吧！”她说：“不走。”他说：“好吧。”她说：“再见。”'])).toEqual([]);
    expect(
      detectSpeakers(['会谈结束。王毅表示，中方愿意合作。王毅强调，双方应当努力。您怎么看？王毅说，很好。']),
    ).toEqual([]);
  });

  it('needs both a question label and an answer label for colon-less text', () => {
    expect(detectSpeakers(['您怎么看？王毅年，很好。您呢？王毅年是好年。还有吗？王毅没有了。'])).toEqual([]);
  });

  it.skipIf(!hasMacDev)('finds nothing in the twelve mac-dev novels, Chinese or English', () => {
    for (const language of ['zh', 'en'] as const) {
      const texts = macDevTexts(language);
      expect(texts).toHaveLength(12);
      for (const lines of texts) {
        expect(detectSpeakers([lines.join(language === 'zh' ? '' : ' ')])).toEqual([]);
        expect(detectSpeakers(lines)).toEqual([]);
      }
      expect(detectSpeakers(texts.flat())).toEqual([]);
    }
  });
});
