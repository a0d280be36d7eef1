import { z } from 'zod';

/** `text` is an ordinary sentence; `speaker` a transcript label (`记者`, `王毅`, `Q`) split off its turn. */
export const SegmentKind = z.enum(['text', 'speaker']);
export type SegmentKind = z.infer<typeof SegmentKind>;

/**
 * A sentence of a paragraph. `start`/`end` are UTF-16 offsets into the paragraph's text, so
 * `paragraph.text.slice(start, end) === source`; whitespace between segments belongs to no segment.
 */
export const Segment = z.object({
  /** Stable readable id: `p<paragraph>.s<n>`, both 1-based. */
  id: z.string().regex(/^p\d+\.s\d+$/),
  paragraph: z.number().int().positive(),
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: SegmentKind,
});
export type Segment = z.infer<typeof Segment>;

/** Builds the id of the `n`-th (1-based) segment of paragraph `paragraph`. */
export function segmentId(paragraph: number, n: number): string {
  return `p${paragraph}.s${n}`;
}
