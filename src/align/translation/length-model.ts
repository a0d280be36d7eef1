import { isCjk } from '../../model/index.js';

/** Gale-Church length model: target characters ≈ ratio × source characters, variance ∝ length. */
export interface LengthModel {
  readonly ratio: number;
  /** Variance of target length per source character, in target characters squared. */
  readonly variance: number;
}

// Calibrated on MAC-dev (12 zh→en literary texts, 2,472 gold links): English non-space characters per Chinese
// character, pooled, 3.79 (per text 3.2 to 5.0, hence the per-document estimate below); squared deviation
// per source character ÷ ratio, 6.9 — Gale and Church found 6.8 for English-French.
const ZH_EN_RATIO = 3.79;
const VARIANCE_PER_RATIO = 6.9;
// Below this many source characters the document's own ratio is too noisy to trust on its own.
const TRUST_CHARACTERS = 400;
// How far a document's own ratio may stray from the language pair's (MAC-dev: 3.2 to 5.0 around 3.79). Totals
// further off say that one side is not all translated (a translation of a few paragraphs of a long text), not
// that its sentences are that much shorter: the ratio of the sentences that are translated is what counts.
const MAX_RATIO_FACTOR = 1.6;

/**
 * The length model for a document: the ratio is the document's own (total target ÷ total source characters),
 * shrunk towards the language pair's calibrated ratio when the document is short.
 */
export function lengthModel(
  sourceLengths: ArrayLike<number>,
  targetLengths: ArrayLike<number>,
  sourceLanguage: string,
  targetLanguage: string,
): LengthModel {
  const prior = isCjk(sourceLanguage)
    ? isCjk(targetLanguage)
      ? 1
      : ZH_EN_RATIO
    : isCjk(targetLanguage)
      ? 1 / ZH_EN_RATIO
      : 1;
  let source = 0;
  let target = 0;
  for (let i = 0; i < sourceLengths.length; i++) source += sourceLengths[i]!;
  for (let j = 0; j < targetLengths.length; j++) target += targetLengths[j]!;
  const trust = Math.min(1, source / TRUST_CHARACTERS);
  const own = source > 0 && target > 0 ? target / source : prior;
  const bound = Math.log(MAX_RATIO_FACTOR);
  const stray = Math.min(bound, Math.max(-bound, Math.log(own) - Math.log(prior)));
  const ratio = prior * Math.exp(trust * stray);
  return { ratio, variance: VARIANCE_PER_RATIO * ratio };
}

/** Characters that count for length: all but white space. */
export function characterLength(text: string): number {
  let length = 0;
  for (const c of text) if (c.trim() !== '') length++;
  return length;
}

/**
 * Log-probability (nats) that a source run of `source` characters is rendered by `target` characters: the
 * two-sided tail of the standardized difference, as Gale and Church, with the variance taken on the mean of
 * both lengths so that neither side dominates.
 */
export function lengthLogProbability(model: LengthModel, source: number, target: number): number {
  const mean = (source + target / model.ratio) / 2;
  const delta = (target - model.ratio * source) / Math.sqrt(model.variance * Math.max(mean, 1));
  return logTwoSidedTail(Math.abs(delta));
}

// log(2·(1 − Φ(z))) with Φ the standard normal CDF; erfc by Numerical Recipes' Chebyshev fit (error < 1.2e-7).
function logTwoSidedTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const logErfc =
    Math.log(t) -
    x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return logErfc;
}
