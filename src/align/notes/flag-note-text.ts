import type { NoteRule } from './types.js';

/** The note for each place outside a Word document's body. */
const WHERE = {
  footnote: 'From a footnote of the Word document.',
  endnote: 'From an endnote of the Word document.',
  header: 'From a page header of the Word document.',
  footer: 'From a page footer of the Word document.',
} as const;

/**
 * Says where a segment from outside a Word document's body comes from (a footnote, an endnote, a header, a
 * footer): those follow the body in the workbook, so that without it a note's sentence would read as the body's
 * last.
 */
export const flagNoteText: NoteRule = ({ role }) => (role ? [WHERE[role]] : []);
