import type { ProgressEvent } from '../pipeline/align-files.js';

/** What the progress display knows at a moment of the run. */
export interface ProgressState {
  readonly files: number;
  readonly filesDone: number;
  readonly failed: number;
  readonly segments: number;
  readonly bytes: number;
  readonly bytesDone: number;
  readonly elapsedMs: number;
}

/** Folds one pipeline event into the state. */
export function advanceProgress(
  state: ProgressState,
  event: ProgressEvent,
  elapsedMs: number,
): ProgressState {
  switch (event.type) {
    case 'start':
      return { ...state, files: event.files, bytes: event.bytes, elapsedMs };
    case 'segmented':
      return { ...state, segments: state.segments + event.segments, elapsedMs };
    case 'file-done':
      return {
        ...state,
        filesDone: state.filesDone + 1,
        failed: state.failed + (event.result.ok ? 0 : 1),
        bytesDone: state.bytesDone + event.bytes,
        elapsedMs,
      };
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
};

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One line of progress: `[██████░░░░░░] 3/10 files · 1,234 segments · 0:12 left`. */
export function renderProgress(state: ProgressState, width = 24): string {
  const fraction =
    state.bytes > 0 ? state.bytesDone / state.bytes : state.files > 0 ? state.filesDone / state.files : 0;
  const filled = Math.round(Math.min(1, fraction) * width);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
  const left =
    fraction > 0 && fraction < 1
      ? ` · ${clock((state.elapsedMs * (1 - fraction)) / fraction)} left`
      : fraction >= 1
        ? ' · done'
        : '';
  const failed = state.failed > 0 ? ` · ${state.failed} failed` : '';
  return `${bar} ${state.filesDone}/${state.files} files · ${state.segments.toLocaleString('en-US')} segments${failed}${left}`;
}
