import { type AlignedSegment, type SegmentKind, segmentId } from '../model/index.js';
import type { SegmentRow } from './read-segment-rows.js';
import type { Report } from './sheet-table.js';

/** What the rows alone tell about the document: its segments in order, and the ids it should have. */
export interface InferredStructure {
  readonly segments: AlignedSegment[];
  readonly expectedIds: string[];
}

const ID = /^p(\d+)\.s(\d+)$/;
/** A speaker label is a name or a letter: short, and without the punctuation of a sentence. */
const MAX_LABEL_LENGTH = 12;
const SENTENCE_PUNCTUATION = /[。！？!?，,；;.…、]/;

/**
 * Rebuilds the document from the `Segments` rows when the hidden `Structure` sheet is gone (a CSV export, Google
 * Sheets dropping hidden sheets): the IDs carry the rest. `p3.s12` is the 12th segment of paragraph 3, so rows are
 * put back in document order however they were sorted, and a gap (p3.s2, then p3.s4) is a row someone deleted.
 * Without a Kind column, a short label without punctuation that recurs (记者, 王毅, Q) is taken for a speaker.
 */
export function inferStructure(rows: readonly SegmentRow[], report: Report): InferredStructure {
  const parsed = rows.map((row) => {
    const match = ID.exec(row.id);
    return { row, paragraph: match ? Number(match[1]) : undefined, n: match ? Number(match[2]) : undefined };
  });
  const allParsed = parsed.every((p) => p.paragraph !== undefined);
  if (allParsed) parsed.sort((a, b) => a.paragraph! - b.paragraph! || a.n! - b.n!);

  const speakers = rows.some((row) => row.kind !== undefined) ? new Set<string>() : guessSpeakers(rows);
  if (speakers.size > 0) {
    report({
      code: 'workbook-guessed-speakers',
      severity: 'info',
      message: `The workbook has no Kind column; rows reading ${[...speakers].map((s) => `“${s}”`).join(', ')} are taken for speaker labels.`,
    });
  }

  const unplaced = parsed.filter((p) => p.paragraph === undefined && p.row.paragraph === undefined);
  if (unplaced.length > 0) {
    report({
      code: 'workbook-no-paragraph',
      severity: 'warning',
      message:
        unplaced.length === 1
          ? `1 row (${unplaced[0]!.row.idCell}) has an ID that is not of the form p3.s12 and no Paragraph column ` +
            'tells where it belongs; it is taken for a paragraph of its own.'
          : `${unplaced.length} rows (${unplaced[0]!.row.idCell}, …) have an ID that is not of the form p3.s12 and ` +
            'no Paragraph column tells where they belong; each is taken for a paragraph of its own.',
    });
  }

  const segments = parsed.map(({ row, paragraph }): AlignedSegment => {
    const kind: SegmentKind = row.kind ?? (speakers.has(row.source.trim()) ? 'speaker' : 'text');
    return {
      id: row.id,
      paragraph: paragraph ?? row.paragraph ?? 0,
      kind,
      source: row.source,
      target: row.target,
      status: row.status,
      notes: row.notes,
      terms: [],
      ...(row.confidence === undefined ? {} : { confidence: row.confidence }),
    };
  });
  return { segments, expectedIds: allParsed ? withGaps(parsed, report) : segments.map((s) => s.id) };
}

/** The ids of the rows in order, with each id missing inside a paragraph's run (p3.s3 between p3.s2 and p3.s4). */
function withGaps(
  parsed: readonly { readonly row: SegmentRow; readonly paragraph?: number; readonly n?: number }[],
  report: Report,
): string[] {
  const ids: string[] = [];
  let previous: { paragraph: number; n: number; id: string } | undefined;
  for (const { row, paragraph, n } of parsed) {
    const before = previous?.paragraph === paragraph ? previous : undefined;
    for (let missing = (before?.n ?? 0) + 1; missing < n!; missing++) {
      const id = segmentId(paragraph!, missing);
      ids.push(id);
      report({
        code: 'workbook-missing-row',
        severity: 'error',
        message:
          `Segment ${id} has no row (rows go from ${before ? before.id : `the start of paragraph ${paragraph}`} ` +
          `to ${row.id}): it was deleted, so its passage is missing from the translation. Restore its row from the original workbook.`,
        id,
      });
    }
    ids.push(row.id);
    previous = { paragraph: paragraph!, n: n!, id: row.id };
  }
  return ids;
}

function guessSpeakers(rows: readonly SegmentRow[]): Set<string> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = row.source.trim();
    const bare = label.replace(/[:：]$/, '');
    if (
      bare === '' ||
      [...bare].length > MAX_LABEL_LENGTH ||
      SENTENCE_PUNCTUATION.test(bare) ||
      !/\p{L}/u.test(bare)
    ) {
      continue;
    }
    // A label written with its colon is a label even once.
    counts.set(label, (counts.get(label) ?? 0) + (bare !== label ? 2 : 1));
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([label]) => label));
}
