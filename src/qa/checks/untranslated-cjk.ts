import type { Finding } from '../../model/index.js';
import { isCjk } from '../../model/index.js';
import { hasTranslation } from '../has-translation.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Flags Chinese (or Japanese, Korean) characters left in a target of another language: "The 新冠 pandemic" — a
 * word the translator skipped to look up later. A target identical to its source is `target-same-as-source`'s.
 */
export const untranslatedCjk: QaCheck = (context) => {
  if (isCjk(context.document.targetLanguage)) return [];
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    if (!hasTranslation(segment)) continue;
    const runs = [...new Set(segment.target.match(CJK_RUN) ?? [])];
    if (runs.length === 0) continue;
    const shown = runs.slice(0, 3).map(quote).join(', ') + (runs.length > 3 ? ', …' : '');
    findings.push(
      segmentFinding(context, segment.id, {
        code: 'untranslated-cjk',
        severity: 'warning',
        message: `Untranslated characters in the target: ${shown}; translate them.`,
      }),
    );
  }
  return findings;
};
