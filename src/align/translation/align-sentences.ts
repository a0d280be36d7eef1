import { type Band, bandAround } from './band.js';
import { coarseBand, FULL_SEARCH } from './coarse-band.js';
import { learnLexicon } from './learn-lexicon.js';
import { characterLength, type LengthModel, lengthLogProbability, lengthModel } from './length-model.js';
import { type Punctuation, type PunctuationWeights, punctuation, punctuationScore } from './punctuation.js';
import { type BeadScore, type PathStep, searchBand } from './search-band.js';
import { type DocumentUnits, sentenceUnits } from './sentence-units.js';
import type { AlignOptions, Bead, SpanScore } from './types.js';
import { unitCoverage } from './unit-coverage.js';

/** The constants of the aligner, global for all documents; calibrated on MAC-dev. */
export interface AlignerWeights {
  /** Link types `[source sentences, target sentences, log prior]`. */
  readonly beads: readonly (readonly [number, number, number])[];
  readonly length: number;
  /** Per unit kind (word, gloss, number, name, term, learned): how often a translation has such a unit. */
  readonly recall: readonly number[];
  /** Per unit kind: weight of the evidence of a unit found in the other span. */
  readonly found: readonly number[];
  /** Per unit kind: weight of the evidence of a unit missing from the other span. */
  readonly missing: readonly number[];
  readonly punctuation: PunctuationWeights;
  /** Reward for a link ending where both sides end a paragraph, penalty for a break on one side only. */
  readonly paragraph: number;
  /** Temperature turning path scores into link probabilities. */
  readonly temperature: number;
  /**
   * Pseudo-count of an unmatched run at an end of the text (sentences before the first or after the last
   * sentence of the other side). The first pass prices such sentences like any other gap; where it leaves a
   * run of L there (a translation of a passage leaves the rest of the text unmatched), the second pass prices
   * each sentence of that run at log(L ÷ (L + edgeRun)), next to nothing for a long run, so that the links at
   * the passage's ends stop swallowing their neighbours to spare them a gap.
   */
  readonly edgeRun: number;
}

/** The calibrated constants. */
export const DEFAULT_WEIGHTS: AlignerWeights = {
  beads: [
    [1, 1, -0.011],
    [1, 2, -1.897],
    [2, 1, -3.063],
    [1, 0, -4.605],
    [0, 1, -5.105],
    [2, 2, -3.912],
    [1, 3, -2.996],
    [3, 1, -3.855],
    [1, 4, -4.605],
    [4, 1, -6.309],
    [2, 3, -4.355],
    [3, 2, -4.298],
  ],
  length: 0.8,
  recall: [0.78, 0.66, 0.9, 0.94, 0.8, 0.95],
  found: [0.333, 0.333, 0.333, 0.5, 1, 0.333],
  missing: [0.074, 0.111, 0.5, 0.111, 0.5, 0.111],
  punctuation: { agree: 2.813, disagree: 1.5 },
  paragraph: 2,
  temperature: 1.5,
  edgeRun: 4,
};

// Target sentences either side of the coarse path searched by the first sentence-level pass…
const BAND_WIDTH = 8;
// …and either side of the first pass's path searched again by the second.
const REFINE_WIDTH = 8;

/** What a document brings to every pass: sentence lengths, punctuation, paragraphs, extra scorers. */
interface Document {
  readonly sourceLengths: Float64Array;
  readonly targetLengths: Float64Array;
  readonly model: LengthModel;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly sourcePunctuation: readonly Punctuation[];
  readonly targetPunctuation: readonly Punctuation[];
  readonly paragraphs: { readonly source: readonly number[]; readonly target: readonly number[] } | undefined;
  readonly extra: readonly SpanScore[];
}

/** Aligns the sentences of a text with those of its translation with the given constants. */
export function alignWithWeights(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions,
  calibrated: AlignerWeights,
): Bead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    // Nothing to pair: every sentence stands alone, and that is certain.
    return n === 0
      ? target.map((_, j) => ({ source: [], target: [j], confidence: 1 }))
      : source.map((_, i) => ({ source: [i], target: [], confidence: 1 }));
  }
  const document = prepare(source, target, options);
  const units = sentenceUnits(source, target, options);
  const weights = { ...calibrated, beads: orientedPriors(calibrated.beads, n, m) };
  const maxBead = Math.max(...weights.beads.map(([a, b]) => Math.max(a, b)));
  const band = coarseBand({ ...document, units, ...weights }, BAND_WIDTH);
  const first = searchBand(
    band,
    weights.beads,
    scorer(document, units, band, maxBead, weights, calibratedEdges(weights.beads)),
  );
  // Second pass: with the word pairs the first alignment teaches, in a band around it, and with the length
  // ratio, link priors and end gaps of the part it found translated.
  const learned = learnLexicon(units, first.map(toBead));
  const refit = refitToLinks(document, first, calibrated, n, m);
  const refined =
    n * m <= FULL_SEARCH
      ? band
      : bandAround(
          first.map((step) => [step.i1, step.j1]),
          n,
          m,
          REFINE_WIDTH,
        );
  const steps = searchBand(
    refined,
    refit.weights.beads,
    scorer(refit.document, learned, refined, maxBead, refit.weights, refit.edges),
    weights.temperature,
  );
  return steps.map(toBead);
}

/** Log priors of an unmatched sentence at either end of the other side: before its first, after its last. */
interface EdgeGaps {
  readonly sourceHead: number;
  readonly sourceTail: number;
  readonly targetHead: number;
  readonly targetTail: number;
}

function priorOf(beads: AlignerWeights['beads'], a: number, b: number): number {
  return beads.find(([x, y]) => x === a && y === b)?.[2] ?? 0;
}

function calibratedEdges(beads: AlignerWeights['beads']): EdgeGaps {
  const source = priorOf(beads, 1, 0);
  const target = priorOf(beads, 0, 1);
  return { sourceHead: source, sourceTail: source, targetHead: target, targetTail: target };
}

/**
 * What the first alignment says about the document, for the second: the length ratio and the link priors'
 * orientation taken on the linked sentences only, and the end gaps priced by the unmatched runs it left at
 * the ends. A translation of the whole text changes little; a translation of a passage of a long text gets
 * the ratio of its sentences instead of that of the totals (a fifth of it, say), and its untranslated rest
 * costs next to nothing.
 */
function refitToLinks(
  document: Document,
  first: readonly PathStep[],
  calibrated: AlignerWeights,
  n: number,
  m: number,
): { document: Document; weights: AlignerWeights; edges: EdgeGaps } {
  const sourceLinked: number[] = [];
  const targetLinked: number[] = [];
  for (const step of first) {
    if (step.i0 === step.i1 || step.j0 === step.j1) continue;
    for (let i = step.i0; i < step.i1; i++) sourceLinked.push(document.sourceLengths[i]!);
    for (let j = step.j0; j < step.j1; j++) targetLinked.push(document.targetLengths[j]!);
  }
  if (sourceLinked.length === 0) {
    const weights = { ...calibrated, beads: orientedPriors(calibrated.beads, n, m) };
    return { document, weights, edges: calibratedEdges(weights.beads) };
  }
  const beads = orientedPriors(calibrated.beads, sourceLinked.length, targetLinked.length);
  const { sourceLanguage, targetLanguage } = document;
  const model = lengthModel(sourceLinked, targetLinked, sourceLanguage, targetLanguage);
  // Unmatched runs at the ends: sentences of one side before the first, after the last of the other.
  let sourceHead = 0;
  let targetHead = 0;
  for (const step of first) {
    if (step.j1 === 0) sourceHead = step.i1;
    if (step.i1 === 0) targetHead = step.j1;
  }
  let sourceTail = 0;
  let targetTail = 0;
  for (const step of first) {
    if (step.j0 === m) sourceTail = Math.max(sourceTail, n - step.i0);
    if (step.i0 === n) targetTail = Math.max(targetTail, m - step.j0);
  }
  const edges = calibratedEdges(beads);
  const price = (run: number, gap: number) =>
    run === 0 ? gap : Math.max(gap, Math.log(run / (run + calibrated.edgeRun)));
  return {
    document: { ...document, model },
    weights: { ...calibrated, beads },
    edges: {
      sourceHead: price(sourceHead, edges.sourceHead),
      sourceTail: price(sourceTail, edges.sourceTail),
      targetHead: price(targetHead, edges.targetHead),
      targetTail: price(targetTail, edges.targetTail),
    },
  };
}

// Target sentences per source sentence in the calibration texts (MAC-dev: 3,599 English for 2,692 Chinese).
const CALIBRATION_RATIO = 1.34;
const ORIENTATION_SENTENCES = 20;

/**
 * The link priors turned to the document: calibrated where the target has more sentences than the source,
 * so for a document the other way round they are mirrored (1:2 ↔ 2:1), and in between blended on the log of
 * the ratio — equal counts, or very short texts, give symmetric priors.
 */
function orientedPriors(
  beads: AlignerWeights['beads'],
  n: number,
  m: number,
): (readonly [number, number, number])[] {
  const toward = Math.min(1, Math.max(0, (Math.log(m / n) / Math.log(CALIBRATION_RATIO) + 1) / 2));
  // A handful of sentences says little about how a translator splits them.
  const w = 0.5 + (toward - 0.5) * Math.min(1, Math.min(n, m) / ORIENTATION_SENTENCES);
  const prior = new Map(beads.map(([a, b, p]) => [`${a}:${b}`, p]));
  return beads.map(([a, b, p]) => [a, b, w * p + (1 - w) * (prior.get(`${b}:${a}`) ?? p)]);
}

function prepare(source: readonly string[], target: readonly string[], options: AlignOptions): Document {
  const sourceLengths = Float64Array.from(source, characterLength);
  const targetLengths = Float64Array.from(target, characterLength);
  const sp = options.sourceParagraphs;
  const tp = options.targetParagraphs;
  return {
    sourceLengths,
    targetLengths,
    model: lengthModel(sourceLengths, targetLengths, options.sourceLanguage, options.targetLanguage),
    sourceLanguage: options.sourceLanguage,
    targetLanguage: options.targetLanguage,
    sourcePunctuation: source.map(punctuation),
    targetPunctuation: target.map(punctuation),
    // Paragraph numbers count only when both sides have one per sentence.
    paragraphs:
      sp && tp && sp.length === source.length && tp.length === target.length
        ? { source: sp, target: tp }
        : undefined,
    extra: (options.scorers ?? []).map((scorer) =>
      scorer.prepare(
        { sentences: source, language: options.sourceLanguage },
        { sentences: target, language: options.targetLanguage },
      ),
    ),
  };
}

function scorer(
  document: Document,
  units: DocumentUnits,
  band: Band,
  maxBead: number,
  weights: AlignerWeights,
  edges: EdgeGaps,
): BeadScore {
  const { sourceLengths, targetLengths, model, sourcePunctuation, targetPunctuation, paragraphs, extra } =
    document;
  const coverage = unitCoverage(units, band, maxBead, weights);
  const { n, m } = band;
  // Unmatched sentences at an end of the other side are priced by `edges` instead of the gap prior.
  const sourceGap = priorOf(weights.beads, 1, 0);
  const targetGap = priorOf(weights.beads, 0, 1);
  const sourceHead = edges.sourceHead - sourceGap;
  const sourceTail = edges.sourceTail - sourceGap;
  const targetHead = edges.targetHead - targetGap;
  const targetTail = edges.targetTail - targetGap;
  return (i0, i1, j0, j1) => {
    let score = 0;
    if (paragraphs)
      score += weights.paragraph * paragraphScore(paragraphs.source, paragraphs.target, i0, i1, j0, j1);
    if (j0 === j1) {
      if (j0 === 0) score += (i1 - i0) * sourceHead;
      else if (j0 === m) score += (i1 - i0) * sourceTail;
      return score;
    }
    if (i0 === i1) {
      if (i0 === 0) score += (j1 - j0) * targetHead;
      else if (i0 === n) score += (j1 - j0) * targetTail;
      return score;
    }
    let ls = 0;
    let lt = 0;
    for (let i = i0; i < i1; i++) ls += sourceLengths[i]!;
    for (let j = j0; j < j1; j++) lt += targetLengths[j]!;
    score += weights.length * lengthLogProbability(model, ls, lt);
    score += coverage.gain(i0, i1, j0, j1);
    score += punctuationScore(sourcePunctuation, targetPunctuation, i0, i1, j0, j1, weights.punctuation);
    for (const scoreSpan of extra) score += scoreSpan(i0, i1, j0, j1);
    return score;
  };
}

// +1 when the link ends where both sides end a paragraph; −1 for each paragraph break on one side only, at
// its end or inside it.
function paragraphScore(
  sp: readonly number[],
  tp: readonly number[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): number {
  const sourceBreak = i1 > 0 && i1 < sp.length && sp[i1] !== sp[i1 - 1];
  const targetBreak = j1 > 0 && j1 < tp.length && tp[j1] !== tp[j1 - 1];
  let score = sourceBreak && targetBreak ? 1 : sourceBreak !== targetBreak ? -1 : 0;
  for (let i = i0 + 1; i < i1; i++) if (sp[i] !== sp[i - 1]) score--;
  for (let j = j0 + 1; j < j1; j++) if (tp[j] !== tp[j - 1]) score--;
  return score;
}

function toBead(step: PathStep): Bead {
  return {
    source: range(step.i0, step.i1),
    target: range(step.j0, step.j1),
    confidence: Math.round(step.posterior * 1000) / 1000,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/**
 * Pairs the sentences of a text with the sentences of its translation, in order, every sentence of both sides
 * in exactly one bead, each bead with the probability that it is right.
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions,
): Bead[] {
  return alignWithWeights(source, target, options, DEFAULT_WEIGHTS);
}
