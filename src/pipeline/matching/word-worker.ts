/**
 * The thread of {@link WordLookahead}: segments the Han/kana runs of each document's texts into word tokens with
 * Intl.Segmenter, each distinct run of the whole run of documents once, and sends them back in batches as it goes,
 * in the order of the texts.
 */
import { parentPort } from 'node:worker_threads';
import { forEachCjkRun } from '../../glossary/match/cjk-boundaries.js';
import { hashOf } from '../../glossary/match/word-tokens.js';
import type { WordBatch, WordRequest } from './word-lookahead.js';

const port = parentPort!;
/** Runs per message: a batch crosses in well under a millisecond, and the main thread learns it between chunks. */
const BATCH = 1_000;
/**
 * Hashes of the runs sent, by language, forgotten past this many (about what the main thread keeps learned): a run
 * is passed over by its hash alone, and another run of the same hash (rare) is left to the main thread's own ICU.
 */
const SEEN_LIMIT = 131_072;

const segmenters = new Map<string, Intl.Segmenter>();
const seenByLanguage = new Map<string, Set<number>>();

function answer(request: WordRequest): void {
  const { id, language, texts } = request;
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  let seen = seenByLanguage.get(language);
  if (!seen || seen.size > SEEN_LIMIT) {
    seen = new Set();
    seenByLanguage.set(language, seen);
  }
  let runs: string[] = [];
  let hashes: number[] = [];
  let spans: number[] = [];
  let counts: number[] = [];
  const flush = (done: boolean) => {
    const batch: WordBatch = {
      id,
      runs,
      hashes: Int32Array.from(hashes),
      counts: Int32Array.from(counts),
      spans: Int32Array.from(spans),
      done,
    };
    port.postMessage(batch, [batch.hashes.buffer, batch.counts.buffer, batch.spans.buffer]);
    runs = [];
    hashes = [];
    spans = [];
    counts = [];
  };
  for (const text of texts) {
    forEachCjkRun(text, (start, end) => {
      const hash = hashOf(text, start, end);
      if (seen.has(hash)) return;
      seen.add(hash);
      const run = text.slice(start, end);
      const before = spans.length;
      for (const token of segmenter.segment(run)) spans.push(token.index, token.index + token.segment.length);
      runs.push(run);
      hashes.push(hash);
      counts.push(spans.length - before);
      if (runs.length >= BATCH) flush(false);
    });
  }
  flush(true);
}

port.on('message', answer);
