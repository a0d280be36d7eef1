import { TermEntries } from '../../glossary/term-entries.js';
import type { TermMatch } from '../../model/index.js';

/** A match without its place: what the matched entry contributes, the same for every match of that entry. */
type TermEntry = Omit<TermMatch, 'start' | 'end'>;

/**
 * Term matches of a run of segments in a form that crosses a thread boundary cheaply: typed arrays (transferred,
 * not copied) for the places, and each distinct matched entry once.
 */
export interface PackedMatches {
  /** Matches per segment. */
  readonly counts: Int32Array<ArrayBuffer>;
  /** `start, end, entry` per match, segment after segment. */
  readonly places: Int32Array<ArrayBuffer>;
  readonly entries: TermEntry[];
}

/** Packs the matches of consecutive segments, each distinct entry once (see {@link TermEntries}). */
export function packMatches(matches: readonly (readonly TermMatch[])[]): PackedMatches {
  const counts = new Int32Array(matches.length);
  let total = 0;
  for (const list of matches) total += list.length;
  const places = new Int32Array(total * 3);
  const numbers = new TermEntries();
  let at = 0;
  matches.forEach((list, i) => {
    counts[i] = list.length;
    for (const match of list) {
      places[at++] = match.start;
      places[at++] = match.end;
      places[at++] = numbers.numberOf(match);
    }
  });
  const entries = Array.from({ length: numbers.size }, (_, n): TermEntry => {
    const { start: _start, end: _end, ...entry } = numbers.first(n);
    return entry;
  });
  return { counts, places, entries };
}

/** The matches {@link packMatches} packed, one list per segment; matches of one entry share its `targets`. */
export function unpackMatches(packed: PackedMatches): TermMatch[][] {
  const { counts, places, entries } = packed;
  const out: TermMatch[][] = new Array(counts.length);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    const list: TermMatch[] = new Array(counts[i]!);
    for (let j = 0; j < list.length; j++) {
      const entry = entries[places[at + 2]!]!;
      list[j] = { start: places[at]!, end: places[at + 1]!, ...entry };
      at += 3;
    }
    out[i] = list;
  }
  return out;
}
