import type { AlignedSegment, GlossaryEntry, TermMatch, TermStatus } from '../model/index.js';
import { findPhrase } from './find-phrase.js';
import type { QaContext } from './types.js';

/** A glossary term found in one segment's source, with the renderings that go with it. */
export interface SegmentTerm {
  /** The source term as the glossary writes it. */
  readonly source: string;
  /** Target renderings: accepted ones, or for a `forbidden` term the ones not to use. */
  readonly targets: readonly string[];
  readonly status: TermStatus;
  readonly note?: string;
}

/**
 * The glossary terms in a segment's source: the matches stored with the document plus the extra glossary's, each
 * distinct term once however often it occurs (one rendering in the target is enough for two occurrences).
 */
export function segmentTerms(context: QaContext, segment: AlignedSegment): SegmentTerm[] {
  // missing-term asks once per segment and forbidden-term twice: the injected matcher need run only once.
  const cache = CACHE.get(context) ?? new WeakMap<AlignedSegment, SegmentTerm[]>();
  CACHE.set(context, cache);
  const terms = cache.get(segment) ?? collect(context, segment);
  cache.set(segment, terms);
  return terms;
}

const CACHE = new WeakMap<QaContext, WeakMap<AlignedSegment, SegmentTerm[]>>();

function collect(context: QaContext, segment: AlignedSegment): SegmentTerm[] {
  const found: SegmentTerm[] = [...segment.terms.map(fromMatch), ...extraTerms(context, segment.source)];
  // A segment has a handful of terms: comparing with those kept is cheaper than a key per term, which took half
  // a second of a book's QA. A segment of hundreds (a document that is one long sentence) gets keys.
  if (found.length > 32) {
    const seen = new Set<string>();
    return found.filter((term) => {
      const key = JSON.stringify([term.source, term.status, term.targets]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const kept: SegmentTerm[] = [];
  for (const term of found) if (!kept.some((other) => sameTerm(other, term))) kept.push(term);
  return kept;
}

/** Whether two terms have the same source, status and renderings in the same order. */
function sameTerm(a: SegmentTerm, b: SegmentTerm): boolean {
  if (a.source !== b.source || a.status !== b.status || a.targets.length !== b.targets.length) return false;
  return a.targets.every((target, i) => target === b.targets[i]);
}

/** Renderings a term accepts: `targets`, or the preferred `target` when an older workbook stored only that. */
export function renderings(match: Pick<TermMatch, 'target' | 'targets'>): string[] {
  const all = match.targets.length > 0 ? match.targets : [match.target];
  return all.filter((target) => target.trim() !== '');
}

function fromMatch(match: TermMatch): SegmentTerm {
  return {
    source: match.source,
    targets: renderings(match),
    status: match.status,
    ...(match.note === undefined ? {} : { note: match.note }),
  };
}

function extraTerms(context: QaContext, source: string): SegmentTerm[] {
  if (context.matchSource) return context.matchSource(source).map(fromMatch);
  return (context.glossary ?? []).flatMap((entry) => {
    const variant = entry.sources.find((variant) => occurs(source, variant, entry));
    return variant === undefined ? [] : [fromEntry(entry, variant)];
  });
}

function occurs(source: string, variant: string, entry: GlossaryEntry): boolean {
  if (entry.caseSensitive) return source.includes(variant);
  return findPhrase(source, variant).length > 0;
}

function fromEntry(entry: GlossaryEntry, variant: string): SegmentTerm {
  return {
    source: variant,
    targets: entry.targets,
    status: entry.status,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  };
}
