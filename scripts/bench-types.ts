/** What scripts/bench.ts, its child process and the scenario modules share. */

export interface ScenarioParams {
  /** Input text file. */
  readonly text?: string;
  /** Input text files, for the batch rows. */
  readonly texts?: readonly string[];
  /** `--jobs`, for the batch and command rows (the command uses every core without it). */
  readonly jobs?: number;
  /** Glossary files, as `--glossary` would name them. */
  readonly glossaries?: readonly string[];
  /** Folder for outputs. */
  readonly out?: string;
  /** Segments to keep (the DOCX rows) or sentences a side (the aligner row). */
  readonly count?: number;
  /** Take every `stride`-th segment (the naive scan, which is too slow to run over all of them). */
  readonly stride?: number;
}

/** What a scenario reports besides its time; the child adds time and memory. */
export interface ScenarioCounts {
  /** Bytes of source text the timed work went through. */
  readonly bytes?: number;
  readonly segments?: number;
  /** Glossary entries. */
  readonly entries?: number;
  readonly termMatches?: number;
  /** Anything a reader of the table must know about this row. */
  readonly note?: string;
  /** Why the row could not run (a module not there yet). */
  readonly skipped?: string;
}

/** Runs the measured work; a scenario calls it exactly once, after preparing its inputs. */
export type Timed = <T>(work: () => T | Promise<T>) => Promise<T>;
export type Scenario = (params: ScenarioParams, timed: Timed) => Promise<ScenarioCounts>;

export function need<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Expected the scenario parameter \`${name}\``);
  return value;
}

/** What the child prints: the scenario's counts plus time and memory. */
export interface ChildResult extends ScenarioCounts {
  /** Wall-clock time of the timed work. */
  readonly ms?: number;
  /** CPU time of the process (all its threads) during the timed work. */
  readonly cpuMs?: number;
  /** Resident set size just before the timed work, in MB: what the prepared inputs and the runtime take. */
  readonly rssBeforeMb?: number;
  /** Peak resident set size of the whole process, in MB. */
  readonly peakRssMb: number;
}

/** Starts the line of the child's stdout that holds its {@link ChildResult} as JSON. */
export const RESULT_PREFIX = 'BENCH ';
