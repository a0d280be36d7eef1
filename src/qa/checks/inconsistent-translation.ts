import type { AlignedSegment, Finding } from '../../model/index.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

/**
 * Flags a source translated differently from its first occurrence: the interview's speaker label 记者 as
 * "Reporter" in one row and "Journalist" in another, or a repeated slogan worded two ways. Sources and targets
 * are compared with whitespace collapsed (and dropped next to Chinese characters); the later rows are flagged and name the first.
 */
export const inconsistentTranslation: QaCheck = (context) => {
  const first = new Map<string, AlignedSegment>();
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    if (segment.target.trim() === '') continue;
    const key = collapse(segment.source);
    if (key === '') continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, segment);
      continue;
    }
    if (collapse(earlier.target) === collapse(segment.target)) continue;
    findings.push(
      segmentFinding(context, segment.id, {
        code: 'inconsistent-translation',
        severity: 'warning',
        message: `Same source as ${earlier.id}, translated differently: ${quote(segment.target.trim())} here, ${quote(earlier.target.trim())} there; make them consistent unless the context differs.`,
      }),
    );
  }
  return findings;
};

// A space next to a Chinese character or full-width punctuation is noise ("沧海横流， 方显英雄本色。").
const SPACE_BY_CJK =
  /\s+(?=[\p{Script=Han}\u3000-\u303f\uff01-\uff60])|(?<=[\p{Script=Han}\u3000-\u303f\uff01-\uff60])\s+/gu;

function collapse(text: string): string {
  return text.replace(SPACE_BY_CJK, '').replace(/\s+/g, ' ').trim();
}
