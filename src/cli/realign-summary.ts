import { formatFinding } from '../model/index.js';
import type { RealignReport } from '../pipeline/realign.js';

/**
 * What re-aligning over an existing workbook did, as lines for the run's summary: what was carried over, what needs
 * review, what went to the Orphans sheet, and where the previous workbook was kept.
 */
export function realignLines(report: RealignReport): string[] {
  const lines: string[] = [];
  if (report.problem) {
    lines.push(`! ${report.problem}`);
  } else if (report.counts) {
    const c = report.counts;
    lines.push(
      `Carried over from the existing workbook: ${c.kept + c.moved} translation(s) kept` +
        `${c.moved > 0 ? ` (${c.moved} of them under new IDs)` : ''}, ` +
        `${c.needsReview} with a changed source marked “needs review”` +
        `${c.restored > 0 ? `, ${c.restored} restored from the Orphans sheet` : ''}.`,
    );
    if (c.orphaned > 0) {
      lines.push(
        `${c.orphaned} translation(s) whose segment is gone moved to the Orphans sheet (${c.orphans} there now).`,
      );
    } else if (c.orphans > 0) {
      lines.push(`${c.orphans} translation(s) stay on the Orphans sheet.`);
    }
    if (report.backup) lines.push(`The previous workbook was kept as ${report.backup}.`);
  }
  // An unreadable workbook's error is already the problem line; a readable one's errors say what became orphans.
  const shown = report.problem ? [] : report.findings.filter((f) => f.severity === 'error').slice(0, 5);
  for (const finding of shown) lines.push(`  ${formatFinding(finding)}`);
  return lines;
}
