import { simplifyChar } from './simplify-char.js';

/**
 * Text folded for matching, with the way back: folded unit `i` came from the original characters
 * `[starts[i], ends[i])`. A character may fold to several units (ﬁ → fi, ß → ss), several characters to one
 * (a run of spaces → one space; e + U+0301 → é) or to none (soft hyphen, zero-width space), so offsets are
 * mapped rather than assumed equal.
 */
export interface FoldedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

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

/**
 * Folds the cluster (a base character and its combining marks) at `i` into `into`. The common case, one BMP
 * character with no mark after it that folds to one unit, is a table read; the rest goes through `foldCluster`.
 */
function foldClusterAt(text: string, i: number, simplify: boolean, caseFold: boolean, into: Cluster): void {
  const key = (simplify ? 1 : 0) + (caseFold ? 2 : 0);
  const n = text.length;
  const next = text.charCodeAt(i + 1);
  if (i + 1 === n || ((next < 0xd800 || next > 0xdfff) && !isMarkAt(text, i + 1))) {
    const unit = foldUnit(unitTable(key), text.charCodeAt(i), simplify, caseFold);
    if (unit >= 0) {
      into.end = i + 1;
      into.unit = unit;
      return;
    }
  }
  const cp = text.codePointAt(i)!;
  const single = i + (cp > 0xffff ? 2 : 1);
  let j = single;
  while (j < n && isMarkAt(text, j)) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
  let folded: string | undefined;
  if (j === single) {
    const cache = caches[key]!;
    folded = cache.get(cp);
    if (folded === undefined) {
      folded = foldCluster(text.slice(i, j), simplify, caseFold);
      cache.set(cp, folded);
    }
  } else {
    folded = foldCluster(text.slice(i, j), simplify, caseFold);
  }
  into.end = j;
  into.unit = -1;
  into.text = folded;
}

/** Folds text for matching: width- and case-insensitive, optionally Traditional→Simplified; see {@link FoldedText}. */
export function foldText(text: string, options: FoldOptions): FoldedText {
  const simplify = options.simplify;
  const caseFold = options.caseFold ?? true;
  // Plain arrays: matchTerms folds every segment, and a typed array costs an allocation outside the heap (about
  // a microsecond) where a small array costs next to nothing.
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const cluster: Cluster = { end: 0, unit: -1, text: '' };
  for (let i = 0; i < text.length; i = cluster.end) {
    foldClusterAt(text, i, simplify, caseFold, cluster);
    const { end } = cluster;
    const space = cluster.unit >= 0 ? cluster.unit === 0x20 : cluster.text === ' ';
    if (space && units.length > 0 && units[units.length - 1] === 0x20) {
      // A run of spaces, tabs or line breaks is one space, so `supply  chain` still meets `supply chain`.
      ends[ends.length - 1] = end;
    } else if (cluster.unit >= 0) {
      units.push(cluster.unit);
      starts.push(i);
      ends.push(end);
    } else {
      for (let k = 0; k < cluster.text.length; k++) {
        units.push(cluster.text.charCodeAt(k));
        starts.push(i);
        ends.push(end);
      }
    }
  }
  let out = '';
  for (let k = 0; k < units.length; k += 8192)
    out += String.fromCharCode.apply(null, units.slice(k, k + 8192));
  return { text: out, starts, ends };
}

/** Folds a glossary term the same way as the text it is matched in, trimmed; no offset map, so it is cheap. */
export function foldTerm(term: string, options: FoldOptions): string {
  const simplify = options.simplify;
  const caseFold = options.caseFold ?? true;
  const units: number[] = [];
  const cluster: Cluster = { end: 0, unit: -1, text: '' };
  for (let i = 0; i < term.length; i = cluster.end) {
    foldClusterAt(term, i, simplify, caseFold, cluster);
    const space = cluster.unit >= 0 ? cluster.unit === 0x20 : cluster.text === ' ';
    // Spaces at the start, and a space after a space, are dropped.
    if (space && (units.length === 0 || units[units.length - 1] === 0x20)) continue;
    if (cluster.unit >= 0) units.push(cluster.unit);
    else for (let k = 0; k < cluster.text.length; k++) units.push(cluster.text.charCodeAt(k));
  }
  if (units[units.length - 1] === 0x20) units.pop();
  let out = '';
  for (let k = 0; k < units.length; k += 8192)
    out += String.fromCharCode.apply(null, units.slice(k, k + 8192));
  return out;
}
