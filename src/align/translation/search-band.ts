import { type Band, bandSize } from './band.js';

/** Log-score of the link covering source `[i0, i1)` and target `[j0, j1)`, link prior excluded. */
export type BeadScore = (i0: number, i1: number, j0: number, j1: number) => number;

/** A link of the best path: its span ends and, when asked for, its posterior probability. */
export interface PathStep {
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
  readonly posterior: number;
}

/**
 * Best path through the band by dynamic programming over link types `[source, target, log prior]`. With
 * `temperature`, also runs forward-backward over the same band and gives each link its posterior probability
 * (scores divided by the temperature); without, posteriors are 0.
 */
export function searchBand(
  band: Band,
  types: readonly (readonly [number, number, number])[],
  score: BeadScore,
  temperature?: number,
): PathStep[] {
  const { n, m, lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + hi[i]! - lo[i]! + 1;
  const size = bandSize(band);
  const at = (i: number, j: number): number => (j < lo[i]! || j > hi[i]! ? -1 : rowStart[i]! + j - lo[i]!);
  const posteriors = temperature !== undefined;
  const tau = temperature ?? 1;
  const count = types.length;
  // Scores of each (state, link type) from the forward pass, reused backward: scoring is the costly part.
  const cache = new Float32Array(posteriors ? size * count : 0).fill(Number.NaN);
  const best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const alpha = new Float64Array(posteriors ? size : 0).fill(Number.NEGATIVE_INFINITY);
  const back = new Int8Array(size).fill(-1);
  best[0] = 0;
  if (posteriors) alpha[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = at(i, j);
      if (here === 0) continue;
      let top = Number.NEGATIVE_INFINITY;
      let arg = -1;
      let sum = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < count; t++) {
        const [a, b, prior] = types[t]!;
        if (a > i || b > j) continue;
        const from = at(i - a, j - b);
        if (from < 0 || best[from] === Number.NEGATIVE_INFINITY) continue;
        const s = prior + score(i - a, i, j - b, j);
        const total = best[from]! + s;
        if (total > top) {
          top = total;
          arg = t;
        }
        if (posteriors) {
          cache[here * count + t] = s;
          sum = logAdd(sum, alpha[from]! + s / tau);
        }
      }
      best[here] = top;
      back[here] = arg;
      if (posteriors) alpha[here] = sum;
    }
  }
  const beta = new Float64Array(posteriors ? size : 0).fill(Number.NEGATIVE_INFINITY);
  if (posteriors) {
    beta[at(n, m)] = 0;
    for (let i = n; i >= 0; i--) {
      for (let j = hi[i]!; j >= lo[i]!; j--) {
        if (i === n && j === m) continue;
        let sum = Number.NEGATIVE_INFINITY;
        for (let t = 0; t < count; t++) {
          const [a, b] = types[t]!;
          if (i + a > n || j + b > m) continue;
          const to = at(i + a, j + b);
          if (to < 0 || beta[to] === Number.NEGATIVE_INFINITY) continue;
          const s = cache[to * count + t]!;
          if (!Number.isNaN(s)) sum = logAdd(sum, beta[to]! + s / tau);
        }
        beta[at(i, j)] = sum;
      }
    }
  }
  const total = posteriors ? alpha[at(n, m)]! : 0;
  const steps: PathStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const t = back[here]!;
    const [a, b] = types[t]!;
    const from = at(i - a, j - b);
    const posterior = posteriors
      ? Math.min(1, Math.exp(alpha[from]! + cache[here * count + t]! / tau + beta[here]! - total))
      : 0;
    steps.push({ i0: i - a, i1: i, j0: j - b, j1: j, posterior });
    i -= a;
    j -= b;
  }
  return steps.reverse();
}

function logAdd(x: number, y: number): number {
  if (x === Number.NEGATIVE_INFINITY) return y;
  if (y === Number.NEGATIVE_INFINITY) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}
