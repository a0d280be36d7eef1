import type { Finding } from '../model/index.js';
import { QA_CHECKS } from './checks/index.js';
import type { QaCheck, QaContext } from './types.js';

export type { QaCheck, QaContext } from './types.js';

/**
 * Runs the checks over a translated document. Findings come in document order (segments missing from the workbook
 * where they belonged), then in check order within a segment; findings with no segment come last.
 */
export function runChecks(context: QaContext, checks: readonly QaCheck[] = QA_CHECKS): Finding[] {
  const rank = segmentRanks(context);
  const ranked = checks.flatMap((check, checkIndex) =>
    check(context).map((finding) => ({
      finding,
      segment: finding.id === undefined ? Number.POSITIVE_INFINITY : (rank.get(finding.id) ?? rank.size),
      checkIndex,
    })),
  );
  // Array.prototype.sort is stable: a check's own order survives within a segment.
  ranked.sort((a, b) => a.segment - b.segment || a.checkIndex - b.checkIndex);
  return ranked.map(({ finding }) => finding);
}

/**
 * Position of every id in document order, with expected ids the workbook lost slotted in after the expected id
 * before them, so "p3.s2 is missing" comes between the findings of p3.s1 and p3.s3.
 */
function segmentRanks(context: QaContext): Map<string, number> {
  const present = context.document.segments.map((segment) => segment.id);
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
  };
  const presentIndex = new Map(present.map((id, index) => [id, index]));
  let next = 0;
  for (const id of context.expectedIds ?? []) {
    const index = presentIndex.get(id);
    if (index !== undefined) {
      while (next <= index) add(present[next++]!);
    } else add(id);
  }
  while (next < present.length) add(present[next++]!);
  return new Map(order.map((id, index) => [id, index]));
}
