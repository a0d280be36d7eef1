import { simplifyChar } from './simplify-char.js';

/**
 * Text folded for matching, with the way back: folded unit `i` came from the original characters
 * `[starts[i], ends[i])`. A character may fold to several units (ﬁ → fi, ß → ss), several characters to one
 * (a run of spaces → one space; e + U+0301 → é) or to none (soft hyphen, zero-width space), so offsets are
 * mapped rather than assumed equal.
 */
export interface FoldedText {
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
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

/** Calls `emit(folded, start, end)` for each base character with its marks, in order. */
function forEachCluster(
  text: string,
  options: FoldOptions,
  emit: (folded: string, start: number, end: number) => void,
): void {
  const simplify = options.simplify;
  const caseFold = options.caseFold ?? true;
  const cache = caches[(simplify ? 1 : 0) + (caseFold ? 2 : 0)]!;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const single = i + (cp > 0xffff ? 2 : 1);
    let j = single;
    while (j < n && isMarkAt(text, j)) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
    if (j === single) {
      let cached = cache.get(cp);
      if (cached === undefined) {
        cached = foldCluster(text.slice(i, j), simplify, caseFold);
        cache.set(cp, cached);
      }
      emit(cached, i, j);
    } else {
      emit(foldCluster(text.slice(i, j), simplify, caseFold), i, j);
    }
    i = j;
  }
}

/** Folds text for matching: width- and case-insensitive, optionally Traditional→Simplified; see {@link FoldedText}. */
export function foldText(text: string, options: FoldOptions): FoldedText {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  forEachCluster(text, options, (folded, start, end) => {
    if (folded === ' ' && units.length > 0 && units[units.length - 1] === 0x20) {
      // A run of spaces, tabs or line breaks is one space, so `supply  chain` still meets `supply chain`.
      ends[ends.length - 1] = end;
      return;
    }
    for (let k = 0; k < folded.length; k++) {
      units.push(folded.charCodeAt(k));
      starts.push(start);
      ends.push(end);
    }
  });
  let out = '';
  for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.slice(k, k + 8192));
  return { text: out, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** Folds a glossary term the same way as the text it is matched in, trimmed; no offset map, so it is cheap. */
export function foldTerm(term: string, options: FoldOptions): string {
  let out = '';
  forEachCluster(term, options, (folded) => {
    if (folded === ' ' && (out === '' || out.endsWith(' '))) return;
    out += folded;
  });
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}
