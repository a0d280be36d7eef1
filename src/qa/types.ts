import type { AlignedDocument, Finding, GlossaryEntry, TermMatch } from '../model/index.js';

/** What every QA check sees: the translated document and what is known about the workbook it came from. */
export interface QaContext {
  readonly document: AlignedDocument;
  /** 1-based sheet row of each segment id in the workbook the translator edited, for `Segments!C14` cells. */
  readonly rows?: ReadonlyMap<string, number>;
  /** Extra glossary entries (from --glossary): approved targets and forbidden terms beyond the matches stored with the document. */
  readonly glossary?: readonly GlossaryEntry[];
  /** Ids the document should have (from the original segmentation) — for "segment missing from the workbook". */
  readonly expectedIds?: readonly string[];
  /**
   * Finds `glossary` terms in a source text (the glossary matcher, with its CJK word-cutting and inflection rules).
   * Without it, an entry counts where one of its source variants occurs in the source as written.
   */
  readonly matchSource?: (text: string) => TermMatch[];
}

/** A QA check returns the findings it has about the document (none, usually). Pure and synchronous. */
export type QaCheck = (context: QaContext) => Finding[];
