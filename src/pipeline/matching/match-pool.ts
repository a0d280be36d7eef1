import type { Worker } from 'node:worker_threads';
import type { GlossaryEntry, TermMatch } from '../../model/index.js';
import { startWorker } from '../worker-thread.js';
import { type PackedMatches, unpackMatches } from './match-codec.js';

/** Source and target language of the texts matched (primary tags), as `buildTermIndex` takes them. */
export interface MatchLanguages {
  readonly language: string;
  readonly targetLanguage?: string;
}

/** What a matching thread is asked: the sources of a run of segments, in a language pair. */
export interface MatchRequest extends MatchLanguages {
  readonly id: number;
  readonly sources: readonly string[];
}

/** What it answers: the packed matches of the run, or why it could not. */
export type MatchReply =
  | { readonly id: number; readonly packed: PackedMatches; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly packed?: undefined };

/** What a matching thread starts with: the glossary and, when known, the languages to build an index for at once. */
export interface MatchWorkerData {
  readonly entries: readonly GlossaryEntry[];
  readonly languages?: MatchLanguages;
}

/** Segments sent to a thread at once: enough to make a message worth it, few enough to share work out evenly. */
const CHUNK = 2_000;

/** Starts a matching thread with the glossary and, when known, the languages to index at once. */
function startMatchWorker(entries: readonly GlossaryEntry[], languages: MatchLanguages | undefined): Worker {
  const workerData: MatchWorkerData = { entries, ...(languages ? { languages } : {}) };
  return startWorker(import.meta.url, 'match-worker', workerData);
}

interface Thread {
  readonly worker: Worker;
  /** Why the thread stopped, once it has: nothing more is sent to it. */
  failure?: Error;
  readonly waiting: Map<number, { resolve: (packed: PackedMatches) => void; reject: (error: Error) => void }>;
}

/** Requests kept in flight per thread, so that a thread has its next run while its last answer crosses over. */
const IN_FLIGHT = 2;

/**
 * Term matching on worker threads, so that a big document's matching (the costliest stage) runs on every core. Each
 * thread holds its own term index of the same glossary; a document's segments are matched in runs handed out to
 * the threads (and to the calling thread, when it is given a way to match) as each is ready for more, and come back
 * in order. Close the pool when done, or the threads keep the process alive.
 */
export class MatchPool {
  readonly #threads: Thread[] = [];
  #nextId = 0;

  /**
   * Starts `size` threads. With `languages`, each builds their index as soon as it starts, so that a pool started
   * early is ready when the first segments arrive.
   */
  constructor(entries: readonly GlossaryEntry[], size: number, languages?: MatchLanguages) {
    for (let i = 0; i < size; i++) {
      const worker = startMatchWorker(entries, languages);
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
    }
  }

  /**
   * The matches of each source, as `matchTerms` finds them. `onProgress` hears how many sources are done as runs
   * come back. With `local`, the calling thread matches runs too, between looking at the threads' answers, and takes
   * over the runs of a thread that failed.
   */
  async match(
    languages: MatchLanguages,
    sources: readonly string[],
    onProgress?: (done: number) => void,
    local?: (sources: readonly string[]) => TermMatch[][],
  ): Promise<TermMatch[][]> {
    const runs: TermMatch[][][] = [];
    const count = Math.ceil(sources.length / CHUNK);
    let next = 0;
    let done = 0;
    const finished = (k: number, matches: TermMatch[][]) => {
      runs[k] = matches;
      done += matches.length;
      onProgress?.(done);
    };
    const run = (k: number) => sources.slice(k * CHUNK, (k + 1) * CHUNK);
    const targets = new Map<string, string[]>();
    const lane = async (thread: Thread) => {
      for (let k = next++; k < count; k = next++) {
        let matches: TermMatch[][];
        try {
          matches = unpackMatches(await this.#send(thread, languages, run(k)), targets);
        } catch (error) {
          // A thread that failed (out of memory, a bug) leaves its runs to the calling thread, when it matches.
          if (!local) throw error;
          matches = local(run(k));
        }
        finished(k, matches);
      }
    };
    const lanes = Promise.all(
      this.#threads.flatMap((thread) => Array.from({ length: IN_FLIGHT }, () => lane(thread))),
    );
    // Awaited below; handled now, so that a failure meanwhile is not reported as unhandled.
    lanes.catch(() => {});
    if (local) {
      for (let k = next++; k < count; k = next++) {
        finished(k, local(run(k)));
        // Lets the threads' answers in, so that they are given their next runs.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await lanes;
    return runs.flat();
  }

  #send(thread: Thread, languages: MatchLanguages, sources: readonly string[]): Promise<PackedMatches> {
    const id = this.#nextId++;
    return new Promise<PackedMatches>((resolve, reject) => {
      if (thread.failure) {
        reject(thread.failure);
        return;
      }
      thread.waiting.set(id, { resolve, reject });
      const request: MatchRequest = { ...languages, id, sources };
      thread.worker.postMessage(request);
    });
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
  }
}
