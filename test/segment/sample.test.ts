import { describe, expect, it } from 'vitest';
import { Segment } from '../../src/model/index.js';
import { detectLanguage, detectSpeakers, segmentDocument } from '../../src/segment/index.js';
import { sampleDocument } from './sample.js';

const doc = sampleDocument();
const speakers = detectSpeakers(doc.paragraphs.map((p) => p.text));
const segments = segmentDocument(doc, {
  language: detectLanguage(doc.paragraphs.map((p) => p.text).join('\n')),
  speakers,
});
const body = doc.paragraphs[2]!.text;

describe('the sample interview, end to end', () => {
  it('is detected as Chinese with the speakers 记者 and 王毅', () => {
    expect(detectLanguage(body)).toBe('zh');
    expect(speakers).toEqual(['记者', '王毅']);
  });

  it('gives 224 valid segments: title, dateline, and 222 in the body', () => {
    expect(segments).toHaveLength(224);
    expect(segments.filter((s) => s.paragraph === 3)).toHaveLength(222);
    for (const segment of segments) expect(Segment.parse(segment)).toEqual(segment);
    expect(segments.slice(0, 2).map((s) => s.source)).toEqual([
      '王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访',
      '2021/01/02 10:19',
    ]);
  });

  it('cuts off the first turns as in the brief', () => {
    expect(segments.slice(4, 10).map((s) => `${s.kind === 'speaker' ? '@' : ''}${s.source}`)).toEqual([
      '全文如下',
      '@记者',
      '年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击，您如何看待这一年的国际形势和外交工作？',
      '@王毅',
      '年，无论对世界还是中国，都是极不平凡的一年。',
      '环顾全球，突如其来的疫情加快了百年变局的演进，世界进入动荡变革期。',
    ]);
  });

  it('has a label segment at each of the 26 turns and nowhere else', () => {
    // Turns found independently of the segmenter: 王毅 after a question, 记者 after 。 or 如下.
    const turns = [...body.matchAll(/(?<=？)王毅|(?<=。|如下)记者/g)].map((m) => m.index);
    expect(turns).toHaveLength(26);
    const labels = segments.filter((s) => s.kind === 'speaker');
    expect(labels.map((s) => s.start)).toEqual(turns);
    expect(labels.filter((s) => s.source === '记者')).toHaveLength(13);
    expect(labels.filter((s) => s.source === '王毅')).toHaveLength(13);
    // Alternating, question first; every answer label follows a question.
    expect(labels.map((s) => s.source)).toEqual(labels.map((_, i) => (i % 2 === 0 ? '记者' : '王毅')));
    for (const label of labels.filter((s) => s.source === '王毅')) {
      expect(segments[segments.indexOf(label) - 1]!.source.endsWith('？')).toBe(true);
    }
  });

  it('never lets a segment cross a turn', () => {
    const turns = segments.filter((s) => s.kind === 'speaker').map((s) => s.start);
    for (const segment of segments.filter((s) => s.paragraph === 3)) {
      expect(turns.some((turn) => segment.start < turn && turn < segment.end)).toBe(false);
    }
  });

  it('leaves 王毅 as a subject in the title and the dateline sentence', () => {
    expect(segments.filter((s) => s.paragraph === 1)).toHaveLength(1);
    expect(segments.find((s) => s.id === 'p3.s1')!.source.startsWith('王毅就年国际形势')).toBe(true);
    expect(segments.find((s) => s.id === 'p3.s1')!.kind).toBe('text');
  });
});
