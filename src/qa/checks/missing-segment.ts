import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

/**
 * Flags ids of the original segmentation that the workbook no longer has: a translator deleted the row (or
 * filtered and cut it), and that passage would silently vanish from the translated document.
 */
export const missingSegment: QaCheck = (context) => {
  if (!context.expectedIds) return [];
  const present = new Set(context.document.segments.map((segment) => segment.id));
  return [...new Set(context.expectedIds)]
    .filter((id) => !present.has(id))
    .map((id) =>
      segmentFinding(context, id, {
        code: 'missing-segment',
        severity: 'error',
        message: `Segment ${id} is missing from the workbook (row deleted?); restore its row from the original workbook.`,
      }),
    );
};
