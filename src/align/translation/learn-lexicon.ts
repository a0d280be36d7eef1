import { type DocumentUnits, keyId, type SentenceUnits, type Unit, UnitKind } from './sentence-units.js';
import type { Bead } from './types.js';

// A pair must share at least this many links, and its Dice coefficient reach this, to be believed.
const MIN_LINKS = 2;
const MIN_DICE = 0.5;
// Fewer links than this teach coincidences, not words.
const MIN_DOCUMENT = 20;
// Links are counted in windows of this many, so that memory stays flat on long documents; names and terms
// recur within any window of this size.
const WINDOW = 1000;

/**
 * Word pairs the document itself teaches: a source word and a target word that keep landing in the same links
 * of a first alignment — names translated by their meaning (老狐狸 ↔ Old Fox), recurring terms. Returns the units with those
 * pairs added (`x:` keys) as evidence for a second pass.
 */
export function learnLexicon(units: DocumentUnits, beads: readonly Bead[]): DocumentUnits {
  const learnedSource = new Set<string>();
  const partners = new Map<string, Set<string>>();
  if (beads.length < MIN_DOCUMENT) return units;
  for (let from = 0; from < beads.length; from += WINDOW) {
    for (const [s, t] of associatedWords(units, beads.slice(from, from + WINDOW))) {
      learnedSource.add(s);
      const set = partners.get(t);
      if (set) set.add(s);
      else partners.set(t, new Set([s]));
    }
  }
  if (learnedSource.size === 0) return units;
  const extend = (sentence: SentenceUnits, learned: (word: string) => readonly string[]): SentenceUnits => {
    const extra: Unit[] = [];
    const offers = new Set(sentence.offers);
    for (const word of sentence.words) {
      const keys = learned(word).map((key) => keyId(units.keys, key));
      if (keys.length === 0) continue;
      extra.push({ kind: UnitKind.learned, keys });
      for (const key of keys) offers.add(key);
    }
    return extra.length
      ? { units: [...sentence.units, ...extra], offers: [...offers], words: sentence.words }
      : sentence;
  };
  return {
    source: units.source.map((s) => extend(s, (w) => (learnedSource.has(w) ? [`x:${w}`] : []))),
    target: units.target.map((t) => extend(t, (w) => [...(partners.get(w) ?? [])].map((s) => `x:${s}`))),
    keys: units.keys,
  };
}

function associatedWords(units: DocumentUnits, beads: readonly Bead[]): [string, string][] {
  const sourceIds = new Map<string, number>();
  const targetIds = new Map<string, number>();
  const sourceCount: number[] = [];
  const targetCount: number[] = [];
  const count = (words: Iterable<string>, ids: Map<string, number>, counts: number[]): number[] => {
    const seen = new Set<number>();
    for (const word of words) {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
        counts.push(0);
      }
      if (!seen.has(id)) {
        seen.add(id);
        counts[id]!++;
      }
    }
    return [...seen];
  };
  const linked = beads
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .map((bead) => ({
      source: count(
        bead.source.flatMap((i) => units.source[i]!.words),
        sourceIds,
        sourceCount,
      ),
      target: count(
        bead.target.flatMap((j) => units.target[j]!.words),
        targetIds,
        targetCount,
      ),
    }));
  // Words seen once cannot reach MIN_LINKS: leaving them out keeps the pair table small.
  const targetWords = targetIds.size;
  const pairCount = new Map<number, number>();
  for (const { source, target } of linked) {
    const targets = target.filter((t) => targetCount[t]! >= MIN_LINKS);
    for (const s of source) {
      if (sourceCount[s]! < MIN_LINKS) continue;
      for (const t of targets) {
        const key = s * targetWords + t;
        pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
      }
    }
  }
  const sourceWords = [...sourceIds.keys()];
  const targetWordList = [...targetIds.keys()];
  const pairs: [string, string][] = [];
  for (const [key, links] of pairCount) {
    if (links < MIN_LINKS) continue;
    const s = Math.floor(key / targetWords);
    const t = key % targetWords;
    if ((2 * links) / (sourceCount[s]! + targetCount[t]!) >= MIN_DICE)
      pairs.push([sourceWords[s]!, targetWordList[t]!]);
  }
  return pairs;
}
