import type { Worker } from 'node:worker_threads';
import { startWorker } from './worker-thread.js';

/** What the main thread tells a pool's thread: a job to run, or the answer to a question the job asked. */
export type ToPoolThread<Job> =
  | { readonly type: 'run'; readonly job: Job }
  | { readonly type: 'answer'; readonly question: string; readonly answer: unknown };

/** What a pool's thread tells the main thread: a note on the job's way, a question, or how the job ended. */
export type FromPoolThread<Result, Note> =
  | { readonly type: 'note'; readonly note: Note }
  | { readonly type: 'ask'; readonly question: string }
  | { readonly type: 'done'; readonly result: Result }
  | { readonly type: 'failed'; readonly error: string };

/**
 * Worker threads that each run one job at a time (a workbook to check or build), so that the jobs of a run share out
 * the cores and the main thread stays free to show progress and stop on Ctrl-C. A thread runs
 * the module `name` next to this one, which serves jobs with {@link serveJobs}; it starts with `workerData`, tells the
 * main thread notes on a job's way (its steps), and may ask questions (`answer` gives the answers; each question is
 * asked once per thread). A thread that fails (out of memory) fails its job alone: the pool starts another for the
 * next. Close the pool when done, or its threads keep the process alive.
 */
export class ThreadPool<Job, Result, Note> {
  readonly #module: string;
  readonly #workerData: unknown;
  readonly #answer: (question: string) => Promise<unknown>;
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();

  constructor(
    module: string,
    workerData: unknown,
    answer: (question: string) => Promise<unknown> = async () => undefined,
  ) {
    this.#module = module;
    this.#workerData = workerData;
    this.#answer = answer;
  }

  /** Runs `job` on an idle thread, or a new one; `onNote` hears its notes. */
  run(job: Job, onNote: (note: Note) => void): Promise<Result> {
    const worker = this.#idle.pop() ?? this.#start();
    return new Promise<Result>((resolve, reject) => {
      const settle = (sound: boolean) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (sound) this.#idle.push(worker);
        else this.#drop(worker);
      };
      const onMessage = (message: FromPoolThread<Result, Note>) => {
        switch (message.type) {
          case 'note':
            onNote(message.note);
            return;
          case 'ask':
            this.#answer(message.question).then(
              (answer) => {
                const reply: ToPoolThread<Job> = { type: 'answer', question: message.question, answer };
                worker.postMessage(reply);
              },
              (error: unknown) => {
                settle(false);
                reject(error instanceof Error ? error : new Error(String(error)));
              },
            );
            return;
          case 'done':
            settle(true);
            resolve(message.result);
            return;
          case 'failed':
            // The job threw; the thread is sound and takes the next one.
            settle(true);
            reject(new Error(message.error));
        }
      };
      const onError = (error: Error) => {
        settle(false);
        reject(threadFailure(error));
      };
      const onExit = (code: number) => {
        settle(false);
        reject(new Error(`the thread that was working on it stopped (exit code ${code})`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const request: ToPoolThread<Job> = { type: 'run', job };
      worker.postMessage(request);
    });
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    const all = [...this.#all];
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  #start(): Worker {
    const worker = startWorker(import.meta.url, this.#module, this.#workerData);
    this.#all.add(worker);
    return worker;
  }

  #drop(worker: Worker): void {
    this.#all.delete(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle !== -1) this.#idle.splice(idle, 1);
    void worker.terminate();
  }
}

/** Why a thread stopped, in words for its workbook's line in the summary. */
function threadFailure(error: Error): Error {
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error(
      'it took more memory than Node.js lets one of tandem’s threads use on this computer. Run the same command ' +
        'for this workbook alone with --jobs 1, or allow more memory: put NODE_OPTIONS=--max-old-space-size=4096 ' +
        'before the command (macOS, Linux).',
    );
  }
  return error;
}
