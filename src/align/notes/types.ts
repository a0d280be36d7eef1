import type { Segment } from '../../model/index.js';

/** What a note rule sees: the segment and the document's source language. */
export interface NoteContext {
  readonly segment: Segment;
  readonly language: string;
}

/** A note rule returns the hints it has for the translator about one segment (none, usually). */
export type NoteRule = (context: NoteContext) => string[];
