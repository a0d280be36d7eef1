import type { TermMatch, TermStatus } from '../../src/model/index.js';

/** The match the glossary matcher would store for `term` in `source`. */
export function termIn(
  source: string,
  term: string,
  targets: readonly string[],
  status: TermStatus = 'preferred',
): TermMatch {
  const start = source.indexOf(term);
  if (start < 0) throw new Error(`${term} is not in ${source}`);
  return {
    start,
    end: start + term.length,
    source: term,
    target: targets[0] ?? '',
    targets: [...targets],
    status,
  };
}
