import type { Finding } from '../../model/index.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

// A question mark, then any closing quotes, brackets or spaces.
const ENDS_WITH_QUESTION = /[?？][\s"'”’」』）)\]]*$/u;

/**
 * Flags a question translated as a statement, or the other way round: "您如何看待这一年的国际形势和外交工作？"
 * must end "…this year?" in English too. Only the end of the segment counts; only questions, because an
 * exclamation mark is often toned down on purpose.
 */
export const questionMarkMismatch: QaCheck = (context) => {
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    if (segment.target.trim() === '') continue;
    const source = ENDS_WITH_QUESTION.test(segment.source);
    const target = ENDS_WITH_QUESTION.test(segment.target);
    if (source === target) continue;
    findings.push(
      segmentFinding(context, segment.id, {
        code: 'question-mark-mismatch',
        severity: 'warning',
        message: source
          ? 'The source is a question but the target does not end with a question mark; check it.'
          : 'The target ends with a question mark but the source is not a question; check it.',
      }),
    );
  }
  return findings;
};
