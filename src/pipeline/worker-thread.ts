import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running the module `name` (without extension) next to `from` (an `import.meta.url`): the
 * compiled `.js`, or, when tandem runs from its TypeScript sources (tests, `tsx`), the `.ts` file through tsx's
 * loader, registered in the thread first.
 */
export function startWorker(from: string, name: string, workerData: unknown): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), { workerData });
  // The ESM build of tsx's API, next to the CommonJS one that `require.resolve` finds.
  const api = pathToFileURL(join(dirname(createRequire(from).resolve('tsx/esm/api')), 'index.mjs')).href;
  const script = new URL(`./${name}.ts`, from).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
