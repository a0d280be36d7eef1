import type { Worker } from 'node:worker_threads';
import type { LearnedWords } from '../../glossary/match/word-tokens.js';
import { startWorker } from '../worker-thread.js';

/** What the word thread is asked: the Han/kana runs of a document's texts, cut by a segmenter of `language`. */
export interface WordRequest {
  readonly id: number;
  readonly language: string;
  readonly texts: readonly string[];
}

/**
 * What it answers, in batches as it goes: `counts[i]` numbers of `spans` (start, end, start, end, …) are `runs[i]`'s
 * tokens, and `hashes[i]` the hash the run is kept by. The last batch of a request is `done`.
 */
export interface WordBatch {
  readonly id: number;
  readonly runs: readonly string[];
  readonly hashes: Int32Array<ArrayBuffer>;
  readonly counts: Int32Array<ArrayBuffer>;
  readonly spans: Int32Array<ArrayBuffer>;
  readonly done: boolean;
}

/** A document's runs asked for: settles when the thread has sent them all (the number sent), or failed (undefined). */
export interface Lookahead {
  readonly finished: Promise<number | undefined>;
}

interface Waiting {
  readonly learned: LearnedWords;
  readonly resolve: (runs: number | undefined) => void;
  runs: number;
}

/**
 * Word tokens of big Chinese or Japanese documents' Han/kana runs, worked out on a thread of their own while the main
 * thread segments each document and matches its terms. ICU's dictionary is most of the cost of the check that a match
 * does not cut a word; here it runs on the other core, and matching asks ICU itself only about the runs the thread
 * has not reached (or that it does not see whole, as a sentence's edge cuts them). The same text gives the same
 * tokens on either thread, so matches are the same with or without it. What arrives goes into the `learned` of the
 * document's request, as the main thread lets messages in between runs of segments. One thread serves a whole run of
 * documents and sends each distinct run once (starting a thread per document cost a batch more than it saved).
 * Close it when the run is over.
 */
export class WordLookahead {
  #worker: Worker | undefined;
  #failed = false;
  #nextId = 0;
  readonly #waiting = new Map<number, Waiting>();

  /** Asks for the runs of `texts`, segmented in `language`, to be learned into `learned`; undefined once failed. */
  ask(language: string, texts: readonly string[], learned: LearnedWords): Lookahead | undefined {
    if (this.#failed) return undefined;
    this.#worker ??= this.#start();
    const worker = this.#worker;
    const id = this.#nextId++;
    const finished = new Promise<number | undefined>((resolve) => {
      this.#waiting.set(id, { learned, resolve, runs: 0 });
    });
    const request: WordRequest = { id, language, texts };
    worker.postMessage(request);
    worker.ref();
    return { finished };
  }

  /** Stops the thread; what it sent stays learned. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#fail();
    await worker?.terminate();
  }

  #start(): Worker {
    const worker = startWorker(import.meta.url, 'word-worker', undefined);
    worker.on('message', (batch: WordBatch) => {
      const waiting = this.#waiting.get(batch.id);
      if (!waiting) return;
      let at = 0;
      for (let i = 0; i < batch.runs.length; i++) {
        const count = batch.counts[i]!;
        waiting.learned.learn(batch.runs[i]!, batch.spans.subarray(at, at + count), batch.hashes[i]!);
        at += count;
      }
      waiting.runs += batch.runs.length;
      if (batch.done) {
        this.#waiting.delete(batch.id);
        waiting.resolve(waiting.runs);
        // Idle between documents, it must not keep the process alive.
        if (this.#waiting.size === 0) worker.unref();
      }
    });
    // A thread that fails leaves every question to the main thread, which asks ICU itself as before.
    worker.on('error', () => this.#fail());
    worker.on('exit', () => this.#fail());
    return worker;
  }

  #fail(): void {
    this.#failed = true;
    for (const waiting of this.#waiting.values()) waiting.resolve(undefined);
    this.#waiting.clear();
  }
}
