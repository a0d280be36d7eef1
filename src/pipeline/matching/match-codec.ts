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

/**
 * Packs the matches of consecutive segments. Matches of one glossary entry share their `targets` array (see
 * matchTerms), which is how an entry is recognised without comparing its fields as text.
 */
export function packMatches(matches: readonly (readonly TermMatch[])[]): PackedMatches {
  const counts = new Int32Array(matches.length);
  let total = 0;
  for (const list of matches) total += list.length;
  const places = new Int32Array(total * 3);
  const entries: TermEntry[] = [];
  const byTargets = new Map<readonly string[], number[]>();
  let at = 0;
  matches.forEach((list, i) => {
    counts[i] = list.length;
    for (const match of list) {
      let known = byTargets.get(match.targets);
      if (!known) {
        known = [];
        byTargets.set(match.targets, known);
      }
      let k = known.find((n) => sameEntry(entries[n]!, match));
      if (k === undefined) {
        k = entries.length;
        const { start: _start, end: _end, ...entry } = match;
        entries.push(entry);
        known.push(k);
      }
      places[at++] = match.start;
      places[at++] = match.end;
      places[at++] = k;
    }
  });
  return { counts, places, entries };
}

function sameEntry(entry: TermEntry, match: TermMatch): boolean {
  return (
    entry.source === match.source &&
    entry.target === match.target &&
    entry.note === match.note &&
    entry.status === match.status
  );
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
