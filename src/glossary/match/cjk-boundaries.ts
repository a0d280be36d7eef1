import { charKind } from '../text/char-kind.js';
import type { KnownTokens, WordTokens } from './word-tokens.js';

/** How far around a candidate the Han/kana run is taken for segmentation: a run this long is a sentence anyway. */
export const MAX_CONTEXT = 256;
/** Where a window was cut short of its run, a candidate this close to the cut gets a window of its own. */
const MARGIN = 32;

/**
 * Particles and prepositions that ICU's dictionary glues onto a neighbouring character it does not know as part
 * of a word: 合作共赢的 gives 合作|共|赢的, 中方向非洲 gives 中|方向|非洲. A token that reaches past a match by one
 * of these alone is taken for that artefact, not for a word the match cuts.
 */
const GLUED = new Set('的了着过地得和与及向在是等对为将把被于同从'.split(''));

interface Window {
  readonly start: number;
  readonly end: number;
  /** Start and end of the part of the window whose tokens do not depend on where the window was cut. */
  readonly safeStart: number;
  readonly safeEnd: number;
  /** The window's text and the tokens of it found so far. */
  readonly tokens: KnownTokens;
}

/**
 * Tells whether a candidate match cuts a Chinese or Japanese word, by Intl.Segmenter word tokens: the match is
 * rejected only when a token straddles its start or end (发展|中|国家 for 中国; 中|美洲 for 中美) and does not
 * hold the whole match (中美 inside the one token 中美关系 is fine), nor reaches past it by just one particle that
 * ICU glued on (合作共赢 in 合作|共|赢的). Multi-token terms (人类|命运|共同|体) match.
 *
 * Segmentation is lazy and local: only when a candidate has a CJK character on both sides of one of its edges,
 * and then only the run of Han/kana characters around it (ICU segments such runs on their own, so this gives the
 * same tokens as segmenting the sentence, and stays fast even when a caller passes a whole document). A run met
 * before, in this text or another, is not segmented again: see `WordTokens`.
 */
export class CjkBoundaries {
  readonly #words: WordTokens;
  readonly #text: string;
  readonly #windows: Window[] = [];

  constructor(words: WordTokens, text: string) {
    this.#words = words;
    this.#text = text;
  }

  /** True when `[start, end)` of the text cuts a word at an edge where CJK characters meet. */
  cutsWord(start: number, end: number): boolean {
    const text = this.#text;
    const checkStart = start > 0 && charKind(text, start) === 'cjk' && charKind(text, start - 1) === 'cjk';
    const checkEnd = end < text.length && charKind(text, end - 1) === 'cjk' && charKind(text, end) === 'cjk';
    if (!checkStart && !checkEnd) return false;
    const window = this.#windowAround(start, end);
    const words = this.#words;
    // The token holding the match's first character straddles the start if it begins before it; the one holding
    // its last character straddles the end if it ends after it. Either is fine when it holds the whole match.
    // Asking for those two tokens rather than listing all of them saves a JS object per token.
    if (checkStart) {
      words.find(window.tokens, start - window.start);
      const before = window.start + words.start;
      if (before < start && window.start + words.end < end && !gluedOn(text, before, start)) return true;
    }
    if (checkEnd) {
      words.find(window.tokens, end - 1 - window.start);
      const after = window.start + words.end;
      if (after > end && window.start + words.start > start && !gluedOn(text, end, after)) return true;
    }
    return false;
  }

  #windowAround(start: number, end: number): Window {
    // Candidates arrive roughly in text order, so the window is nearly always one of the last few.
    for (let i = this.#windows.length - 1; i >= 0 && i >= this.#windows.length - 8; i--) {
      const w = this.#windows[i]!;
      if (w.safeStart <= start && end <= w.safeEnd) return w;
    }
    const text = this.#text;
    let a = start;
    while (a > 0 && start - a < MAX_CONTEXT && charKind(text, a - 1) === 'cjk') a--;
    let b = end;
    while (b < text.length && b - end < MAX_CONTEXT && charKind(text, b) === 'cjk') b++;
    // never split a surrogate pair at the window edge
    if (a > 0 && isLowSurrogate(text.charCodeAt(a))) a--;
    if (b < text.length && isLowSurrogate(text.charCodeAt(b))) b++;
    const cutStart = a > 0 && charKind(text, a - 1) === 'cjk';
    const cutEnd = b < text.length && charKind(text, b) === 'cjk';
    const window = {
      start: a,
      end: b,
      safeStart: cutStart ? Math.min(start, a + MARGIN) : a,
      safeEnd: cutEnd ? Math.max(end, b - MARGIN) : b,
      tokens: this.#words.ofRange(text, a, b),
    };
    this.#windows.push(window);
    return window;
  }
}

/** Whether `text[from, to)`, the part of a token outside a match, is one particle ICU glued on (see GLUED). */
function gluedOn(text: string, from: number, to: number): boolean {
  return to - from === 1 && GLUED.has(text[from]!);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Calls `onRun` with each run of Han/kana characters in `text` that {@link CjkBoundaries} would segment whole: two
 * characters at least (a shorter one has no edge inside to check) and at most {@link MAX_CONTEXT} (a longer one is
 * segmented in windows). These are the texts whose word tokens its questions about `text` come down to.
 */
export function forEachCjkRun(text: string, onRun: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const cjk = i < text.length && charKind(text, i) === 'cjk';
    if (cjk && start < 0) start = i;
    else if (!cjk && start >= 0) {
      if (i - start >= 2 && i - start <= MAX_CONTEXT) onRun(start, i);
      start = -1;
    }
  }
}
