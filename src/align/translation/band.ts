/**
 * The part of the alignment lattice the search looks at: for each count `i` of source sentences consumed
 * (0…n), the counts of target sentences `lo[i]…hi[i]` (inclusive). Both bounds never decrease with `i`, the
 * band holds (0, 0) and (n, m), and each row overlaps the next, so a path always exists.
 */
export interface Band {
  readonly n: number;
  readonly m: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** The whole lattice: exact, and affordable for a few thousand cells per row. */
export function fullBand(n: number, m: number): Band {
  return { n, m, lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * A band of `width` target sentences either side of a path through the lattice given as points `(i, j)` with
 * both coordinates ascending; between points the path runs straight. Between points far apart the band widens
 * by `spread` times their distance, as the straight line is only a guess there.
 */
export function bandAround(
  points: readonly (readonly [number, number])[],
  n: number,
  m: number,
  width: number,
  spread = 0,
): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  const all: (readonly [number, number])[] = [[0, 0], ...points, [n, m]];
  for (let p = 1; p < all.length; p++) {
    const [i0, j0] = all[p - 1]!;
    const [i1, j1] = all[p]!;
    if (i1 < i0 || j1 < j0) continue;
    const w = width + Math.ceil(spread * Math.max(i1 - i0, j1 - j0));
    // A run of target sentences with no source (i1 = i0) widens that row; a run with no target, its rows.
    for (let i = i0; i <= i1; i++) {
      const from = i1 === i0 ? j0 : j0 + Math.floor(((i - i0) * (j1 - j0)) / (i1 - i0));
      const to = i1 === i0 ? j1 : j0 + Math.ceil(((i - i0) * (j1 - j0)) / (i1 - i0));
      lo[i] = Math.min(lo[i]!, Math.max(0, from - w));
      hi[i] = Math.max(hi[i]!, Math.min(m, to + w));
    }
  }
  // Monotone bounds with overlapping rows keep every cell reachable.
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!);
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
  return { n, m, lo, hi };
}

/** Number of lattice states in a band. */
export function bandSize(band: Band): number {
  let size = 0;
  for (let i = 0; i <= band.n; i++) size += band.hi[i]! - band.lo[i]! + 1;
  return size;
}
