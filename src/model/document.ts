import { z } from 'zod';

/** Where a paragraph of a Word file sits when it is not in the body: a footnote, an endnote, a header or a footer. */
export const ParagraphRole = z.enum(['footnote', 'endnote', 'header', 'footer']);
export type ParagraphRole = z.infer<typeof ParagraphRole>;

/** One paragraph of an input document, as read. */
export const Paragraph = z.object({
  /** 1-based position in the document; segment ids use it (`p3.s12`). */
  index: z.number().int().positive(),
  text: z.string(),
  /** Absent for the body's paragraphs. */
  role: ParagraphRole.optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** A document as read from disk: what every later stage starts from. */
export const SourceDocument = z.object({
  /** File name without folder and extension, used to name outputs (`interview`). */
  name: z.string().min(1),
  /** Path as the user gave it, for messages. */
  path: z.string(),
  /** `txt`, `docx`, … */
  format: z.string(),
  /** Encoding the text was decoded from (`utf-8`, `utf-16le`, `gb18030`), when it was a text file. */
  encoding: z.string().optional(),
  paragraphs: z.array(Paragraph),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
