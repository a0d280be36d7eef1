import { parentPort } from 'node:worker_threads';
import type { FromPoolThread, ToPoolThread } from './thread-pool.js';

/** What a job running on a pool's thread can do besides its work: tell a note, ask the main thread a question. */
export interface ThreadTools<Note> {
  readonly note: (note: Note) => void;
  /** The main thread's answer to `question`; asked once per thread, remembered after. */
  readonly ask: <T>(question: string) => Promise<T>;
}

/**
 * Serves the jobs a {@link ThreadPool} sends this thread, one at a time: `run` does one and gives its result and the
 * buffers to move to the main thread rather than copy.
 */
export function serveJobs<Job, Result, Note>(
  run: (
    job: Job,
    tools: ThreadTools<Note>,
  ) => Promise<{ readonly result: Result; readonly buffers?: ArrayBuffer[] }>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs on a worker thread');
  const send = (message: FromPoolThread<Result, Note>, buffers: ArrayBuffer[] = []) =>
    port.postMessage(message, buffers);
  const answers = new Map<string, Promise<unknown>>();
  const waiting = new Map<string, (answer: unknown) => void>();
  const tools: ThreadTools<Note> = {
    note: (note) => send({ type: 'note', note }),
    ask: <T>(question: string) => {
      let answer = answers.get(question);
      if (!answer) {
        answer = new Promise((resolve) => waiting.set(question, resolve));
        answers.set(question, answer);
        send({ type: 'ask', question });
      }
      return answer as Promise<T>;
    },
  };
  port.on('message', (message: ToPoolThread<Job>) => {
    if (message.type === 'answer') {
      waiting.get(message.question)?.(message.answer);
      waiting.delete(message.question);
      return;
    }
    run(message.job, tools).then(
      ({ result, buffers }) => send({ type: 'done', result }, buffers),
      (error: unknown) =>
        send({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
