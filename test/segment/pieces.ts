import { type SegmentOptions, splitSentences } from '../../src/segment/index.js';

/** The segments of a paragraph as strings, speaker labels marked `@`: ['@记者', '年，…？', '@王毅', …]. */
export function pieces(text: string, options: SegmentOptions): string[] {
  return splitSentences(text, options).map(
    (span) => (span.kind === 'speaker' ? '@' : '') + text.slice(span.start, span.end),
  );
}

export const zh: SegmentOptions = { language: 'zh' };
export const ja: SegmentOptions = { language: 'ja' };
export const en: SegmentOptions = { language: 'en' };
