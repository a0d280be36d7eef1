/**
 * Calibrates the aligner's global constants on MAC-dev by coordinate ascent on strict bead F1, and prints
 * them for `DEFAULT_WEIGHTS` in src/align/translation/align-sentences.ts. Also reports leave-one-book-out F1
 * (constants fitted on two books, scored on the third) so that a gain that only fits the data shows.
 * Slow (minutes to an hour); run by hand: `npx tsx scripts/align-calibrate.ts [rounds] [--cross] [--naive]`.
 */
import {
  type AlignerWeights,
  alignWithWeights,
  DEFAULT_WEIGHTS,
} from '../src/align/translation/align-sentences.js';
import { f1, loadMacDev, type MacDevText, scoreBeads } from './align-mac-dev.js';

interface Knob {
  readonly name: string;
  get(w: AlignerWeights): number;
  set(w: AlignerWeights, value: number): AlignerWeights;
  /** Additive step (log priors) or multiplicative (weights, recalls). */
  readonly additive: boolean;
}

const knobs: Knob[] = [
  { name: 'length', get: (w) => w.length, set: (w, v) => ({ ...w, length: v }), additive: false },
  ...(['recall', 'found', 'missing'] as const).flatMap((field) =>
    ['word', 'gloss', 'number', 'name', 'term', 'learned'].map(
      (kind, k): Knob => ({
        name: `${field}.${kind}`,
        get: (w) => w[field][k]!,
        set: (w, v) => ({
          ...w,
          [field]: w[field].map((r, q) => (q === k ? (field === 'recall' ? Math.min(0.95, v) : v) : r)),
        }),
        additive: false,
      }),
    ),
  ),
  {
    name: 'punctuation.agree',
    get: (w) => w.punctuation.agree,
    set: (w, v) => ({ ...w, punctuation: { ...w.punctuation, agree: v } }),
    additive: false,
  },
  {
    name: 'punctuation.disagree',
    get: (w) => w.punctuation.disagree,
    set: (w, v) => ({ ...w, punctuation: { ...w.punctuation, disagree: v } }),
    additive: false,
  },
  ...DEFAULT_WEIGHTS.beads.map(
    ([a, b], k): Knob => ({
      name: `prior ${a}:${b}`,
      get: (w) => w.beads[k]![2],
      set: (w, v) => ({ ...w, beads: w.beads.map((bead, q) => (q === k ? [bead[0], bead[1], v] : bead)) }),
      additive: true,
    }),
  ),
];

// Where calibration started, by hand: link priors from a first look at the gold link types, even weights.
const NAIVE: AlignerWeights = {
  ...DEFAULT_WEIGHTS,
  beads: (
    [
      [1, 1, 0.6],
      [1, 2, 0.15],
      [2, 1, 0.06],
      [1, 0, 0.01],
      [0, 1, 0.01],
      [2, 2, 0.02],
      [1, 3, 0.05],
      [3, 1, 0.01],
      [1, 4, 0.01],
      [4, 1, 0.003],
      [2, 3, 0.01],
      [3, 2, 0.005],
    ] as const
  ).map(([a, b, p]) => [a, b, Math.log(p)] as const),
  length: 1,
  recall: [0.5, 0.35, 0.6, 0.6, 0.8, 0.6],
  found: [0.5, 0.5, 0.5, 0.5, 1, 0.5],
  missing: [0, 0, 0.5, 0, 0.5, 0],
  punctuation: { agree: 1, disagree: 1 },
};

function evaluate(texts: readonly MacDevText[], weights: AlignerWeights): number {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const text of texts) {
    const beads = alignWithWeights(
      text.source,
      text.target,
      { sourceLanguage: 'zh', targetLanguage: 'en' },
      weights,
    );
    const score = scoreBeads(beads, text.gold);
    correct += score.correct;
    predicted += score.predicted;
    gold += score.gold;
  }
  return f1({ correct, predicted, gold }).f1;
}

function ascend(
  texts: readonly MacDevText[],
  start: AlignerWeights,
  rounds: number,
  log: boolean,
): AlignerWeights {
  let weights = start;
  let best = evaluate(texts, weights);
  for (let round = 0; round < rounds; round++) {
    const step = 0.5 / (round + 1);
    for (const knob of knobs) {
      const value = knob.get(weights);
      for (const next of knob.additive
        ? [value + step, value - step]
        : [value * (1 + step), value / (1 + step)]) {
        // MAC-dev has no glossary: leave the guesses for terms alone.
        if (knob.name.endsWith('.term')) continue;
        const candidate = knob.set(weights, next);
        const score = evaluate(texts, candidate);
        if (score > best + 0.0003) {
          best = score;
          weights = candidate;
          if (log)
            console.log(`${knob.name} ${value.toFixed(3)} → ${next.toFixed(3)}: F1 ${best.toFixed(4)}`);
          break;
        }
      }
    }
  }
  return weights;
}

const texts = loadMacDev();
if (!texts) {
  console.log('MAC-dev not found next to the repository (../shared/data/mac-dev): nothing to calibrate.');
} else {
  const rounds = Number(process.argv[2] ?? 2);
  // --naive starts from the hand-set constants, to see what calibration as a whole is worth on unseen books.
  const start = process.argv.includes('--naive') ? NAIVE : DEFAULT_WEIGHTS;
  console.log(`start: F1 ${evaluate(texts, start).toFixed(4)}`);
  const fitted = ascend(texts, start, rounds, true);
  console.log(JSON.stringify(fitted));
  if (process.argv.includes('--cross')) {
    const books = [texts.slice(0, 4), texts.slice(4, 8), texts.slice(8, 12)];
    books.forEach((held, k) => {
      const train = books.filter((_, q) => q !== k).flat();
      const weights = ascend(train, start, rounds, false);
      console.log(
        `book ${k + 1} held out: start ${evaluate(held, start).toFixed(4)}, fitted on the others ${evaluate(held, weights).toFixed(4)}, fitted on all ${evaluate(held, fitted).toFixed(4)}`,
      );
    });
  }
}
