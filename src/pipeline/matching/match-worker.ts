/**
 * A matching thread of {@link MatchPool}: builds the term index of the glossary it was given, once per language,
 * and answers each request (a run of segment sources) with the packed matches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildTermIndex, matchTerms, type TermIndex } from '../../glossary/index.js';
import type { GlossaryEntry } from '../../model/index.js';
import { packMatches } from './match-codec.js';
import type { MatchReply, MatchRequest } from './match-pool.js';

const entries = (workerData as { entries: GlossaryEntry[] }).entries;
const indexes = new Map<string, TermIndex>();
const port = parentPort!;

port.on('message', (request: MatchRequest) => {
  try {
    let index = indexes.get(request.language);
    if (!index) {
      index = buildTermIndex(entries, { language: request.language });
      indexes.set(request.language, index);
    }
    const packed = packMatches(request.sources.map((source) => matchTerms(index, source)));
    const reply: MatchReply = { id: request.id, packed };
    port.postMessage(reply, [packed.counts.buffer, packed.places.buffer]);
  } catch (error) {
    const reply: MatchReply = {
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  }
});
