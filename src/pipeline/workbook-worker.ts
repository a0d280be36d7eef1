/**
 * A thread of {@link WorkbookThreads}: runs one `tandem qa` or `tandem build` job at a time, tells the main thread
 * its steps, asks it for the glossary of a target language, and hands back the result with its bytes moved.
 */
import { parentPort } from 'node:worker_threads';
import type { GlossaryEntry } from '../model/index.js';
import { movableResult, runWorkbookJob } from './workbook-job.js';
import type { FromWorkbookThread, ToWorkbookThread } from './workbook-threads.js';

const port = parentPort!;
/** Glossaries by target language, asked of the main thread once each. */
const glossaries = new Map<string, Promise<readonly GlossaryEntry[] | undefined>>();
const asked = new Map<string, (entries: readonly GlossaryEntry[] | undefined) => void>();

function send(message: FromWorkbookThread, buffers: ArrayBuffer[] = []): void {
  port.postMessage(message, buffers);
}

function glossary(targetLanguage: string): Promise<readonly GlossaryEntry[] | undefined> {
  let entries = glossaries.get(targetLanguage);
  if (!entries) {
    entries = new Promise((resolve) => asked.set(targetLanguage, resolve));
    glossaries.set(targetLanguage, entries);
    send({ type: 'glossary', targetLanguage });
  }
  return entries;
}

port.on('message', (message: ToWorkbookThread) => {
  if (message.type === 'glossary') {
    asked.get(message.targetLanguage)?.(message.entries);
    asked.delete(message.targetLanguage);
    return;
  }
  const step = (words: string) => send({ type: 'step', words });
  runWorkbookJob(message.job, { step, glossary }).then(
    (done) => {
      const { result, buffers } = movableResult(done);
      send({ type: 'done', result }, buffers);
    },
    (error: unknown) =>
      send({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
});
