import { z } from 'zod';

/** How bad a finding is: `error` blocks a clean delivery, `warning` wants a look, `info` is a hint. */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * A problem found in a user's file or in a translation. Problems in user files are data, not exceptions:
 * every stage collects them and keeps going.
 */
export const Finding = z.object({
  /** Stable machine-readable code, kebab-case, e.g. `glossary-missing-target`, `empty-target`. */
  code: z.string().min(1),
  severity: Severity,
  /** What is wrong and what to do, in words a translator understands. */
  message: z.string().min(1),
  /** File the problem is in (as the user named it). */
  file: z.string().optional(),
  /** 1-based line number in a text file (CSV, TSV, TXT). */
  line: z.number().int().positive().optional(),
  /** Spreadsheet cell, `Sheet!C14`. */
  cell: z.string().optional(),
  /** Segment id, `p3.s12`. */
  id: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Where a finding points, rendered for people: `glossary/terms.csv:14`, `interview.xlsx Segments!C14 (p3.s2)`. */
export function formatPlace(finding: Pick<Finding, 'file' | 'line' | 'cell' | 'id'>): string {
  let place = finding.file ?? '';
  if (finding.line !== undefined) place += `${place ? ':' : 'line '}${finding.line}`;
  if (finding.cell !== undefined) place += `${place ? ' ' : ''}${finding.cell}`;
  if (finding.id !== undefined) place += place ? ` (${finding.id})` : finding.id;
  return place;
}

/** One finding as one line of text for a terminal. */
export function formatFinding(finding: Finding): string {
  const place = formatPlace(finding);
  return `${finding.severity}${place ? ` ${place}` : ''}: ${finding.message} [${finding.code}]`;
}
