import type { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { GlossaryEntry, TermMatch } from '../../model/index.js';
import { startWorker } from '../worker-thread.js';
import { type PackedMatches, unpackMatches } from './match-codec.js';

/** What a matching thread is asked: the sources of a run of segments, in a language. */
export interface MatchRequest {
  readonly id: number;
  readonly language: string;
  readonly sources: readonly string[];
}

/** What it answers: the packed matches of the run, or why it could not. */
export type MatchReply =
  | { readonly id: number; readonly packed: PackedMatches; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly packed?: undefined };

/** What a matching thread starts with: the glossary and, when known, the language to build an index for at once. */
export interface MatchWorkerData {
  readonly entries: readonly GlossaryEntry[];
  readonly language?: string;
}

/** Segments sent to a thread at once: enough to make a message worth it, few enough to share work out evenly. */
const CHUNK = 2_000;

/** Starts a matching thread with the glossary and, when known, the language to index at once. */
function startMatchWorker(entries: readonly GlossaryEntry[], language: string | undefined): Worker {
  const workerData: MatchWorkerData = { entries, ...(language ? { language } : {}) };
  return startWorker(import.meta.url, 'match-worker', workerData);
}

interface Thread {
  readonly worker: Worker;
  /** Why the thread stopped, once it has: nothing more is sent to it. */
  failure?: Error;
  readonly waiting: Map<number, { resolve: (packed: PackedMatches) => void; reject: (error: Error) => void }>;
}

/**
 * Term matching on worker threads, so that a big document's matching (the costliest stage) runs on every core. Each
 * thread holds its own term index of the same glossary; a document's segments are matched in runs, spread over the
 * threads, and come back in order. Close the pool when done, or the threads keep the process alive.
 */
export class MatchPool {
  readonly #threads: Thread[] = [];
  readonly #idle: Thread[] = [];
  readonly #queue: PQueue;
  #nextId = 0;

  /**
   * Starts `size` threads. With `language` (a primary tag, `zh`), each builds that language's index as soon as it
   * starts, so that a pool started early is ready when the first segments arrive.
   */
  constructor(entries: readonly GlossaryEntry[], size: number, language?: string) {
    for (let i = 0; i < size; i++) {
      const worker = startMatchWorker(entries, language);
      const thread: Thread = { worker, waiting: new Map() };
      worker.on('message', (reply: MatchReply) => {
        const waiting = thread.waiting.get(reply.id);
        thread.waiting.delete(reply.id);
        if (reply.error !== undefined) waiting?.reject(new Error(`Term matching failed: ${reply.error}`));
        else waiting?.resolve(reply.packed);
      });
      const fail = (error: Error) => {
        thread.failure ??= error;
        for (const waiting of thread.waiting.values()) waiting.reject(thread.failure);
        thread.waiting.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`A term matching thread stopped (exit code ${code}).`)));
      this.#threads.push(thread);
      this.#idle.push(thread);
    }
    this.#queue = new PQueue({ concurrency: size });
  }

  /**
   * The matches of each source, as `matchTerms` finds them. `onProgress` hears how many sources are done as runs
   * come back.
   */
  async match(
    language: string,
    sources: readonly string[],
    onProgress?: (done: number) => void,
  ): Promise<TermMatch[][]> {
    const runs: Promise<TermMatch[][]>[] = [];
    let done = 0;
    for (let at = 0; at < sources.length; at += CHUNK) {
      const run = sources.slice(at, at + CHUNK);
      runs.push(
        this.#queue.add(async () => {
          const matches = unpackMatches(await this.#send(language, run));
          done += run.length;
          onProgress?.(done);
          return matches;
        }) as Promise<TermMatch[][]>,
      );
    }
    return (await Promise.all(runs)).flat();
  }

  #send(language: string, sources: readonly string[]): Promise<PackedMatches> {
    const thread = this.#idle.pop();
    if (!thread) throw new Error('Expected an idle matching thread: the queue runs one run per thread.');
    const id = this.#nextId++;
    return new Promise<PackedMatches>((resolve, reject) => {
      if (thread.failure) {
        reject(thread.failure);
        return;
      }
      thread.waiting.set(id, { resolve, reject });
      const request: MatchRequest = { id, language, sources };
      thread.worker.postMessage(request);
    }).finally(() => this.#idle.push(thread));
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
  }
}
