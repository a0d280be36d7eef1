import type { OutputFormat, ProgressEvent } from '../pipeline/align-files.js';

/** A file under way: its size and how far along its own work it is. */
export interface ActiveFile {
  readonly bytes: number;
  /** Share of the file's work done, 0–1, by {@link STAGE_COST} and {@link WRITE_COST}. */
  readonly done: number;
  /** What it is doing now, for the bar: `matching terms 40%`, `writing xlsx`. */
  readonly doing: string;
}

/** What the progress display knows at a moment of the run. */
export interface ProgressState {
  readonly files: number;
  readonly filesDone: number;
  readonly failed: number;
  readonly segments: number;
  readonly bytes: number;
  /** Bytes of the files that are done. */
  readonly bytesDone: number;
  readonly elapsedMs: number;
  /** When the `start` event came: the time left is reckoned from then, without loading the glossary. */
  readonly startedMs: number;
  /** Output formats in the order each file writes them. */
  readonly formats: readonly OutputFormat[];
  /** Files read and not yet done, by input. */
  readonly active: ReadonlyMap<string, ActiveFile>;
}

/**
 * Rough cost of each stage of a file, in seconds per MB of input, after `npm run bench` (10 MB of Chinese with a
 * 20,000-entry glossary). Only the bar and its time left use them, so that a file's bar moves at the pace of the
 * work; retune them when a stage gets much faster or slower.
 */
export const STAGE_COST = { read: 0.01, segment: 0.04, match: 0.16, pair: 0.025 } as const;
/** Rough cost of writing each output format, in seconds per MB of input (see {@link STAGE_COST}). */
export const WRITE_COST: Readonly<Record<OutputFormat, number>> = { xlsx: 0.22, docx: 0.5, json: 0.15 };

/** Below this, a time-left estimate is mostly noise. */
export const MIN_ESTIMATE_MS = 1000;

function fileCost(formats: readonly OutputFormat[], writtenUpTo = formats.length): number {
  let cost = STAGE_COST.read + STAGE_COST.segment + STAGE_COST.match + STAGE_COST.pair;
  for (const format of formats.slice(0, writtenUpTo)) cost += WRITE_COST[format];
  return cost;
}

/** How far along a file is after an event of its own, 0–1, and what it does next. */
function fileStage(
  event: Exclude<ProgressEvent, { type: 'start' | 'file-done' }>,
  formats: readonly OutputFormat[],
): { done: number; doing: string } {
  const total = fileCost(formats);
  const { read, segment, match } = STAGE_COST;
  const writing = (written: number) => ({
    done: fileCost(formats, written) / total,
    doing: written < formats.length ? `writing ${formats[written]}` : 'finishing',
  });
  switch (event.type) {
    case 'read':
      return { done: read / total, doing: 'segmenting' };
    case 'segmented':
      return { done: (read + segment) / total, doing: 'matching terms' };
    case 'matching': {
      const share = event.total > 0 ? event.matched / event.total : 1;
      return {
        done: (read + segment + match * share) / total,
        doing: `matching terms ${Math.floor(share * 100)}%`,
      };
    }
    case 'carrying-over':
      // Right after reading the file, before it is segmented: the earlier workbook is read first.
      return { done: read / total, doing: 'reading the earlier workbook' };
    case 'paired':
      return writing(0);
    case 'writing': {
      const before = formats.indexOf(event.format);
      return {
        done: (fileCost(formats, before) + WRITE_COST[event.format] * event.share) / total,
        doing: `writing ${event.format} ${Math.floor(event.share * 100)}%`,
      };
    }
    case 'written':
      return writing(formats.indexOf(event.format) + 1);
  }
}

/** Folds one pipeline event into the state. */
export function advanceProgress(
  state: ProgressState,
  event: ProgressEvent,
  elapsedMs: number,
): ProgressState {
  switch (event.type) {
    case 'start':
      return {
        ...state,
        files: event.files,
        bytes: event.bytes,
        formats: event.formats,
        elapsedMs,
        startedMs: elapsedMs,
      };
    case 'file-done': {
      const active = new Map(state.active);
      active.delete(event.result.input);
      return {
        ...state,
        filesDone: state.filesDone + 1,
        failed: state.failed + (event.result.ok ? 0 : 1),
        bytesDone: state.bytesDone + event.bytes,
        active,
        elapsedMs,
      };
    }
    default: {
      const before = state.active.get(event.input);
      const bytes = event.type === 'read' ? event.bytes : (before?.bytes ?? 0);
      const stage = fileStage(event, state.formats);
      // Outputs are made at once (the JSON while the workbook pauses), so their events may come out of order: the
      // bar never goes back.
      const done = Math.max(stage.done, before?.done ?? 0);
      const active = new Map(state.active).set(event.input, { bytes, done, doing: stage.doing });
      const segments = state.segments + (event.type === 'segmented' ? event.segments : 0);
      return { ...state, segments, active, elapsedMs };
    }
  }
}

export const EMPTY_PROGRESS: ProgressState = {
  files: 0,
  filesDone: 0,
  failed: 0,
  segments: 0,
  bytes: 0,
  bytesDone: 0,
  elapsedMs: 0,
  startedMs: 0,
  formats: [],
  active: new Map(),
};

/** Share of the run's work done, 0–1: files weighed by their size, files under way by how far along they are. */
export function progressFraction(state: ProgressState): number {
  if (state.bytes > 0) {
    let done = state.bytesDone;
    for (const file of state.active.values()) done += file.bytes * file.done;
    return Math.min(1, done / state.bytes);
  }
  return state.files > 0 ? state.filesDone / state.files : 0;
}

/** Estimated milliseconds left at the pace so far; undefined before there is a pace to go by. */
export function timeLeftMs(state: ProgressState): number | undefined {
  const fraction = progressFraction(state);
  const ms = state.elapsedMs - state.startedMs;
  if (fraction <= 0 || fraction >= 1 || ms < MIN_ESTIMATE_MS) return undefined;
  return (ms * (1 - fraction)) / fraction;
}

/** `1:05`; rounded up for a time left, so that what is not done never reads `0:00`. */
export function clock(ms: number, round: (n: number) => number = Math.round): string {
  const s = Math.max(0, round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One line of progress: `[██████░░░░░░] 3/10 files · 1,234 segments · 0:12 left`. With one file under way it also
 * says what that file is doing (`· writing xlsx`, last: a narrow terminal cuts it first), so that a single large
 * file shows where it is.
 */
export function renderProgress(state: ProgressState, width = 24): string {
  const fraction = progressFraction(state);
  const filled = Math.round(fraction * width);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
  const [only] = state.active.size === 1 ? state.active.values() : [];
  const doing = only && fraction < 1 ? ` · ${only.doing}` : '';
  const leftMs = timeLeftMs(state);
  const left = fraction >= 1 ? ' · done' : leftMs === undefined ? '' : ` · ${clock(leftMs, Math.ceil)} left`;
  const failed = state.failed > 0 ? ` · ${state.failed} failed` : '';
  return `${bar} ${state.filesDone}/${state.files} files · ${state.segments.toLocaleString('en-US')} segments${failed}${left}${doing}`;
}

/** Quiet time after which a log (not a terminal) hears about a file's stage. */
export const LOG_QUIET_MS = 2000;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A stage event as words for a log line, `book.txt: 75,764 segments`. */
function stageWords(
  event: Exclude<ProgressEvent, { type: 'start' | 'file-done' }>,
  state: ProgressState,
): string {
  const n = (value: number) => value.toLocaleString('en-US');
  switch (event.type) {
    case 'read':
      return `${event.input}: read ${megabytes(event.bytes)}`;
    case 'segmented':
      return `${event.input}: ${n(event.segments)} segments`;
    case 'matching':
      return event.matched < event.total
        ? `${event.input}: matching terms, ${n(event.matched)} of ${n(event.total)} segments`
        : `${event.input}: terms matched in ${n(event.total)} segments`;
    case 'paired': {
      const first = state.formats[0];
      return `${event.input}: rows made${first ? `, writing ${first}` : ''}`;
    }
    case 'carrying-over':
      return `${event.input}: reading the earlier workbook, to carry its translations over`;
    case 'writing':
      return `${event.input}: writing ${event.format}, ${Math.floor(event.share * 100)}%`;
    case 'written': {
      const next = state.formats[state.formats.indexOf(event.format) + 1];
      return `${event.input}: wrote ${event.path}${next ? `, writing ${next}` : ''}`;
    }
  }
}

/**
 * Progress for a log rather than a terminal (CI, a file): few lines. Each file's `✓` line is printed by the caller
 * when it is done; besides those, a stage event (a file read, segmented, matched, paired, an output written) gets a
 * line only when nothing was printed for `quietMs` (and not the last output, which the `✓` line follows at once), so
 * a large file shows it is moving while a run of small files prints nothing more. Returns a function that takes each
 * event with the state after it and gives the line to print, if any.
 */
export function logProgress(
  quietMs = LOG_QUIET_MS,
): (event: ProgressEvent, state: ProgressState) => string | undefined {
  let lastLineMs = 0;
  return (event, state) => {
    if (event.type === 'start') return undefined;
    if (event.type === 'file-done') {
      lastLineMs = state.elapsedMs;
      return undefined;
    }
    // The last output written: the file's ✓ line follows at once.
    const last = event.type === 'written' && event.format === state.formats.at(-1);
    if (last || state.elapsedMs - lastLineMs < quietMs) return undefined;
    lastLineMs = state.elapsedMs;
    const percent = Math.floor(progressFraction(state) * 100);
    const leftMs = timeLeftMs(state);
    const left = leftMs === undefined ? '' : `, about ${clock(leftMs, Math.ceil)} left`;
    return `… ${stageWords(event, state)} (${clock(state.elapsedMs)}, ${percent}% of the run${left})`;
  };
}
