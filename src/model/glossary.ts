import { z } from 'zod';

/** TBX administrativeStatus, simplified: `forbidden` terms must not appear in a target. */
export const TermStatus = z.enum(['preferred', 'admitted', 'forbidden']);
export type TermStatus = z.infer<typeof TermStatus>;

/** Where an entry came from, for messages. */
export const Origin = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  cell: z.string().optional(),
});
export type Origin = z.infer<typeof Origin>;

/**
 * One glossary entry. A cell holding `一带一路|“一带一路”` gives two source variants that are synonyms; the
 * first target is the one to use, the others are accepted alternatives.
 */
export const GlossaryEntry = z.object({
  /** Source-language variants as written in the glossary, at least one, none empty. */
  sources: z.array(z.string().trim().min(1)).min(1),
  /** Target-language renderings as written; empty only for a forbidden source term with no replacement. */
  targets: z.array(z.string().trim().min(1)),
  note: z.string().optional(),
  domain: z.string().optional(),
  status: TermStatus.default('preferred'),
  caseSensitive: z.boolean().default(false),
  sourceLanguage: z.string().optional(),
  targetLanguage: z.string().optional(),
  origin: Origin,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type GlossaryEntryInput = z.input<typeof GlossaryEntry>;

/** A term found in a segment's source. Offsets are UTF-16 offsets into the segment's source text. */
export const TermMatch = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The glossary's source term as written in the glossary (the variant that matched). */
  source: z.string(),
  /** The preferred target rendering (first target), empty for a forbidden term without one. */
  target: z.string(),
  /**
   * Every accepted target rendering. From `matchTerms`, the matches of one entry share one frozen array: copy it
   * to change it.
   */
  targets: z.array(z.string()),
  note: z.string().optional(),
  status: TermStatus,
});
export type TermMatch = z.infer<typeof TermMatch>;
