/** A cell's text with line ends made plain, and how many `_x000D_` artefacts were removed. */
export interface CleanedText {
  readonly text: string;
  readonly artefacts: number;
}

/**
 * Removes `_x000D_` from a translator's cell text: a carriage return that a converter (openpyxl, some Google Sheets
 * exports, tools that escape twice) wrote out as text, taken for the line end it was. Every other character, line
 * breaks of any kind included, is the translator's and is kept as it is.
 */
export function cleanCellText(text: string): CleanedText {
  let artefacts = 0;
  const cleaned = text.replace(/_x000D_(\r?\n)?/gi, () => {
    artefacts++;
    return '\n';
  });
  return { text: cleaned, artefacts };
}
