import type { AlignedSegment, Severity } from '../../model/index.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

const DONE = new Set<string>(['translated', 'reviewed', 'approved']);
const HAS_WORDS = /[\p{L}\p{N}]/u;

/**
 * Flags segments with no translation. A speaker label (`王毅`, `记者`) is a warning, not an error: what was said is
 * translated, but the translated document still needs "Wang Yi" and "Reporter" to say who says it. A source with
 * no words ("……") is only an info: there may be nothing to write.
 */
export const emptyTarget: QaCheck = (context) =>
  context.document.segments
    .filter((segment) => segment.target.trim() === '' && segment.source.trim() !== '')
    .map((segment) => segmentFinding(context, segment.id, { code: 'empty-target', ...problem(segment) }));

function problem(segment: AlignedSegment): { severity: Severity; message: string } {
  const status = DONE.has(segment.status) ? ` although its status is “${segment.status}”` : '';
  if (segment.kind === 'speaker') {
    return {
      severity: 'warning',
      message: `Speaker label ${quote(segment.source)} is not translated${status}; write it in the target language.`,
    };
  }
  if (!HAS_WORDS.test(segment.source)) {
    return {
      severity: 'info',
      message: `Target is empty; copy ${quote(segment.source)} if it belongs in the translation.`,
    };
  }
  return { severity: 'error', message: `Target is empty${status}; translate ${quote(segment.source)}.` };
}
