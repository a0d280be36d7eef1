import { columnLetter, SEGMENT_COLUMNS, type SegmentColumnKey, SHEETS } from '../export/columns.js';
import type { Finding, Severity } from '../model/index.js';
import type { QaContext } from './types.js';

/** What a check says about one segment; the place is filled in by {@link segmentFinding}. */
export interface SegmentProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The column the problem is in: the Target cell unless the source is at fault. */
  readonly column?: 'source' | 'target';
}

/** A finding about segment `id`, pointing at its cell (`Segments!C14`) when the workbook row is known. */
export function segmentFinding(context: QaContext, id: string, problem: SegmentProblem): Finding {
  const { column = 'target', ...rest } = problem;
  const row = context.rows?.get(id);
  const cell = row === undefined ? undefined : `${SHEETS.segments}!${columnLetterOf(column)}${row}`;
  return cell === undefined ? { ...rest, id } : { ...rest, id, cell };
}

/** The letter of each column a finding can point at, worked out once: a book's QA makes 200,000 findings. */
const LETTERS = new Map<SegmentColumnKey, string>();

function columnLetterOf(key: SegmentColumnKey): string {
  let letter = LETTERS.get(key);
  if (letter === undefined) {
    letter = columnLetter(SEGMENT_COLUMNS.findIndex((column) => column.key === key));
    LETTERS.set(key, letter);
  }
  return letter;
}
