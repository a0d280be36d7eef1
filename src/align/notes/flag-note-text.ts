import type { NoteRule } from './types.js';

/**
 * Says where a segment of a Word document's footnote or endnote comes from: those follow the body in the workbook,
 * so that without it a note's sentence would read as the body's last.
 */
export const flagNoteText: NoteRule = ({ role }) => {
  if (role === 'footnote') return ['From a footnote of the Word document.'];
  if (role === 'endnote') return ['From an endnote of the Word document.'];
  return [];
};
