import { type Band, bandAround, fullBand } from './band.js';
import { type LengthModel, lengthLogProbability } from './length-model.js';
import { searchBand } from './search-band.js';
import type { DocumentUnits, SentenceUnits, Unit } from './sentence-units.js';
import { unitCoverage } from './unit-coverage.js';

/** What the coarse search needs of the document and the aligner's constants. */
export interface CoarseInput {
  readonly units: DocumentUnits;
  readonly sourceLengths: Float64Array;
  readonly targetLengths: Float64Array;
  readonly model: LengthModel;
  readonly recall: readonly number[];
  readonly found: readonly number[];
  readonly length: number;
}

// Up to this many lattice states a level is searched whole.
export const FULL_SEARCH = 10_000;
// The coarsest level, searched whole, has at most this many states.
const TOP_LEVEL = 2_500;
// Blocks either side of the path found one level up.
const BLOCK_WIDTH = 6;
// Links between blocks: mostly one to one, as blocks hold about the same text on both sides.
const BLOCK_LINKS: readonly (readonly [number, number, number])[] = [
  [1, 1, Math.log(0.7)],
  [1, 2, Math.log(0.1)],
  [2, 1, Math.log(0.1)],
  [1, 0, Math.log(0.02)],
  [0, 1, Math.log(0.02)],
  [2, 2, Math.log(0.05)],
];
// A unit whose chance of a match in a block reaches this is left out of that level: it would weigh nothing.
const MAX_BLOCK_CHANCE = 0.25;

/**
 * The band for the sentence-level search, found coarse to fine as Vecalign does: sentences are grouped in
 * blocks of 2, 4, 8, … until the block lattice is small enough to search whole; each level's best path,
 * doubled, lays a narrow band for the level below. Blocks are compared on length and on their rarer units.
 */
export function coarseBand(input: CoarseInput, width: number): Band {
  const n = input.sourceLengths.length;
  const m = input.targetLengths.length;
  if (n * m <= FULL_SEARCH) return fullBand(n, m);
  const keyCount = input.units.keys.size;
  const sourceFrequency = frequencies(input.units.source, keyCount);
  const targetFrequency = frequencies(input.units.target, keyCount);
  // Levels are built bottom-up, each from the one below (the units kept only shrink), and searched top-down.
  const levels: Level[] = [];
  let below: Level = {
    size: 1,
    units: input.units,
    sourceLengths: input.sourceLengths,
    targetLengths: input.targetLengths,
  };
  do {
    const size = below.size * 2;
    const rare = (frequency: Int32Array, count: number) => (key: number) =>
      (frequency[key]! * size) / count < MAX_BLOCK_CHANCE;
    below = {
      size,
      units: {
        source: pairUp(below.units.source, rare(targetFrequency, m), rare(sourceFrequency, n), keyCount),
        target: pairUp(below.units.target, rare(sourceFrequency, n), rare(targetFrequency, m), keyCount),
        keys: input.units.keys,
      },
      sourceLengths: pairSums(below.sourceLengths),
      targetLengths: pairSums(below.targetLengths),
    };
    levels.push(below);
  } while (below.sourceLengths.length * below.targetLengths.length > TOP_LEVEL);
  let points: [number, number][] | undefined;
  for (const level of levels.reverse()) {
    const nb = level.sourceLengths.length;
    const mb = level.targetLengths.length;
    const band = points ? bandAround(doubled(points, nb, mb), nb, mb, BLOCK_WIDTH) : fullBand(nb, mb);
    // Blocks keep only their rarer units, so a unit missing from a block says little: no absence evidence here.
    const coverage = unitCoverage(level.units, band, 2, {
      recall: input.recall,
      found: input.found,
      missing: input.found.map(() => 0),
    });
    const { sourceLengths, targetLengths } = level;
    const steps = searchBand(band, BLOCK_LINKS, (i0, i1, j0, j1) => {
      if (i0 === i1 || j0 === j1) return 0;
      let ls = 0;
      let lt = 0;
      for (let i = i0; i < i1; i++) ls += sourceLengths[i]!;
      for (let j = j0; j < j1; j++) lt += targetLengths[j]!;
      return input.length * lengthLogProbability(input.model, ls, lt) + coverage.gain(i0, i1, j0, j1);
    });
    points = steps.map((step) => [step.i1, step.j1]);
  }
  return bandAround(doubled(points ?? [], n, m), n, m, width);
}

interface Level {
  readonly size: number;
  readonly units: DocumentUnits;
  readonly sourceLengths: Float64Array;
  readonly targetLengths: Float64Array;
}

function doubled(points: readonly (readonly [number, number])[], n: number, m: number): [number, number][] {
  return points.map(([i, j]) => [Math.min(n, 2 * i), Math.min(m, 2 * j)]);
}

function frequencies(sentences: readonly SentenceUnits[], keyCount: number): Int32Array {
  const counts = new Int32Array(keyCount);
  for (const sentence of sentences) for (const key of sentence.offers) counts[key]!++;
  return counts;
}

function pairSums(lengths: Float64Array): Float64Array {
  const result = new Float64Array(Math.ceil(lengths.length / 2));
  for (let k = 0; k < lengths.length; k++) result[k >> 1]! += lengths[k]!;
  return result;
}

// Blocks of two from the blocks below, keeping the units that stay rare at the new size (`unitRare`: some key
// rarely offered by the other side) and the offers that could still match them (`offerRare`).
function pairUp(
  blocks: readonly SentenceUnits[],
  unitRare: (key: number) => boolean,
  offerRare: (key: number) => boolean,
  keyCount: number,
): SentenceUnits[] {
  const seen = new Int32Array(keyCount).fill(-1);
  const result: SentenceUnits[] = [];
  for (let k = 0; k < blocks.length; k += 2) {
    const units: Unit[] = [];
    const offers: number[] = [];
    for (const block of blocks.slice(k, k + 2)) {
      for (const unit of block.units) if (unit.keys.some(unitRare)) units.push(unit);
      for (const key of block.offers) {
        if (seen[key] === k || !offerRare(key)) continue;
        seen[key] = k;
        offers.push(key);
      }
    }
    result.push({ units, offers, words: [] });
  }
  return result;
}
