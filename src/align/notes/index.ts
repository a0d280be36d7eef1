import type { ParagraphRole, Segment, SourceDocument } from '../../model/index.js';
import { flagEmpty } from './flag-empty.js';
import { flagLong } from './flag-long.js';
import { flagMissingDateNumerals } from './flag-missing-date-numerals.js';
import { flagMissingNumerals } from './flag-missing-numerals.js';
import { flagNoteText } from './flag-note-text.js';
import type { NoteRule } from './types.js';

export type { NoteContext, NoteRule } from './types.js';

/** Note rules in the order their notes appear. */
export const NOTE_RULES: readonly NoteRule[] = [
  flagNoteText,
  flagEmpty,
  flagMissingDateNumerals,
  flagMissingNumerals,
  flagLong,
];

/** Every note the rules have for one segment; `role` says where its paragraph sits, when not in the body. */
export function noteSegment(
  segment: Segment,
  language: string,
  rules: readonly NoteRule[] = NOTE_RULES,
  role?: ParagraphRole,
): string[] {
  const context = role ? { segment, language, role } : { segment, language };
  const notes: string[] = [];
  for (const rule of rules) notes.push(...rule(context));
  return notes;
}

/** The roles of a document's paragraphs that are not body text, by paragraph number. */
export function paragraphRoles(document: SourceDocument): Map<number, ParagraphRole> {
  const roles = new Map<number, ParagraphRole>();
  for (const paragraph of document.paragraphs) if (paragraph.role) roles.set(paragraph.index, paragraph.role);
  return roles;
}
