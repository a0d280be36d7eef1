import type { Output } from '../../src/cli.js';

/** A CLI output that records what it is given: log lines, error lines and status-line updates. */
export function recorder(isTTY = false): Output & { logs: string[]; errors: string[]; statuses: string[] } {
  const logs: string[] = [];
  const errors: string[] = [];
  const statuses: string[] = [];
  return {
    logs,
    errors,
    statuses,
    isTTY,
    log: (line) => logs.push(line),
    error: (line) => errors.push(line),
    status: (line) => statuses.push(line),
  };
}
