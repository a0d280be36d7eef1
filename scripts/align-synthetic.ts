/**
 * Times the sentence aligner on a synthetic zh-en bitext (default 30,000 sentences a side) and checks it
 * against the known links: `npx tsx scripts/align-synthetic.ts [sentences] [seed]`.
 */

import { cedict } from '../src/align/translation/cedict.js';
import { alignSentences } from '../src/align/translation/index.js';
import { makeSyntheticBitext } from '../src/align/translation/synthetic.js';
import { f1, scoreBeads } from './align-mac-dev.js';

const n = Number(process.argv[2] ?? 30_000);
const seed = Number(process.argv[3] ?? 1);
let start = performance.now();
cedict();
const load = performance.now() - start;
start = performance.now();
const { source, target, gold } = makeSyntheticBitext(n, seed);
const make = performance.now() - start;
start = performance.now();
const beads = alignSentences(source, target, { sourceLanguage: 'zh', targetLanguage: 'en' });
const align = performance.now() - start;
const score = f1(scoreBeads(beads, gold));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
console.log(`| sentences (zh × en) | dictionary load | make bitext | align | strict F1 |`);
console.log(`| --- | --- | --- | --- | --- |`);
console.log(
  `| ${source.length} × ${target.length} | ${seconds(load)} | ${seconds(make)} | ${seconds(align)} | ${score.f1.toFixed(4)} |`,
);
