import type { Worker } from 'node:worker_threads';
import { LearnedWords } from '../../glossary/match/word-tokens.js';
import { startWorker } from '../worker-thread.js';

/** What the word thread starts with: the segmenter's language and the texts whose Han/kana runs it segments. */
export interface WordWorkerData {
  readonly language: string;
  readonly texts: readonly string[];
}

/**
 * A batch of runs it segmented: `counts[i]` numbers of `spans` (start, end, start, end, …) are `runs[i]`'s tokens,
 * and `hashes[i]` the hash the run is kept by.
 */
export interface WordBatch {
  readonly runs: readonly string[];
  readonly hashes: Int32Array<ArrayBuffer>;
  readonly counts: Int32Array<ArrayBuffer>;
  readonly spans: Int32Array<ArrayBuffer>;
}

/**
 * Word tokens of a big Chinese or Japanese document's Han/kana runs, worked out on a thread of their own while the
 * main thread segments the document and matches its terms. ICU's dictionary is most of the cost of the check that a
 * match does not cut a word; here it runs on the other core, and matching asks ICU itself only about the runs the
 * thread has not reached (or that it does not see whole, as a sentence's edge cuts them). The same text gives the
 * same tokens on either thread, so matches are the same with or without it. What has arrived is in
 * {@link learned}, learned as the main thread lets messages in between runs of segments. Close it when done.
 */
export class WordLookahead {
  readonly learned = new LearnedWords();
  /** Settles once the thread has sent every run and stopped, or failed: true when it sent every run. */
  readonly finished: Promise<boolean>;
  readonly #worker: Worker;

  constructor(language: string, texts: readonly string[]) {
    const workerData: WordWorkerData = { language, texts };
    this.#worker = startWorker(import.meta.url, 'word-worker', workerData);
    // A thread that fails leaves every question to the main thread, which asks ICU itself as before.
    this.finished = new Promise((resolve) => {
      this.#worker.on('error', () => resolve(false));
      this.#worker.on('exit', (code) => resolve(code === 0));
    });
    this.#worker.on('message', (batch: WordBatch) => {
      let at = 0;
      for (let i = 0; i < batch.runs.length; i++) {
        const count = batch.counts[i]!;
        this.learned.learn(batch.runs[i]!, batch.spans.subarray(at, at + count), batch.hashes[i]!);
        at += count;
      }
    });
  }

  /** Stops the thread; what it sent stays learned. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
