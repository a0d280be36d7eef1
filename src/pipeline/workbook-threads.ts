import type { Worker } from 'node:worker_threads';
import type { GlossaryEntry } from '../model/index.js';
import type { BuildJobResult, JobResult, QaJobResult, WorkbookJob } from './workbook-job.js';
import { startWorker } from './worker-thread.js';

/** What the main thread tells a workbook thread: a job to run, or the glossary the job asked for. */
export type ToWorkbookThread =
  | { readonly type: 'run'; readonly job: WorkbookJob }
  | {
      readonly type: 'glossary';
      readonly targetLanguage: string;
      readonly entries: readonly GlossaryEntry[] | undefined;
    };

/** What a workbook thread tells the main thread: a step, a glossary it needs, or how the job ended. */
export type FromWorkbookThread =
  | { readonly type: 'step'; readonly words: string }
  | { readonly type: 'glossary'; readonly targetLanguage: string }
  | { readonly type: 'done'; readonly result: QaJobResult | BuildJobResult }
  | { readonly type: 'failed'; readonly error: string };

/**
 * Worker threads that run `tandem qa` and `tandem build` jobs (see `workbook-job.ts`), one job per thread at a time,
 * so that several workbooks are read, checked and turned into documents on as many cores, and the main thread stays
 * free to show progress. A thread that fails (a workbook that takes more memory than a thread may have) fails its
 * job alone; the others go on. Close the threads when done, or they keep the process alive.
 */
export class WorkbookThreads {
  readonly #glossary: (targetLanguage: string) => Promise<readonly GlossaryEntry[] | undefined>;
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();

  /** `glossary` gives the `--glossary` entries for a target language, as the jobs ask for them. */
  constructor(glossary: (targetLanguage: string) => Promise<readonly GlossaryEntry[] | undefined>) {
    this.#glossary = glossary;
  }

  /** Runs `job` on an idle thread, or a new one; `step` hears its steps. */
  run<J extends WorkbookJob>(job: J, step: (words: string) => void): Promise<JobResult<J>> {
    const worker = this.#idle.pop() ?? this.#start();
    return new Promise<JobResult<J>>((resolve, reject) => {
      const settle = (idle: boolean) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (idle) this.#idle.push(worker);
        else this.#drop(worker);
      };
      const onMessage = (message: FromWorkbookThread) => {
        switch (message.type) {
          case 'step':
            step(message.words);
            return;
          case 'glossary':
            this.#glossary(message.targetLanguage).then(
              (entries) => {
                const reply: ToWorkbookThread = {
                  type: 'glossary',
                  targetLanguage: message.targetLanguage,
                  entries,
                };
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
            resolve(message.result as JobResult<J>);
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
      const request: ToWorkbookThread = { type: 'run', job };
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
    const worker = startWorker(import.meta.url, 'workbook-worker', undefined);
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

/** Why a thread stopped, in words for the workbook's line in the summary. */
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
