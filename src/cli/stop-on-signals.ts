import { removeTempFiles } from '../pipeline/write-file-atomic.js';

/** What a stopped run prints on: the terminal's status line and its error stream. */
interface StopOutput {
  readonly isTTY?: boolean;
  error(line: string): void;
  status?(line: string): void;
}

/** What the commands running now have to say when stopped: see {@link whenStopped}. */
const reporters = new Set<() => string | undefined>();

/**
 * Registers what a command says when it is stopped: it may print what it had done (the files finished, which a
 * progress bar kept for the end), and gives a sentence for the stop line (`2 of 6 files were written to out.`).
 * Returns what takes it away again, for when the command is done.
 */
export function whenStopped(report: () => string | undefined): () => void {
  reporters.add(report);
  return () => reporters.delete(report);
}

/** Exit codes of a run stopped by a signal, as shells give them (128 + the signal's number). */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Makes Ctrl-C (or a signal to stop) end the run cleanly: the half-written temporary files of the outputs being
 * written are removed, so that the files they were to replace stay as they were and no hidden file is left beside
 * them, and the user is told what state the outputs are in. Outputs written before are complete. Returns what
 * takes the handlers away again.
 */
export function stopOnSignals(
  out: StopOutput,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
    const handler = (): void => {
      const stopped = removeTempFiles();
      if (out.isTTY) out.status?.('');
      const done = [...reporters].map((report) => report()).filter((said) => said !== undefined);
      out.error(
        [`Stopped by ${signal === 'SIGINT' ? 'Ctrl-C' : signal}.`, ...done, stoppedState(stopped)].join(' '),
      );
      exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

function stoppedState(stopped: number): string {
  if (stopped === 0) return 'The outputs written before are complete; no file was left half-written.';
  const these = stopped === 1 ? 'the one being written was' : `the ${stopped} being written were`;
  return `The outputs written before are complete; ${these} removed half-way, and what they were to replace is as it was.`;
}
