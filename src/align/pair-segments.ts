import type {
  AlignedDocument,
  AlignedSegment,
  Finding,
  Segment,
  SourceDocument,
  TermMatch,
} from '../model/index.js';
import { countTerms } from './count-terms.js';
import { NOTE_RULES, type NoteRule, noteSegment, paragraphRoles } from './notes/index.js';

export interface PairOptions {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  /** ISO timestamp recorded in the outputs; passed in so the stage stays pure and tests stay stable. */
  readonly created: string;
  /** Problems found on the way (glossary rows, …), kept with the document. */
  readonly findings?: readonly Finding[];
  readonly noteRules?: readonly NoteRule[];
}

/**
 * Gives every segment an empty translation slot (status `new`) with its term matches and the notes a translator
 * needs about its source: the document model every export writes.
 */
export function pairSegments(
  document: SourceDocument,
  segments: readonly Segment[],
  matches: readonly (readonly TermMatch[])[],
  options: PairOptions,
): AlignedDocument {
  const roles = paragraphRoles(document);
  const rows = segments.map((segment, i) => ({
    id: segment.id,
    paragraph: segment.paragraph,
    kind: segment.kind,
    source: segment.source,
    target: '',
    status: 'new' as const,
    notes: noteSegment(
      segment,
      options.sourceLanguage,
      options.noteRules ?? NOTE_RULES,
      roles.get(segment.paragraph),
    ),
    terms: [...(matches[i] ?? [])],
  }));
  return alignedDocument(document, rows, options);
}

/** Wraps rows made from `document` into the document model, with the glossary entries they use counted. */
export function alignedDocument(
  document: SourceDocument,
  rows: AlignedSegment[],
  options: PairOptions,
): AlignedDocument {
  return {
    name: document.name,
    sourceFile: document.path,
    sourceLanguage: options.sourceLanguage,
    targetLanguage: options.targetLanguage,
    created: options.created,
    paragraphs: document.paragraphs.length,
    segments: rows,
    terms: countTerms(rows),
    findings: [...(options.findings ?? [])],
  };
}
