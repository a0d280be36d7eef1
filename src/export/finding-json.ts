import type { Finding } from '../model/index.js';

/**
 * A finding as a JSON object, the one shape every JSON output gives it (the document's JSON, `--json` of `align`,
 * `build` and `qa`): code and severity, then where (segment ID, cell), the message, and the file and line it came
 * from. Keys without a value are left out; the order is fixed here, not by how the finding was put together.
 */
export function findingJson(finding: Finding) {
  return {
    code: finding.code,
    severity: finding.severity,
    ...(finding.id === undefined ? {} : { id: finding.id }),
    ...(finding.cell === undefined ? {} : { cell: finding.cell }),
    message: finding.message,
    ...(finding.file === undefined ? {} : { file: finding.file }),
    ...(finding.line === undefined ? {} : { line: finding.line }),
  };
}
