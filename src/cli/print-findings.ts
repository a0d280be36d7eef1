import { type Finding, formatPlace, type Severity } from '../model/index.js';
import { addTo } from '../util/add-to.js';
import { countOf } from './count-of.js';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** `3 errors · 12 warnings · 1 note`, leaving out what there is none of. */
export function countFindings(findings: readonly Finding[]): string {
  const parts = ORDER.flatMap((severity) => {
    const n = findings.filter((f) => f.severity === severity).length;
    const word = severity === 'info' ? 'note' : severity;
    return n > 0 ? [countOf(n, word, `${word}s`)] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : 'no problems';
}

/**
 * Findings as lines for a terminal, grouped by severity and then by check, each check's findings in document order
 * and at most `perCode` of them (the rest counted), the place first so the eye can run down the cells:
 *
 *     Errors
 *       empty-target (2)
 *         Segments!C5 (p3.s2)  Target is empty; translate “全文如下”.
 */
export function groupFindings(findings: readonly Finding[], perCode = 10, indent = '  '): string[] {
  const lines: string[] = [];
  for (const severity of ORDER) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`${indent}${TITLES[severity]}`);
    const byCode = new Map<string, Finding[]>();
    for (const finding of ofSeverity) addTo(byCode, finding.code, finding);
    for (const [code, list] of byCode) {
      lines.push(`${indent}  ${code} (${list.length.toLocaleString('en-US')})`);
      for (const finding of list.slice(0, perCode)) {
        const place = formatPlace({ ...finding, file: undefined });
        lines.push(`${indent}    ${place ? `${place}  ` : ''}${finding.message}`);
      }
      if (list.length > perCode)
        lines.push(`${indent}    … and ${(list.length - perCode).toLocaleString('en-US')} more`);
    }
  }
  return lines;
}
