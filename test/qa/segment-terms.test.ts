import { describe, expect, it } from 'vitest';
import type { AlignedSegment, TermMatch } from '../../src/model/index.js';
import { segmentTerms } from '../../src/qa/segment-terms.js';
import type { QaContext } from '../../src/qa/types.js';
import { sampleDocument } from '../helpers/sample-document.js';

const match = (source: string, targets: string[], at = 0): TermMatch => ({
  start: at,
  end: at + source.length,
  source,
  target: targets[0] ?? '',
  targets,
  status: 'preferred',
});

function termsOf(terms: TermMatch[], extra: TermMatch[] = []) {
  const segment: AlignedSegment = { ...sampleDocument().segments[0]!, terms };
  const context: QaContext = { document: sampleDocument(), matchSource: () => extra };
  return segmentTerms(context, segment).map((t) => [t.source, t.targets.join('|')]);
}

describe('segmentTerms', () => {
  it('lists each distinct term once, in order, the stored matches before the extra glossary’s', () => {
    const china = match('中国', ['China']);
    expect(
      termsOf(
        [china, match('外交', ['diplomacy']), { ...china, start: 9, end: 11 }],
        [match('中国', ['China']), match('中国', ['China', 'PRC']), match('王毅', ['Wang Yi'])],
      ),
    ).toEqual([
      ['中国', 'China'],
      ['外交', 'diplomacy'],
      ['中国', 'China|PRC'],
      ['王毅', 'Wang Yi'],
    ]);
  });

  it('does the same for a segment of hundreds of matches', () => {
    const terms = Array.from({ length: 300 }, (_, i) => match(`词${i % 100}`, [`word ${i % 100}`], i * 2));
    const listed = termsOf(terms);
    expect(listed).toHaveLength(100);
    expect(listed[99]).toEqual(['词99', 'word 99']);
  });
});
