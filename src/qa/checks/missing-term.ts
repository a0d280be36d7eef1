import type { Finding } from '../../model/index.js';
import { Phrases, PhraseText } from '../find-phrase.js';
import { hasTranslation } from '../has-translation.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import { segmentTerms } from '../segment-terms.js';
import type { QaCheck } from '../types.js';

/**
 * Flags a glossary term in the source none of whose approved renderings is in the target: 人类命运共同体 with
 * no "community with a shared future for mankind". Lenient on purpose (see `findPhrase`): any case, plural or
 * possessive ("policies" for "policy"), hyphen, dash or space ("China–US" for "China-US"), and one rendering is
 * enough however often the term occurs in the source.
 */
export const missingTerm: QaCheck = (context) => {
  const findings: Finding[] = [];
  const renderings = new Phrases();
  for (const segment of context.document.segments) {
    if (!hasTranslation(segment)) continue;
    // Cut into words once for all of the segment's terms.
    const target = new PhraseText(segment.target);
    for (const term of segmentTerms(context, segment)) {
      if (term.status === 'forbidden' || term.targets.length === 0) continue;
      if (term.targets.some((text) => target.find(renderings.of(text)).length > 0)) continue;
      const [first, ...others] = term.targets;
      const alternatives = others.length > 0 ? ` (or ${others.map(quote).join(', ')})` : '';
      findings.push(
        segmentFinding(context, segment.id, {
          code: 'missing-term',
          severity: 'warning',
          message: `Glossary term ${quote(term.source)} should be translated as ${quote(first!)}${alternatives}; not found in the target.`,
        }),
      );
    }
  }
  return findings;
};
