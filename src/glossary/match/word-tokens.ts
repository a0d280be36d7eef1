/** Texts remembered per generation: two generations, a few MB at most. */
const GENERATION = 16_384;

/** The word tokens of one text that have been asked for, as start, end pairs. */
export interface KnownTokens {
  readonly text: string;
  /** Grows as tokens are asked for; a typed array holds every token of the text, learned at once. */
  readonly spans: number[] | Int32Array;
}

/**
 * Intl.Segmenter word tokens of the short texts `CjkBoundaries` asks about, remembered per text.
 *
 * ICU is most of the cost of matching Chinese: every `segment()` clones a break iterator and the first question
 * about a text runs the dictionary over all of it, several microseconds a window, where the rest of matching a
 * segment costs a few. A document repeats many of its Han runs (set phrases, names, clauses said again), and the
 * same text always gives the same tokens, so asking ICU once per distinct text changes no result. Only the tokens
 * asked for are kept, as they are asked: a window usually needs two.
 */
export class WordTokens {
  readonly #language: string;
  #segmenter: Intl.Segmenter | undefined;
  /**
   * Texts seen lately, and before that, by a hash of their characters. When the current generation is full it
   * becomes the old one and the old one is dropped; a text met again moves up. Evicting the oldest entry of a single
   * Map one at a time instead doubled the cost of these lookups (the iterator that finds the oldest walks past the
   * holes earlier deletions left). Keyed by a number rather than by the text so that a caller asking about part of a
   * longer string cuts it out only the first time (see {@link ofRange}): cutting and hashing a new string per
   * question cost a tenth of a second of a book's matching.
   */
  #current = new Map<number, Slot>();
  #previous = new Map<number, Slot>();
  /** Texts added to the current generation. */
  #count = 0;
  /** Tokens of whole texts worked out ahead, on another thread (see {@link LearnedWords}); asked first. */
  learned: LearnedWords | undefined;
  /** ICU's view of the text asked about last: a second token of the same text is then a cheap question. */
  #lastKnown: KnownTokens | undefined;
  #lastSegments: Intl.Segments | undefined;

  /** Start of the token found by the last {@link find}, an offset into its text. */
  start = 0;
  /** End of the token found by the last {@link find}. */
  end = 0;

  /** @param language Language of the segmenter, made on first use (constructing one costs milliseconds). */
  constructor(language: string) {
    this.#language = language;
  }

  /** What is known of the tokens of `text`, for {@link find}: one lookup per text rather than per question. */
  of(text: string): KnownTokens {
    return this.ofRange(text, 0, text.length);
  }

  /** What is known of the tokens of `source.slice(start, end)`, cutting it out only when it is new. */
  ofRange(source: string, start: number, end: number): KnownTokens {
    const hash = hashOf(source, start, end);
    if (this.learned !== undefined) {
      const learned = this.learned.find(hash, source, start, end);
      if (learned !== undefined) return learned;
    }
    let known = lookup(this.#current, hash, source, start, end);
    if (known === undefined) {
      known = lookup(this.#previous, hash, source, start, end) ?? {
        text: source.slice(start, end),
        spans: [],
      };
      if (this.#count >= GENERATION) {
        this.#previous = this.#current;
        this.#current = new Map();
        this.#count = 0;
      }
      insert(this.#current, hash, known);
      this.#count++;
    }
    return known;
  }

  /** Finds the word token that holds the code unit at `offset` of a text: see {@link start} and {@link end}. */
  find(known: KnownTokens, offset: number): void {
    const spans = known.spans;
    for (let k = 0; k < spans.length; k += 2) {
      if (spans[k]! <= offset && offset < spans[k + 1]!) {
        this.start = spans[k]!;
        this.end = spans[k + 1]!;
        return;
      }
    }
    if (this.#lastSegments === undefined || this.#lastKnown !== known) {
      this.#segmenter ??= new Intl.Segmenter(this.#language, { granularity: 'word' });
      this.#lastSegments = this.#segmenter.segment(known.text);
      this.#lastKnown = known;
    }
    const token = this.#lastSegments.containing(offset)!;
    this.start = token.index;
    this.end = token.index + token.segment.length;
    if (Array.isArray(spans)) spans.push(this.start, this.end);
  }
}

/** Texts learned per generation: two generations, about what a 10 MB book has, 10–20 MB at most. */
const LEARNED_GENERATION = 65_536;

/**
 * Word tokens of whole texts worked out ahead of the questions, all of each text's tokens at once: a thread segments
 * a document's Han runs while the main thread segments sentences and matches terms, and what it finds is learned
 * here between runs of segments. The same text gives the same tokens wherever ICU runs, so a text learned here
 * answers as {@link WordTokens} would have. Kept for a whole run of documents, as the thread sends each text once;
 * the oldest generation goes when a new one is full.
 */
export class LearnedWords {
  #current = new Map<number, Slot>();
  #previous = new Map<number, Slot>();
  #count = 0;

  /**
   * Learns the tokens of `text`: `spans` holds every token's start and end, in order. `hash`, when the thread that
   * segmented the text worked it out already, is {@link hashOf} the text.
   */
  learn(text: string, spans: Int32Array, hash = hashOf(text, 0, text.length)): void {
    if (lookup(this.#current, hash, text, 0, text.length) !== undefined) return;
    if (this.#count >= LEARNED_GENERATION) {
      this.#previous = this.#current;
      this.#current = new Map();
      this.#count = 0;
    }
    insert(this.#current, hash, { text, spans });
    this.#count++;
  }

  /** The tokens learned of `source.slice(start, end)`, whose hash is `hash`. */
  find(hash: number, source: string, start: number, end: number): KnownTokens | undefined {
    return (
      lookup(this.#current, hash, source, start, end) ?? lookup(this.#previous, hash, source, start, end)
    );
  }

  /** Texts kept: of both generations, less the few that share a hash with another. */
  get size(): number {
    return this.#current.size + this.#previous.size;
  }
}

/** The hash texts are kept by: of `source.slice(start, end)`, without cutting it out. */
export function hashOf(source: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + source.charCodeAt(i)) | 0;
  return hash;
}

/** The texts of one hash: nearly always one. */
type Slot = KnownTokens | KnownTokens[];

/** Whether `source.slice(start, end)` is `known`'s text, without cutting it out. */
function holds(known: KnownTokens, source: string, start: number, end: number): boolean {
  return known.text.length === end - start && source.startsWith(known.text, start);
}

function lookup(
  texts: Map<number, Slot>,
  hash: number,
  source: string,
  start: number,
  end: number,
): KnownTokens | undefined {
  const slot = texts.get(hash);
  if (slot === undefined) return undefined;
  if (!Array.isArray(slot)) return holds(slot, source, start, end) ? slot : undefined;
  return slot.find((known) => holds(known, source, start, end));
}

function insert(texts: Map<number, Slot>, hash: number, known: KnownTokens): void {
  const slot = texts.get(hash);
  if (slot === undefined) texts.set(hash, known);
  else if (Array.isArray(slot)) slot.push(known);
  else texts.set(hash, [slot, known]);
}
