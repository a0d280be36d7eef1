/**
 * Runs tandem's sentence aligner over the MAC-dev zh-en benchmark (presegmented: one sentence per line) and
 * prints strict bead precision, recall and F1 per text and overall, with timings. Skips with a message when
 * ../shared/data/mac-dev is absent: the benchmark never enters the repository.
 */
import { cedict } from '../src/align/translation/cedict.js';
import { alignSentences } from '../src/align/translation/index.js';
import { type BeadScore, f1, loadMacDev, MAC_DEV, scoreBeads } from './align-mac-dev.js';

const texts = loadMacDev();
if (!texts) {
  console.log(`MAC-dev not found at ${MAC_DEV}: skipping the alignment evaluation.`);
} else {
  let start = performance.now();
  cedict();
  const load = performance.now() - start;
  const rows: string[] = [];
  const total: { correct: number; predicted: number; gold: number } = { correct: 0, predicted: 0, gold: 0 };
  const row = (name: string, sizes: string, score: BeadScore, ms: number): string => {
    const { precision, recall, f1: f } = f1(score);
    return `| ${name} | ${sizes} | ${score.gold} | ${score.predicted} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f.toFixed(3)} | ${Math.round(ms)} |`;
  };
  let zh = 0;
  let en = 0;
  const all = performance.now();
  for (const text of texts) {
    start = performance.now();
    const beads = alignSentences(text.source, text.target, { sourceLanguage: 'zh', targetLanguage: 'en' });
    const ms = performance.now() - start;
    const score = scoreBeads(beads, text.gold);
    total.correct += score.correct;
    total.predicted += score.predicted;
    total.gold += score.gold;
    zh += text.source.length;
    en += text.target.length;
    rows.push(row(text.id, `${text.source.length} × ${text.target.length}`, score, ms));
  }
  const elapsed = performance.now() - all;
  console.log('| text | sentences (zh × en) | gold links | links | P | R | F1 | ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const line of rows) console.log(line);
  console.log(row('**all**', `${zh} × ${en}`, total, elapsed));
  console.log(
    `\nStrict bead F1 ${f1(total).f1.toFixed(3)} (peers on these texts: Gale-Church 0.555, hunalign 0.597, ` +
      'Bleualign 0.652, Vecalign 0.872, Bertalign 0.906).',
  );
  console.log(
    `Aligning took ${(elapsed / 1000).toFixed(2)} s for the ${texts.length} texts; loading CC-CEDICT once took ${(load / 1000).toFixed(2)} s.`,
  );
}
