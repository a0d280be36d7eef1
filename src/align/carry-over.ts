import type { AlignedDocument, AlignedSegment, Orphan } from '../model/index.js';
import { addTo } from '../util/add-to.js';
import { noteSegment } from './notes/index.js';

/** Options of {@link carryOver}. */
export interface CarryOverOptions {
  /** Day of the re-alignment (`2024-05-01`), written into the reason of each new orphan. */
  readonly date: string;
  /** Rows of the old workbook that could not be placed (no ID, unknown ID): kept as orphans too. */
  readonly unplaced?: readonly Orphan[];
  /** Smallest likeness (0–1) of an old and a new source for the old translation to be offered as a suggestion. */
  readonly minSimilarity?: number;
}

/** What carrying work over did, for the run's summary. */
export interface CarryOverCounts {
  /** Same ID, same source: target, status and notes as they were. */
  readonly kept: number;
  /** Same source under another ID (a paragraph inserted before it shifted the IDs): carried as they were. */
  readonly moved: number;
  /** Source changed: the old translation stays in Target as a suggestion, status `needs review`. */
  readonly needsReview: number;
  /** Orphans of an earlier run whose source is back in the document. */
  readonly restored: number;
  /** Translations whose segment is gone in this run, now on the Orphans sheet. */
  readonly orphaned: number;
  /** Everything on the Orphans sheet now, earlier orphans included. */
  readonly orphans: number;
}

/** The re-aligned document with the translator's work carried over, and what happened to it. */
export interface CarryOverResult {
  readonly document: AlignedDocument;
  readonly counts: CarryOverCounts;
}

/** Starts the note that tells the translator a carried translation is of an earlier source. */
export const SOURCE_CHANGED_NOTE = 'Source changed since translated';
const DEFAULT_MIN_SIMILARITY = 0.5;
/** Pairs compared in one stretch between matched segments at most: beyond it, a rewrite is too wholesale to pair. */
const MAX_PAIRS = 40_000;

/**
 * Carries a translator's work from the previous alignment of a document into its new one, so that re-running
 * `tandem align` after the source was edited loses nothing:
 * 1. a segment with the same ID and source keeps its Target, Status and Notes;
 * 2. one whose source is found under another ID (IDs shift when a paragraph is inserted before it) keeps them too,
 *    the k-th occurrence of a repeated source (记者, 王毅) taking the k-th;
 * 3. an orphan of an earlier run whose source is back is restored;
 * 4. between two segments matched so, an old and a new source that are alike (one edited sentence) pair up: the old
 *    translation stays in Target as a suggestion, status `needs review`, the old source in a note (what CAT tools do);
 * 5. any other old translation (or status, or translator's note) goes to `orphans`, never away.
 * Notes the note rules make are the new document's; only the translator's own notes are carried.
 */
export function carryOver(
  fresh: AlignedDocument,
  previous: AlignedDocument,
  options: CarryOverOptions,
): CarryOverResult {
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const old = previous.segments;
  const language = previous.sourceLanguage || fresh.sourceLanguage;
  const ownNotes = old.map((segment) => translatorNotes(segment, language));
  const worked = old.map((segment, j) => hasWork(segment, ownNotes[j]!));
  /** For each new segment, the old one it continues and how. */
  const match: ({ readonly j: number; readonly how: 'kept' | 'moved' | 'changed' } | undefined)[] =
    fresh.segments.map(() => undefined);
  const taken = new Set<number>();

  const byId = new Map(old.map((segment, j) => [segment.id, j]));
  fresh.segments.forEach((segment, i) => {
    const j = byId.get(segment.id);
    if (j !== undefined && sameSource(old[j]!.source, segment.source)) {
      match[i] = { j, how: 'kept' };
      taken.add(j);
    }
  });

  const bySource = new IndexQueues();
  old.forEach((segment, j) => {
    if (!taken.has(j)) bySource.add(sourceKey(segment.source), j);
  });
  fresh.segments.forEach((segment, i) => {
    if (match[i]) return;
    const j = bySource.take(sourceKey(segment.source));
    if (j !== undefined) {
      match[i] = { j, how: 'moved' };
      taken.add(j);
    }
  });

  const earlier = [...(previous.orphans ?? []), ...(options.unplaced ?? [])];
  const restoredFrom = new Map<number, Orphan>();
  const orphanBySource = new IndexQueues();
  earlier.forEach((orphan, k) => {
    if (orphan.source.trim()) orphanBySource.add(sourceKey(orphan.source), k);
  });
  const restoredOrphans = new Set<number>();
  fresh.segments.forEach((segment, i) => {
    if (match[i]) return;
    const k = orphanBySource.take(sourceKey(segment.source));
    if (k !== undefined) {
      restoredFrom.set(i, earlier[k]!);
      restoredOrphans.add(k);
    }
  });

  pairChanged(fresh.segments, old, match, taken, worked, restoredFrom, minSimilarity);

  let kept = 0;
  let moved = 0;
  let needsReview = 0;
  const segments = fresh.segments.map((segment, i): AlignedSegment => {
    const restored = restoredFrom.get(i);
    if (restored) {
      return {
        ...segment,
        target: restored.target,
        status: restored.status,
        notes: merge(segment.notes, restored.notes),
      };
    }
    const m = match[i];
    if (!m) return segment;
    const before = old[m.j]!;
    if (!worked[m.j]) return segment;
    if (m.how === 'changed') {
      needsReview++;
      const change = `${SOURCE_CHANGED_NOTE}; the translation is of the earlier source: “${before.source}”`;
      return {
        ...segment,
        target: before.target,
        status: 'needs review',
        notes: merge(segment.notes, [...withoutChangeNotes(ownNotes[m.j]!), change]),
      };
    }
    if (m.how === 'kept') kept++;
    else moved++;
    // Once the translator has reviewed a changed segment, the note that said so has done its work.
    const notes = before.status === 'needs review' ? ownNotes[m.j]! : withoutChangeNotes(ownNotes[m.j]!);
    return {
      ...segment,
      target: before.target,
      status: before.status,
      notes: merge(segment.notes, notes),
      ...(before.confidence === undefined ? {} : { confidence: before.confidence }),
    };
  });

  const orphaned: Orphan[] = [];
  old.forEach((segment, j) => {
    if (taken.has(j) || !worked[j]) return;
    orphaned.push({
      id: segment.id,
      source: segment.source,
      target: segment.target,
      status: segment.status,
      notes: ownNotes[j]!,
      reason: `Source no longer in the document (re-aligned ${options.date})`,
    });
  });
  const earlierCount = previous.orphans?.length ?? 0;
  const keptOrphans = earlier.flatMap((orphan, k) => {
    if (restoredOrphans.has(k)) return [];
    // Unplaced rows become orphans now: their reason gets this run's date, as new orphans' do.
    return [
      k >= earlierCount ? { ...orphan, reason: `${orphan.reason} (re-aligned ${options.date})` } : orphan,
    ];
  });
  const orphans = [...keptOrphans, ...orphaned];
  const { orphans: _previousOrphans, ...rest } = fresh;
  return {
    document: { ...rest, segments, ...(orphans.length > 0 ? { orphans } : {}) },
    counts: {
      kept,
      moved,
      needsReview,
      restored: restoredFrom.size,
      orphaned: orphaned.length,
      orphans: orphans.length,
    },
  };
}

/**
 * Pairs old and new segments whose sources are alike, within each stretch between segments matched exactly (in
 * document order), so an edited sentence finds its old self and not a look-alike pages away. Greedy, best first.
 */
function pairChanged(
  fresh: readonly AlignedSegment[],
  old: readonly AlignedSegment[],
  match: ({ readonly j: number; readonly how: 'kept' | 'moved' | 'changed' } | undefined)[],
  taken: Set<number>,
  worked: readonly boolean[],
  restored: ReadonlyMap<number, Orphan>,
  minSimilarity: number,
): void {
  const anchors = increasingAnchors(match);
  const bounds = [{ i: -1, j: -1 }, ...anchors, { i: fresh.length, j: old.length }];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const from = bounds[g]!;
    const to = bounds[g + 1]!;
    const newOnes: number[] = [];
    for (let i = from.i + 1; i < to.i; i++) if (!match[i] && !restored.has(i)) newOnes.push(i);
    const oldOnes: number[] = [];
    for (let j = from.j + 1; j < to.j; j++) {
      if (!taken.has(j) && worked[j] && old[j]!.target.trim() !== '') oldOnes.push(j);
    }
    if (newOnes.length === 0 || oldOnes.length === 0 || newOnes.length * oldOnes.length > MAX_PAIRS) continue;
    const candidates: { i: number; j: number; score: number }[] = [];
    const oldGrams = new Map(oldOnes.map((j) => [j, bigrams(old[j]!.source)]));
    for (const i of newOnes) {
      const grams = bigrams(fresh[i]!.source);
      for (const j of oldOnes) {
        const score = dice(grams, oldGrams.get(j)!);
        if (score >= minSimilarity) candidates.push({ i, j, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    for (const { i, j } of candidates) {
      if (match[i] || taken.has(j)) continue;
      match[i] = { j, how: 'changed' };
      taken.add(j);
    }
  }
}

/** The matched pairs that keep document order on both sides (a longest increasing run), as stretch boundaries. */
function increasingAnchors(
  match: readonly ({ readonly j: number } | undefined)[],
): { readonly i: number; readonly j: number }[] {
  const pairs = match.flatMap((m, i) => (m ? [{ i, j: m.j }] : []));
  // Patience sorting: tails[k] is the pair ending the best run of length k + 1.
  const tails: number[] = [];
  const parent: number[] = [];
  pairs.forEach((pair, p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.j < pair.j) lo = mid + 1;
      else hi = mid;
    }
    parent[p] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = p;
  });
  const run: { i: number; j: number }[] = [];
  for (let p = tails.length > 0 ? tails[tails.length - 1]! : -1; p >= 0; p = parent[p]!) run.push(pairs[p]!);
  return run.reverse();
}

function sourceKey(source: string): string {
  return source.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function sameSource(a: string, b: string): boolean {
  return a === b || sourceKey(a) === sourceKey(b);
}

/** The notes a translator wrote, not the ones the note rules make for this source (those are made afresh). */
function translatorNotes(segment: AlignedSegment, language: string): string[] {
  const made = new Set(
    noteSegment(
      {
        id: segment.id,
        paragraph: Math.max(1, segment.paragraph),
        source: segment.source,
        start: 0,
        end: segment.source.length,
        kind: segment.kind,
      },
      language,
    ),
  );
  return segment.notes.filter((note) => !made.has(note));
}

function withoutChangeNotes(notes: readonly string[]): string[] {
  return notes.filter((note) => !note.startsWith(SOURCE_CHANGED_NOTE));
}

function hasWork(segment: AlignedSegment, notes: readonly string[]): boolean {
  return segment.target.trim() !== '' || segment.status !== 'new' || notes.length > 0;
}

function merge(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

/** Character bigrams with counts: a likeness measure that works for Chinese (no spaces) and English alike. */
function bigrams(text: string): Map<string, number> {
  const chars = [...sourceKey(text)];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let k = 0; k + 1 < chars.length; k++) {
    const gram = chars[k]! + chars[k + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient of two bigram multisets: 1 for the same text, 0 for nothing in common. */
function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let size = 0;
  for (const n of a.values()) size += n;
  for (const n of b.values()) size += n;
  if (size === 0) return 0;
  let common = 0;
  for (const [gram, n] of a) common += Math.min(n, b.get(gram) ?? 0);
  return (2 * common) / size;
}

/**
 * Indexes by key, each key's handed out in the order added. A key can hold thousands (a book's repeated heading);
 * taking from the front of an array would move all the others each time.
 */
class IndexQueues {
  readonly #lists = new Map<string, number[]>();
  readonly #taken = new Map<string, number>();

  add(key: string, index: number): void {
    addTo(this.#lists, key, index);
  }

  /** The next index of `key` not yet taken, or undefined when there is none. */
  take(key: string): number | undefined {
    const list = this.#lists.get(key);
    if (!list) return undefined;
    const n = this.#taken.get(key) ?? 0;
    if (n >= list.length) return undefined;
    this.#taken.set(key, n + 1);
    return list[n];
  }
}
