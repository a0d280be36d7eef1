import type { ParagraphRole, Segment } from '../../model/index.js';

/** What a note rule sees: the segment, the document's source language, and where its paragraph sits. */
export interface NoteContext {
  readonly segment: Segment;
  readonly language: string;
  /** Set when the segment's paragraph is a footnote or an endnote rather than body text. */
  readonly role?: ParagraphRole;
}

/** A note rule returns the hints it has for the translator about one segment (none, usually). */
export type NoteRule = (context: NoteContext) => string[];
