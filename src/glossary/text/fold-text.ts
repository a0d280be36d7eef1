import { simplifyChar } from './simplify-char.js';

export interface FoldOptions {
  /** Fold Traditional Chinese characters to Simplified (for Chinese sources). */
  readonly simplify: boolean;
  /** Fold case; off for comparing case-sensitive entries. Default true. */
  readonly caseFold?: boolean;
}

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const SPACE = /\s/u;
const MARKS = /^\p{M}+$/u;
const IS_MARK = /\p{M}/u;

/** Folded form of single-character clusters, per option set (simplify × caseFold), filled on first use. */
const caches: Map<number, string>[] = [new Map(), new Map(), new Map(), new Map()];

function foldCodePoint(cp: number, simplify: boolean): string {
  if (cp === 0x2018 || cp === 0x2019 || cp === 0x02bc) return "'";
  if (cp === 0x2010) return '-';
  if (simplify && cp < 0x10000) return String.fromCharCode(simplifyChar(cp));
  return String.fromCodePoint(cp);
}

function lowerCase(s: string): string {
  let lower = s.toLowerCase();
  // İ lower-cases to i + U+0307; the dot is no letter anyone types in a glossary.
  if (lower.length > s.length && [...s].length === 1) {
    const first = String.fromCodePoint(lower.codePointAt(0)!);
    if (MARKS.test(lower.slice(first.length))) lower = first;
  }
  // Full case folding where lower-casing stops short: Straße meets STRASSE, final ς meets σ.
  return lower.replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** Width (NFKC), Traditional→Simplified, punctuation and case folding of one base character with its marks. */
function foldCluster(cluster: string, simplify: boolean, caseFold: boolean): string {
  let out = '';
  for (const ch of cluster.normalize('NFKC')) {
    if (IGNORABLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      out += ' ';
      continue;
    }
    out += foldCodePoint(ch.codePointAt(0)!, simplify);
  }
  return caseFold ? lowerCase(out) : out;
}

/** 1 = not a combining mark, 2 = combining mark, per BMP code unit; 0 not yet known. */
const markCache = new Uint8Array(0x10000);

function isMarkAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) return IS_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
  let m = markCache[unit]!;
  if (m === 0) {
    m = IS_MARK.test(String.fromCharCode(unit)) ? 2 : 1;
    markCache[unit] = m;
  }
  return m === 2;
}

/** Not looked at yet. */
const UNKNOWN = -1;
/** Folds to several units, or to none: take the general path. */
const COMPLEX = -2;
/** Per option set (indexed as `caches`): the folded unit of each BMP code unit standing alone, or a marker. */
const unitTables: (Int32Array | undefined)[] = [undefined, undefined, undefined, undefined];

function unitTable(key: number): Int32Array {
  let table = unitTables[key];
  if (!table) {
    table = new Int32Array(0x10000).fill(UNKNOWN);
    unitTables[key] = table;
  }
  return table;
}

/**
 * How the BMP code unit `unit` folds when no combining mark follows it: one unit, or {@link COMPLEX}. Surrogates
 * are always complex (they come in pairs).
 */
function foldUnit(table: Int32Array, unit: number, simplify: boolean, caseFold: boolean): number {
  let folded = table[unit]!;
  if (folded === UNKNOWN) {
    if (unit >= 0xd800 && unit <= 0xdfff) {
      folded = COMPLEX;
    } else {
      const cluster = foldCluster(String.fromCharCode(unit), simplify, caseFold);
      folded = cluster.length === 1 ? cluster.charCodeAt(0) : COMPLEX;
    }
    table[unit] = folded;
  }
  return folded;
}

/** The folding of one cluster: the folded text, or one folded unit when that is all it is (no string made). */
interface Cluster {
  /** Where the next cluster starts. */
  end: number;
  /** The folded unit when the cluster folds to exactly one, else -1. */
  unit: number;
  /** The folded text when `unit` is -1 (possibly empty: an invisible character folds to nothing). */
  text: string;
}

/** How to fold: the options, and the unit table and cluster cache that go with them. */
interface Folding {
  readonly simplify: boolean;
  readonly caseFold: boolean;
  readonly table: Int32Array;
  readonly cache: Map<number, string>;
}

function foldingOf(options: FoldOptions): Folding {
  const simplify = options.simplify;
  const caseFold = options.caseFold ?? true;
  const key = (simplify ? 1 : 0) + (caseFold ? 2 : 0);
  return { simplify, caseFold, table: unitTable(key), cache: caches[key]! };
}

/**
 * Folds the cluster (a base character and its combining marks) at `i` into `into`. The common case, one BMP
 * character with no mark after it that folds to one unit, is a table read; the rest goes through
 * {@link foldLongCluster}.
 */
function foldClusterAt(text: string, i: number, folding: Folding, into: Cluster): void {
  const table = folding.table;
  let unit = table[text.charCodeAt(i)]!;
  if (unit === UNKNOWN) unit = foldUnit(table, text.charCodeAt(i), folding.simplify, folding.caseFold);
  if (unit >= 0) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 === text.length || ((next < 0xd800 || next > 0xdfff) && !isMarkAt(text, i + 1))) {
      into.end = i + 1;
      into.unit = unit;
      return;
    }
  }
  foldLongCluster(text, i, folding, into);
}

/** {@link foldClusterAt} for a cluster that is more than one BMP unit or folds to other than one unit. */
function foldLongCluster(text: string, i: number, folding: Folding, into: Cluster): void {
  const n = text.length;
  const cp = text.codePointAt(i)!;
  const single = i + (cp > 0xffff ? 2 : 1);
  let j = single;
  while (j < n && isMarkAt(text, j)) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
  let folded: string | undefined;
  if (j === single) {
    folded = folding.cache.get(cp);
    if (folded === undefined) {
      folded = foldCluster(text.slice(i, j), folding.simplify, folding.caseFold);
      folding.cache.set(cp, folded);
    }
  } else {
    folded = foldCluster(text.slice(i, j), folding.simplify, folding.caseFold);
  }
  into.end = j;
  into.unit = -1;
  into.text = folded;
}

/**
 * Folds texts for matching, with the way back: after `fold`, folded unit `i` came from the original characters
 * `[starts[i], ends[i])`. A character may fold to several units (ﬁ → fi, ß → ss), several characters to one (a run
 * of spaces → one space; e + U+0301 → é) or to none (soft hyphen, zero-width space), so offsets are mapped rather
 * than assumed equal.
 *
 * The offsets live in buffers the folder keeps, valid up to the folded length and overwritten by the next `fold`:
 * matching folds every segment of a document, and fresh offset arrays for each were a good part of its garbage.
 */
export class TextFolder {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** A plain array: a string is made from it twice as fast as from a typed array. */
  #units: number[] = [];
  readonly #cluster: Cluster = { end: 0, unit: -1, text: '' };

  /** Folds `text` (width- and case-insensitive, optionally Traditional→Simplified) and returns the folded text. */
  fold(text: string, options: FoldOptions): string {
    const folding = foldingOf(options);
    const cluster = this.#cluster;
    const length = text.length;
    // One unit per code unit at most, except where a cluster folds to more (room is made there).
    this.#reserve(length);
    const units = this.#units;
    let starts = this.starts;
    let ends = this.ends;
    let n = 0;
    const table = folding.table;
    for (let i = 0; i < length; ) {
      // foldClusterAt, with its common case written out: this loop runs over every character of a document, and
      // keeping the unit in a local rather than in `cluster` makes it a third faster.
      let unit = table[text.charCodeAt(i)]!;
      if (unit === UNKNOWN) unit = foldUnit(table, text.charCodeAt(i), folding.simplify, folding.caseFold);
      let end = i + 1;
      if (unit >= 0 && end < length) {
        const next = text.charCodeAt(end);
        if ((next >= 0xd800 && next <= 0xdfff) || isMarkAt(text, end)) unit = -1;
      }
      let folded = '';
      if (unit < 0) {
        foldLongCluster(text, i, folding, cluster);
        end = cluster.end;
        folded = cluster.text;
        if (n + folded.length + length - end > starts.length) {
          this.#reserve(n + folded.length + length - end);
          starts = this.starts;
          ends = this.ends;
        }
      }
      const space = unit >= 0 ? unit === 0x20 : folded === ' ';
      if (space && n > 0 && units[n - 1] === 0x20) {
        // A run of spaces, tabs or line breaks is one space, so `supply  chain` still meets `supply chain`.
        ends[n - 1] = end;
      } else if (unit >= 0) {
        units[n] = unit;
        starts[n] = i;
        ends[n++] = end;
      } else {
        for (let k = 0; k < folded.length; k++) {
          units[n] = folded.charCodeAt(k);
          starts[n] = i;
          ends[n++] = end;
        }
      }
      i = end;
    }
    return unitsToString(units, n);
  }

  /** Makes room for `size` folded units, keeping the ones already there. */
  #reserve(size: number): void {
    if (size <= this.starts.length) return;
    const capacity = Math.max(size, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.ends = ends;
  }
}

/** Units of the term `foldTerm` is folding, kept between calls. */
const termUnits: number[] = [];
const termCluster: Cluster = { end: 0, unit: -1, text: '' };

/** Folds a glossary term the same way as the text it is matched in, trimmed; no offset map, so it is cheap. */
export function foldTerm(term: string, options: FoldOptions): string {
  const folding = foldingOf(options);
  const cluster = termCluster;
  const units = termUnits;
  let n = 0;
  // Whether every unit folded to itself: then the term is its own folding (most Chinese terms), no string to make.
  let same = true;
  for (let i = 0; i < term.length; i = cluster.end) {
    foldClusterAt(term, i, folding, cluster);
    const { unit } = cluster;
    const space = unit >= 0 ? unit === 0x20 : cluster.text === ' ';
    // Spaces at the start, and a space after a space, are dropped.
    if (space && (n === 0 || units[n - 1] === 0x20)) {
      same = false;
      continue;
    }
    if (unit >= 0) {
      same &&= unit === term.charCodeAt(i);
      units[n++] = unit;
    } else {
      same = false;
      for (let k = 0; k < cluster.text.length; k++) units[n++] = cluster.text.charCodeAt(k);
    }
  }
  if (n > 0 && units[n - 1] === 0x20) return unitsToString(units, n - 1);
  return same ? term : unitsToString(units, n);
}

/** The string of the first `n` units. */
function unitsToString(units: readonly number[], n: number): string {
  let out = '';
  for (let k = 0; k < n; k += 8192)
    out += String.fromCharCode.apply(null, units.slice(k, Math.min(n, k + 8192)));
  return out;
}
