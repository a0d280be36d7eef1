import { formatFinding } from '../model/index.js';
import type { RealignReport } from '../pipeline/realign.js';
import { countOf } from './count-of.js';

/**
 * What re-aligning over an existing workbook did, as lines for the run's summary: what was carried over, what needs
 * review, what went to the Orphans sheet, and where the previous workbook was kept. A workbook found under another
 * name is named, so the translator knows which file the new one continues (and that the old one is still there).
 */
export function realignLines(report: RealignReport): string[] {
  const lines: string[] = [];
  if (report.problem) {
    lines.push(`! ${report.problem}`);
  } else if (report.counts) {
    const c = report.counts;
    const from = report.foundBySourceFile
      ? `${report.previous}, made from this input by an earlier run under another name (it is left as it is)`
      : 'the existing workbook';
    lines.push(
      `Carried over from ${from}: ${countOf(c.kept + c.moved, 'translation', 'translations')} kept` +
        `${c.moved > 0 ? ` (${c.moved} of them under new IDs)` : ''}, ` +
        `${c.needsReview} with a changed source marked “needs review”` +
        `${c.restored > 0 ? `, ${c.restored} restored from the Orphans sheet` : ''}.`,
    );
    if (c.orphaned > 0) {
      lines.push(
        `${countOf(c.orphaned, 'translation', 'translations')} whose segment is gone moved to the Orphans sheet (${c.orphans} there now).`,
      );
    } else if (c.orphans > 0) {
      lines.push(`${countOf(c.orphans, 'translation stays', 'translations stay')} on the Orphans sheet.`);
    }
    if (report.backup) lines.push(`The previous workbook was kept as ${report.backup}.`);
  }
  // An unreadable workbook's error is already the problem line; a readable one's errors say what became orphans.
  const shown = report.problem ? [] : report.findings.filter((f) => f.severity === 'error').slice(0, 5);
  for (const finding of shown) lines.push(`  ${formatFinding(finding)}`);
  return lines;
}
