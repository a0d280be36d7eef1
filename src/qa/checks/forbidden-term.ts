import type { Finding } from '../../model/index.js';
import { PhraseSet, Phrases, PhraseText, type Span } from '../find-phrase.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import { renderings, segmentTerms } from '../segment-terms.js';
import type { QaCheck, QaContext } from '../types.js';

/** A rendering not to use, with the source term it renders and what to write instead. */
interface Forbidden {
  readonly target: string;
  readonly source: string;
  readonly note?: string;
}

/**
 * Flags a forbidden rendering in any target, whatever its source says: "One Belt, One Road" where the glossary
 * requires "Belt and Road Initiative". Whole words, any case. A hit inside an approved rendering of the same
 * segment is not one (forbidden "Belt and Road" inside approved "Belt and Road Initiative").
 */
export const forbiddenTerm: QaCheck = (context) => {
  const forbidden = forbiddenRenderings(context);
  if (forbidden.length === 0) return [];
  const approved = approvedBySource(context);
  // Each target is cut into words once and every forbidden rendering looked for in one pass over it.
  const phrases = new PhraseSet(forbidden.map((term) => term.target));
  const renderings = new Phrases();
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    if (segment.target.trim() === '') continue;
    const target = new PhraseText(segment.target);
    const found = phrases.findIn(target);
    if (found.size === 0) continue;
    const allowed: Span[] = segmentTerms(context, segment)
      .filter((term) => term.status !== 'forbidden')
      .flatMap((term) => term.targets.flatMap((text) => target.find(renderings.of(text))));
    const reported = new Set<string>();
    forbidden.forEach((term, n) => {
      const key = term.target.toLowerCase();
      if (reported.has(key)) return;
      const hits = (found.get(n) ?? []).filter(
        (hit) => !allowed.some((span) => span.start <= hit.start && hit.end <= span.end),
      );
      if (hits.length === 0) return;
      reported.add(key);
      const instead = approved.get(term.source);
      const advice = instead
        ? `write ${quote(instead)} instead`
        : term.note
          ? `see the glossary note: ${term.note}`
          : 'rephrase it';
      findings.push(
        segmentFinding(context, segment.id, {
          code: 'forbidden-term',
          severity: 'error',
          message: `Forbidden term ${quote(term.target)} (for ${quote(term.source)}) used; ${advice}.`,
        }),
      );
    });
  }
  return findings;
};

/** Every forbidden rendering the document's matches, its glossary summary and the extra glossary know. */
function forbiddenRenderings(context: QaContext): Forbidden[] {
  const all: Forbidden[] = [];
  const add = (source: string, targets: readonly string[], note: string | undefined): void => {
    for (const target of targets)
      all.push(note === undefined ? { target, source } : { target, source, note });
  };
  for (const term of context.document.terms) {
    if (term.status === 'forbidden') add(term.source, renderings(term), term.note);
  }
  for (const segment of context.document.segments) {
    for (const term of segmentTerms(context, segment)) {
      if (term.status === 'forbidden') add(term.source, term.targets, term.note);
    }
  }
  for (const entry of context.glossary ?? []) {
    if (entry.status === 'forbidden') add(entry.sources[0]!, entry.targets, entry.note);
  }
  const seen = new Set<string>();
  return all.filter((term) => {
    const key = `${term.source}\u0000${term.target.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The preferred rendering of each source term, to name in the message. */
function approvedBySource(context: QaContext): Map<string, string> {
  const approved = new Map<string, string>();
  const add = (sources: readonly string[], targets: readonly string[]): void => {
    const first = targets[0];
    if (first === undefined) return;
    for (const source of sources) if (!approved.has(source)) approved.set(source, first);
  };
  for (const term of context.document.terms)
    if (term.status !== 'forbidden') add([term.source], renderings(term));
  for (const entry of context.glossary ?? [])
    if (entry.status !== 'forbidden') add(entry.sources, entry.targets);
  for (const segment of context.document.segments) {
    for (const term of segment.terms) if (term.status !== 'forbidden') add([term.source], renderings(term));
  }
  return approved;
}
