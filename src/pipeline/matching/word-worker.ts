/**
 * The thread of {@link WordLookahead}: segments the Han/kana runs of a document's texts into word tokens with
 * Intl.Segmenter, each distinct run once, and sends them back in batches as it goes, in the order of the texts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { forEachCjkRun } from '../../glossary/match/cjk-boundaries.js';
import { hashOf } from '../../glossary/match/word-tokens.js';
import type { WordBatch, WordWorkerData } from './word-lookahead.js';

const { language, texts } = workerData as WordWorkerData;
const port = parentPort!;
const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
/** Runs per message: a batch crosses in well under a millisecond, and the main thread learns it between chunks. */
const BATCH = 1_000;

const seen = new Set<string>();
let runs: string[] = [];
let hashes: number[] = [];
let spans: number[] = [];
let counts: number[] = [];

function flush(): void {
  const batch: WordBatch = {
    runs,
    hashes: Int32Array.from(hashes),
    counts: Int32Array.from(counts),
    spans: Int32Array.from(spans),
  };
  port.postMessage(batch, [batch.hashes.buffer, batch.counts.buffer, batch.spans.buffer]);
  runs = [];
  hashes = [];
  spans = [];
  counts = [];
}

for (const text of texts) {
  forEachCjkRun(text, (start, end) => {
    const run = text.slice(start, end);
    if (seen.has(run)) return;
    seen.add(run);
    const before = spans.length;
    for (const token of segmenter.segment(run)) spans.push(token.index, token.index + token.segment.length);
    runs.push(run);
    hashes.push(hashOf(run, 0, run.length));
    counts.push(spans.length - before);
    if (runs.length >= BATCH) flush();
  });
}
if (runs.length > 0) flush();
