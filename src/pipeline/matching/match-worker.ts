/**
 * A matching thread of {@link MatchPool}: builds the term index of the glossary it was given, once per language pair,
 * and answers each request (a run of segment sources) with the packed matches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildTermIndex, matchTerms, type TermIndex } from '../../glossary/index.js';
import { languagesKey } from './languages-key.js';
import { packMatches } from './match-codec.js';
import type { MatchLanguages, MatchReply, MatchRequest, MatchWorkerData } from './match-pool.js';

const { entries, languages } = workerData as MatchWorkerData;
const indexes = new Map<string, TermIndex>();
const port = parentPort!;

function indexFor({ language, targetLanguage }: MatchLanguages): TermIndex {
  const key = languagesKey(language, targetLanguage);
  let index = indexes.get(key);
  if (!index) {
    index = buildTermIndex(entries, { language, ...(targetLanguage ? { targetLanguage } : {}) });
    indexes.set(key, index);
  }
  return index;
}

// Built while the main thread reads and segments the document.
if (languages) indexFor(languages);

port.on('message', (request: MatchRequest) => {
  try {
    const index = indexFor(request);
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
