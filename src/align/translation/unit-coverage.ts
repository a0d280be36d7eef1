import type { Band } from './band.js';
import type { DocumentUnits, SentenceUnits } from './sentence-units.js';

// How often a key turns up in a sentence by chance, before a document shows otherwise, and the weight of that
// guess in sentences.
const PRIOR_RATE = 0.02;
const PRIOR_SENTENCES = 20;

/** Per unit kind (word, gloss, number, name, term, learned; see `UnitKind`). */
export interface UnitWeights {
  /** How often a true translation holds a unit of this kind. */
  readonly recall: readonly number[];
  /** Weight of the evidence of a unit found in the other span. */
  readonly found: readonly number[];
  /** Weight of the evidence of a unit missing from the other span. */
  readonly missing: readonly number[];
}

/** The lexical evidence of a document within a band: how much the units of two spans find in each other. */
export interface UnitCoverage {
  /**
   * Evidence (nats) that two spans `[start, end)` translate each other: what their units find in each other
   * against what chance would find, less what a translation should have had and lacks.
   */
  gain(sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): number;
}

/**
 * Indexes which units of each sentence pair in the band find a key in each other, then scores spans. A unit
 * found in the other span weighs log(recall ÷ (chance × size)): recall is how often its kind is found in a
 * true translation (`recall` per unit kind), chance how often one sentence of the other side offers one of its
 * keys, size the other span's length in average sentences — a rare word found in one sentence is strong
 * evidence, a common word found somewhere in four weak (as in IBM Model 1, a longer span explains less of
 * each word). Found units count once, however many sentences of the other span hold them. A unit not found
 * costs log((1 − recall) ÷ (1 − chance)): a missing number says more than a missing gloss. Both are weighted
 * per kind (`found`, `missing`). Units that chance finds as often as a translation does are left out.
 */
export function unitCoverage(
  units: DocumentUnits,
  band: Band,
  maxBead: number,
  weights: UnitWeights,
): UnitCoverage {
  const { n, m } = band;
  const sourcePostings = postings(units.source, units.keys.size);
  const targetPostings = postings(units.target, units.keys.size);

  // Cells (i, j) a bead may touch: sentence i with the targets reachable within `maxBead` rows of it.
  const cellLo = new Int32Array(n);
  const cellHi = new Int32Array(n);
  const cellStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    cellLo[i] = band.lo[Math.max(0, i - maxBead + 1)]!;
    cellHi[i] = Math.max(cellLo[i]!, band.hi[Math.min(n, i + maxBead)]!);
    cellStart[i + 1] = cellStart[i]! + cellHi[i]! - cellLo[i]!;
  }
  const cellCount = cellStart[n]!;
  // Rows whose cells include target j: a contiguous range since both bounds never decrease.
  const rowFrom = new Int32Array(m);
  const rowTo = new Int32Array(m);
  {
    let a = 0;
    let b = 0;
    for (let j = 0; j < m; j++) {
      while (a < n && cellHi[a]! <= j) a++;
      if (b < a) b = a;
      while (b < n && cellLo[b]! <= j) b++;
      rowFrom[j] = a;
      rowTo[j] = b;
    }
  }

  // Per unit: log(recall ÷ chance), chance being that of one average sentence of the other side offering it;
  // and log((1 − recall) ÷ (1 − chance)), the (negative) evidence of finding it missing from a translation.
  const ratios: number[] = [];
  const found: number[] = [];
  const misses: number[] = [];
  const sourceMissing = new Float64Array(n + 1);
  const targetMissing = new Float64Array(m + 1);
  const pairCells = new Growing();
  const pairUnits = new Growing();
  const weigh = (keys: readonly number[], other: Postings, otherSize: number, kind: number): boolean => {
    let absent = 1;
    for (const key of keys) {
      // Smoothed towards a prior rate, so that in a short text one number in two sentences is not "common".
      const rate =
        (other.start[key + 1]! - other.start[key]! + PRIOR_SENTENCES * PRIOR_RATE) /
        (otherSize + PRIOR_SENTENCES);
      absent *= 1 - rate;
    }
    const chance = Math.min(0.99, 1 - absent);
    const q = weights.recall[kind]!;
    // A unit that chance finds about as often as a translation does says nothing.
    if (chance >= q) return false;
    ratios.push(Math.log(q / chance));
    found.push(weights.found[kind]!);
    misses.push(weights.missing[kind]! * Math.log((1 - q) / (1 - chance)));
    return true;
  };
  for (let i = 0; i < n; i++) {
    for (const unit of units.source[i]!.units) {
      if (!weigh(unit.keys, targetPostings, m, unit.kind)) continue;
      const id = ratios.length - 1;
      sourceMissing[i + 1]! += misses[id]!;
      const { start, list } = targetPostings;
      for (const key of unit.keys) {
        const end = start[key + 1]!;
        for (let p = lowerBound(list, start[key]!, end, cellLo[i]!); p < end && list[p]! < cellHi[i]!; p++) {
          pairCells.push(cellStart[i]! + list[p]! - cellLo[i]!);
          pairUnits.push(id);
        }
      }
    }
  }
  const firstTargetUnit = ratios.length;
  for (let j = 0; j < m; j++) {
    for (const unit of units.target[j]!.units) {
      if (!weigh(unit.keys, sourcePostings, n, unit.kind)) continue;
      const id = ratios.length - 1;
      targetMissing[j + 1]! += misses[id]!;
      const { start, list } = sourcePostings;
      for (const key of unit.keys) {
        const end = start[key + 1]!;
        for (let p = lowerBound(list, start[key]!, end, rowFrom[j]!); p < end && list[p]! < rowTo[j]!; p++) {
          const i = list[p]!;
          pairCells.push(cellStart[i]! + j - cellLo[i]!);
          pairUnits.push(id);
        }
      }
    }
  }
  // Group the matches by cell (counting sort).
  const start = new Int32Array(cellCount + 1);
  const cells = pairCells.values();
  const matches = pairUnits.values();
  for (const cell of cells) start[cell + 1]!++;
  for (let c = 0; c < cellCount; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cellCount);
  const matched = new Int32Array(cells.length);
  for (let p = 0; p < cells.length; p++) matched[fill[cells[p]!]!++] = matches[p]!;
  const ratio = Float64Array.from(ratios);
  const weight = Float64Array.from(found);
  const miss = Float64Array.from(misses);
  for (let i = 0; i < n; i++) sourceMissing[i + 1]! += sourceMissing[i]!;
  for (let j = 0; j < m; j++) targetMissing[j + 1]! += targetMissing[j]!;
  const stamp = new Int32Array(ratios.length);
  let visit = 0;
  // Span sizes in units relative to an average sentence: the chance of a match grows with the span searched.
  const sourceSize = prefixSums(units.source.map((s) => s.units.length));
  const targetSize = prefixSums(units.target.map((s) => s.units.length));
  const meanSource = Math.max(1, sourceSize[n]! / Math.max(1, n));
  const meanTarget = Math.max(1, targetSize[m]! / Math.max(1, m));

  return {
    gain(sourceStart, sourceEnd, targetStart, targetEnd) {
      visit++;
      // Every unit starts as missing; each one found takes its miss back and adds its gain.
      let sum =
        sourceMissing[sourceEnd]! -
        sourceMissing[sourceStart]! +
        targetMissing[targetEnd]! -
        targetMissing[targetStart]!;
      const sourceUnits = sourceSize[sourceEnd]! - sourceSize[sourceStart]!;
      const targetUnits = targetSize[targetEnd]! - targetSize[targetStart]!;
      // A source unit is searched for in the target span, and the other way round.
      // Chance grows about linearly with the span searched: log(recall ÷ (chance × size)).
      const sourceSearch = Math.log(Math.max(0.25, targetUnits / meanTarget));
      const targetSearch = Math.log(Math.max(0.25, sourceUnits / meanSource));
      for (let i = sourceStart; i < sourceEnd; i++) {
        const lo = cellLo[i]!;
        const from = Math.max(targetStart, lo);
        const to = Math.min(targetEnd, cellHi[i]!);
        for (let j = from; j < to; j++) {
          const cell = cellStart[i]! + j - lo;
          for (let p = start[cell]!; p < start[cell + 1]!; p++) {
            const unit = matched[p]!;
            if (stamp[unit] === visit) continue;
            stamp[unit] = visit;
            const gain = ratio[unit]! - (unit < firstTargetUnit ? sourceSearch : targetSearch);
            sum += weight[unit]! * Math.max(gain, 0) - miss[unit]!;
          }
        }
      }
      return sum;
    },
  };
}

/** An append-only list of 32-bit integers without the cost of a JavaScript array of numbers. */
class Growing {
  private data = new Int32Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }

  values(): Int32Array {
    return this.data.subarray(0, this.size);
  }
}

function prefixSums(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k]! + values[k]!;
  return sums;
}

/** Sentences offering each key, ascending: `list[start[key]…start[key + 1])`. */
interface Postings {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

function postings(sentences: readonly SentenceUnits[], keyCount: number): Postings {
  const start = new Int32Array(keyCount + 1);
  for (const sentence of sentences) for (const key of sentence.offers) start[key + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const list = new Int32Array(start[keyCount]!);
  sentences.forEach((sentence, index) => {
    for (const key of sentence.offers) list[fill[key]!++] = index;
  });
  return { start, list };
}

function lowerBound(list: Int32Array, from: number, to: number, value: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]! < value) a = mid + 1;
    else b = mid;
  }
  return a;
}
