import type { Severity } from '../model/index.js';
import type { CellRead, Report } from './sheet-table.js';

/**
 * Reports a cell the spreadsheet turned into something other than text, saying what tandem read and how to get
 * back what was typed. `what` names the column (`Target`).
 */
export function reportConversion(
  report: Report,
  read: CellRead,
  cell: string,
  what: string,
  id?: string,
): void {
  const shown = `“${read.shown ?? read.text}”`;
  let severity: Severity = 'warning';
  let message: string;
  switch (read.conversion) {
    case 'formula':
      message =
        read.text === read.formula
          ? `This ${what} cell became a formula, ${read.formula}, which the spreadsheet could not work out; tandem reads the text as typed, “${read.formula}”. To keep a leading = as text, type an apostrophe before it ('=…).`
          : `This ${what} cell is a formula, ${read.formula}; tandem reads what it shows, ${shown}. Type the text itself if that is not what you meant.`;
      break;
    case 'date':
      message = `This ${what} cell became a date (a spreadsheet turns 1/2 into 2 January); tandem reads it as shown, ${shown}. If you typed something else, type it again as text, starting with an apostrophe ('1/2).`;
      break;
    case 'number':
      severity = 'info';
      message = `This ${what} cell holds a number, not text, so the spreadsheet may have changed what was typed (00123 → 123, 3.50 → 3.5); tandem reads it as shown, ${shown}.`;
      break;
    case 'boolean':
      severity = 'info';
      message = `This ${what} cell holds a truth value; tandem reads it as ${shown}.`;
      break;
    default:
      message = `This ${what} cell holds a spreadsheet error, ${shown}, instead of text; tandem reads it as such. Type the text again.`;
  }
  report({
    code: `workbook-${read.conversion ?? 'error'}-cell`,
    severity,
    message,
    cell,
    ...(id ? { id } : {}),
  });
}
