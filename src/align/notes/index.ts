import type { Segment } from '../../model/index.js';
import { flagEmpty } from './flag-empty.js';
import { flagLong } from './flag-long.js';
import { flagMissingDateNumerals } from './flag-missing-date-numerals.js';
import { flagMissingNumerals } from './flag-missing-numerals.js';
import type { NoteRule } from './types.js';

export type { NoteContext, NoteRule } from './types.js';

/** Note rules in the order their notes appear. */
export const NOTE_RULES: readonly NoteRule[] = [
  flagEmpty,
  flagMissingDateNumerals,
  flagMissingNumerals,
  flagLong,
];

/** Every note the rules have for one segment. */
export function noteSegment(
  segment: Segment,
  language: string,
  rules: readonly NoteRule[] = NOTE_RULES,
): string[] {
  const context = { segment, language };
  const notes: string[] = [];
  for (const rule of rules) notes.push(...rule(context));
  return notes;
}
