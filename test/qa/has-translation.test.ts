import { describe, expect, it } from 'vitest';
import { hasTranslation } from '../../src/qa/has-translation.js';
import { sampleDocument } from '../helpers/sample-document.js';

describe('hasTranslation', () => {
  it('is false for a blank or copied target, white space and width aside, and answers again once changed', () => {
    const segment = { ...sampleDocument().segments[0]!, source: '中国 外交', target: ' ' };
    expect(hasTranslation(segment)).toBe(false);
    segment.target = '中国\u3000 外交 ';
    expect(hasTranslation(segment)).toBe(false);
    segment.target = 'China’s diplomacy';
    expect(hasTranslation(segment)).toBe(true);
    expect(hasTranslation(segment)).toBe(true);
    segment.source = 'China’s diplomacy';
    expect(hasTranslation(segment)).toBe(false);
  });
});
