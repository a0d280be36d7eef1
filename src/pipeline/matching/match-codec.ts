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

/**
 * The matches {@link packMatches} packed, one list per segment; matches of one entry share its `targets`. Given
 * `targets` (one map for all the runs of a document), an entry's `targets` array is also the same in every run, so
 * that writers that tell entries apart by that array (see {@link TermEntries}) find them at once.
 */
export function unpackMatches(packed: PackedMatches, targets?: Map<string, string[]>): TermMatch[][] {
  const { counts, places } = packed;
  const entries = targets
    ? packed.entries.map((entry) => ({ ...entry, targets: shared(entry.targets, targets) }))
    : packed.entries;
  const out: TermMatch[][] = new Array(counts.length);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    const list: TermMatch[] = new Array(counts[i]!);
    for (let j = 0; j < list.length; j++) {
      const entry = entries[places[at + 2]!]!;
      // Built as matchTerms builds its matches, so that both have the same shape and code reading them stays fast.
      const match: TermMatch = {
        start: places[at]!,
        end: places[at + 1]!,
        source: entry.source,
        target: entry.target,
        targets: entry.targets,
        status: entry.status,
      };
      if (entry.note !== undefined) match.note = entry.note;
      list[j] = match;
      at += 3;
    }
    out[i] = list;
  }
  return out;
}

/** One frozen array for every equal list of targets, as matching itself gives the matches of an entry. */
function shared(list: readonly string[], known: Map<string, string[]>): string[] {
  const key = JSON.stringify(list);
  let same = known.get(key);
  if (same === undefined) {
    same = [...list];
    Object.freeze(same);
    known.set(key, same);
  }
  return same;
}
