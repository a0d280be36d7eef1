import { z } from 'zod';
import { Finding } from './finding.js';
import { TermMatch } from './glossary.js';
import { SegmentKind } from './segment.js';

/**
 * Workflow status of a row, as in CAT tools. `needs review` marks a carried-over translation whose source changed.
 */
export const SegmentStatus = z.enum(['new', 'draft', 'translated', 'reviewed', 'approved', 'needs review']);
export type SegmentStatus = z.infer<typeof SegmentStatus>;

/** What the Status dropdown offers, in workflow order. */
export const STATUS_VALUES: readonly SegmentStatus[] = SegmentStatus.options;

/** One row of the translator's work: a source segment (or a run of them) and its translation slot. */
export const AlignedSegment = z.object({
  id: z.string().min(1),
  /** 1-based paragraph of the source document; rows of one paragraph rebuild it. */
  paragraph: z.number().int().nonnegative(),
  kind: SegmentKind.default('text'),
  source: z.string(),
  target: z.string().default(''),
  status: SegmentStatus.default('new'),
  /** Hints for the translator, one per line in the workbook (missing numerals, very long segment, …). */
  notes: z.array(z.string()).default([]),
  terms: z.array(TermMatch).default([]),
  /** Alignment confidence from 0 to 1, only for rows filled by aligning an existing translation. */
  confidence: z.number().min(0).max(1).optional(),
});
export type AlignedSegment = z.infer<typeof AlignedSegment>;
export type AlignedSegmentInput = z.input<typeof AlignedSegment>;

/** A glossary entry matched somewhere in the document, with how often: the Glossary sheet and appendix. */
export const UsedTerm = z.object({
  source: z.string(),
  target: z.string(),
  targets: z.array(z.string()),
  note: z.string().optional(),
  status: TermMatch.shape.status,
  count: z.number().int().positive(),
});
export type UsedTerm = z.infer<typeof UsedTerm>;

/**
 * A translation whose segment is gone: its source was deleted or rewritten beyond recognition when the document was
 * re-aligned, or its row could not be placed (no ID, an unknown ID, a second row of an ID). Kept, never binned:
 * the workbook shows these on an `Orphans` sheet.
 */
export const Orphan = z.object({
  /** The id the row had (empty for a row that had none). */
  id: z.string().default(''),
  source: z.string().default(''),
  target: z.string().default(''),
  status: SegmentStatus.default('new'),
  notes: z.array(z.string()).default([]),
  /** Why it is an orphan and since when, in words: `Source no longer in the document (re-aligned 2024-05-01)`. */
  reason: z.string().default(''),
});
export type Orphan = z.infer<typeof Orphan>;

/** The one model every export writes and every import rebuilds. */
export const AlignedDocument = z.object({
  /** Output base name (`interview`). */
  name: z.string().min(1),
  /** The input file as the user named it. */
  sourceFile: z.string(),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  /** ISO timestamp of when the document was made. */
  created: z.string(),
  /** Number of paragraphs of the source document (a paragraph may have no rows if it was empty). */
  paragraphs: z.number().int().nonnegative(),
  segments: z.array(AlignedSegment),
  terms: z.array(UsedTerm).default([]),
  /** Problems found while making it (glossary rows, reading), kept with the document. */
  findings: z.array(Finding).default([]),
  /**
   * Translations with no segment any more (see {@link Orphan}). Optional rather than defaulted so that documents
   * made before orphans existed, and every stage that never makes any, stay valid as they are.
   */
  orphans: z.array(Orphan).optional(),
});
export type AlignedDocument = z.infer<typeof AlignedDocument>;
export type AlignedDocumentInput = z.input<typeof AlignedDocument>;
