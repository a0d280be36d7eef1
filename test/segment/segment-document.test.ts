import { describe, expect, it } from 'vitest';
import { Segment } from '../../src/model/index.js';
import { SUPPORTED_LANGUAGES, segmentDocument } from '../../src/segment/index.js';

describe('segmentDocument', () => {
  const doc = {
    name: 'memo',
    path: 'memo.txt',
    format: 'txt',
    paragraphs: [
      { index: 1, text: '标题' },
      { index: 2, text: '   ' },
      { index: 3, text: '记者：您好。 王毅：你好！谢谢。' },
    ],
  };

  it('numbers segments p<paragraph>.s<n> from the paragraph index, skipping empty paragraphs', () => {
    const segments = segmentDocument(doc, { language: 'zh-CN', speakers: ['记者', '王毅'] });
    expect(segments.map((s) => [s.id, s.kind, s.source])).toEqual([
      ['p1.s1', 'text', '标题'],
      ['p3.s1', 'speaker', '记者：'],
      ['p3.s2', 'text', '您好。'],
      ['p3.s3', 'speaker', '王毅：'],
      ['p3.s4', 'text', '你好！'],
      ['p3.s5', 'text', '谢谢。'],
    ]);
    for (const segment of segments) {
      expect(Segment.parse(segment)).toEqual(segment);
      expect(
        doc.paragraphs.find((p) => p.index === segment.paragraph)!.text.slice(segment.start, segment.end),
      ).toBe(segment.source);
    }
  });

  it('lists the languages with rules of their own', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(expect.arrayContaining(['zh', 'ja', 'en', 'de', 'fr', 'es']));
  });
});
