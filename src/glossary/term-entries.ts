import type { TermMatch } from '../model/index.js';

/**
 * Numbers the distinct glossary entries behind term matches, 0, 1, 2, … in order of first match: what a writer
 * needs to store each entry once (the workbook's TermEntries sheet, the entry half of each match in the JSON, the
 * matches sent back from a matching thread). A book has hundreds of thousands of matches of a few thousand
 * entries; the matches of one entry share its `targets` array (see matchTerms), so an entry is found by that array,
 * then by its other fields, without building a key per match. Matches read back from a file have arrays of their
 * own and are found by equal targets instead.
 */
export class TermEntries {
  // A Map rather than a WeakMap: an instance lives for one document, and a Map's lookups cost half as much.
  readonly #byArray = new Map<readonly string[], number[]>();
  readonly #byJson = new Map<string, number[]>();
  readonly #first: TermMatch[] = [];

  /** Entries numbered so far. */
  get size(): number {
    return this.#first.length;
  }

  /** The number of the entry `term` matched; a new entry gets the next number. */
  numberOf(term: TermMatch): number {
    let list = this.#byArray.get(term.targets);
    if (!list) {
      const json = JSON.stringify(term.targets);
      list = this.#byJson.get(json) ?? [];
      this.#byJson.set(json, list);
      this.#byArray.set(term.targets, list);
    }
    for (const n of list) {
      const t = this.#first[n]!;
      if (
        t.source === term.source &&
        t.target === term.target &&
        t.note === term.note &&
        t.status === term.status
      ) {
        return n;
      }
    }
    const n = this.#first.length;
    this.#first.push(term);
    list.push(n);
    return n;
  }

  /** The first match of entry `n`: its source, target, targets, note and status are the entry's. */
  first(n: number): TermMatch {
    const term = this.#first[n];
    if (!term) throw new RangeError(`Expected an entry number below ${this.size}, got ${n}`);
    return term;
  }
}

/**
 * The entry number of every term match of a document, counted once for all its writers (the workbook's Terms,
 * TermMatches and TermEntries columns, the JSON's matches): a pass over a book's matches costs a twentieth of a
 * second, and each writer made its own. Numbers are those {@link TermEntries} gives, matches taken in document order.
 */
export class DocumentEntries {
  readonly entries = new TermEntries();
  /** The entry number of each match, the segments' matches one after another. */
  readonly numbers: Int32Array;
  /** Where each segment's matches start in {@link numbers}; one more item, the total, at the end. */
  readonly starts: Int32Array;

  constructor(segments: readonly { readonly terms: readonly TermMatch[] }[]) {
    this.starts = new Int32Array(segments.length + 1);
    let total = 0;
    for (let i = 0; i < segments.length; i++) {
      this.starts[i] = total;
      total += segments[i]!.terms.length;
    }
    this.starts[segments.length] = total;
    this.numbers = new Int32Array(total);
    let at = 0;
    for (const segment of segments) {
      for (const term of segment.terms) this.numbers[at++] = this.entries.numberOf(term);
    }
  }

  /** The entry number of match `k` of segment `i`. */
  numberOf(i: number, k: number): number {
    return this.numbers[this.starts[i]! + k]!;
  }

  /**
   * Whether these numbers can be for `segments`: as many segments, each with as many matches. A cheap guard, not a
   * proof: a caller counts over the segments it then writes, unchanged in between.
   */
  fits(segments: readonly { readonly terms: readonly TermMatch[] }[]): boolean {
    if (segments.length + 1 !== this.starts.length) return false;
    for (let i = 0; i < segments.length; i++) {
      if (this.starts[i + 1]! - this.starts[i]! !== segments[i]!.terms.length) return false;
    }
    return true;
  }
}
