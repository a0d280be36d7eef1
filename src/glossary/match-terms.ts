import type { TermMatch } from '../model/index.js';
import { CjkBoundaries } from './match/cjk-boundaries.js';
import { CompiledTermIndex, type Pattern, type TermIndex } from './match/term-index.js';
import type { LearnedWords } from './match/word-tokens.js';
import { charKind } from './text/char-kind.js';
import { TextFolder } from './text/fold-text.js';

/** Folds each text matched: one for all calls (matching is synchronous), so folding allocates no offset arrays. */
const folder = new TextFolder();
/** Folds the text under case-sensitive candidates while `folder` still holds the offsets of the whole text. */
const exactFolder = new TextFolder();

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly pattern: Pattern;
}

/**
 * Finds the glossary terms in a text (a segment's source): offsets are UTF-16 offsets into `text` itself,
 * matches are sorted and never overlap. Where candidates overlap, the leftmost wins and, from the same start,
 * the longest (联合国安理会 over 联合国); a candidate that cuts a word is dropped before that choice, so a
 * shorter term from the same start still gets its chance.
 *
 * Word rules: an edge between two letters or digits of space-separated scripts is never a match edge (port does
 * not match in support); an edge between two CJK characters must not cut an Intl.Segmenter word token (中国 does
 * not match in 发展中国家, 中美 not in 中美洲), see `CjkBoundaries`.
 */
export function matchTerms(index: TermIndex, text: string): TermMatch[] {
  if (!(index instanceof CompiledTermIndex))
    throw new TypeError('Expected an index made by buildTermIndex().');
  const ft = folder.fold(text, { simplify: index.simplify });
  const { starts, ends } = folder;
  const candidates: Candidate[] = [];
  const compounds: (readonly [number, number])[] = [];

  index.automaton.forEachMatch(ft, (key, a, b) => {
    // A match must start and end on whole characters of the original (not inside ﬁ or a surrogate pair).
    if (a > 0 && starts[a] === starts[a - 1]) return;
    for (const pattern of index.patterns[key]!) {
      let z = b;
      if (pattern.endings) {
        const ending = wordEnding(ft, b, pattern.endings);
        if (ending === undefined) continue;
        z += ending;
      }
      if (z < ft.length && starts[z] === starts[z - 1]) continue;
      const start = starts[a]!;
      const end = ends[z - 1]!;
      if (pattern.protectsCompound) {
        compounds.push([start, end]);
        continue;
      }
      if (charKind(ft, a) === 'word' && a > 0 && charKind(ft, a - 1) === 'word') continue;
      if (charKind(ft, z - 1) === 'word' && z < ft.length && charKind(ft, z) === 'word') continue;
      if (pattern.exact !== undefined) {
        const exact = exactFolder.fold(text.slice(start, end), { simplify: index.simplify, caseFold: false });
        if (exact.trim() !== pattern.exact) continue;
      }
      candidates.push({ start, end, pattern });
    }
  });
  if (candidates.length === 0) return [];

  sortCandidates(candidates);
  let boundaries: CjkBoundaries | undefined;
  const matches: TermMatch[] = [];
  let taken = 0;
  for (const c of candidates) {
    if (c.start < taken) continue;
    let isCompound = false;
    let insideCompound = false;
    for (const [s, e] of compounds) {
      if (s === c.start && e === c.end) isCompound = true;
      else if (s < c.end && c.start < e && !(c.start <= s && e <= c.end)) insideCompound = true;
    }
    if (insideCompound && !isCompound) continue;
    if (!isCompound) {
      boundaries ??= new CjkBoundaries(index.words, text);
      if (boundaries.cutsWord(c.start, c.end)) continue;
    }
    const entry = index.entries[c.pattern.entry]!;
    const match: TermMatch = {
      start: c.start,
      end: c.end,
      source: c.pattern.variant,
      target: entry.targets[0] ?? '',
      targets: index.targetsOf(c.pattern.entry),
      status: entry.status,
    };
    if (entry.note !== undefined) match.note = entry.note;
    matches.push(match);
    taken = c.end;
  }
  return matches;
}

/**
 * Gives `index` word tokens worked out ahead (see {@link LearnedWords}), or takes them back with undefined: matching
 * then asks ICU only about texts they lack. Matches are the same either way.
 */
export function useLearnedWords(index: TermIndex, learned: LearnedWords | undefined): void {
  if (!(index instanceof CompiledTermIndex))
    throw new TypeError('Expected an index made by buildTermIndex().');
  index.words.learned = learned;
}

/**
 * Sorts candidates by start, longest first from the same start, then by rank; stable. An insertion sort: a segment
 * has a handful of candidates, which the automaton reports nearly in order, and `Array.sort` calling a comparator
 * from its builtin costs more than the sorting itself.
 */
function sortCandidates(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    let j = i;
    for (; j > 0; j--) {
      const p = candidates[j - 1]!;
      if ((p.start - c.start || c.end - p.end || p.pattern.rank - c.pattern.rank) <= 0) break;
      candidates[j] = p;
    }
    candidates[j] = c;
  }
}

/**
 * Length of the allowed English ending at `from` in the folded text, or undefined when the rest of the word is
 * not one of them. A trailing apostrophe is tried with and without, as it may close a quotation ('the policy').
 */
function wordEnding(ft: string, from: number, endings: readonly string[]): number | undefined {
  let to = from;
  while (to < ft.length && (charKind(ft, to) === 'word' || ft[to] === "'")) to++;
  for (; to >= from; to--) {
    const rest = ft.slice(from, to);
    if (endings.includes(rest)) return rest.length;
    if (!rest.endsWith("'")) return undefined;
  }
  return undefined;
}
