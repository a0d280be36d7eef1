/**
 * A link between a run of source sentences and a run of target sentences. Indices point into the sentence
 * arrays given to `alignSentences`; each side is contiguous and ascending, and either side may be empty.
 */
export interface Bead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** 0 (a guess) … 1 (certain): the probability that this link is right, given the evidence. */
  readonly confidence: number;
}

/** One glossary entry used as an anchor: a source term and the renderings that count as its translation. */
export interface DictionaryEntry {
  readonly source: string;
  readonly targets: readonly string[];
}

/** The sentences of one side, as a scorer sees them. */
export interface Side {
  readonly sentences: readonly string[];
  readonly language: string;
}

/**
 * Scores candidate links of one document. Made once per document by `PairScorer.prepare`, then asked about many
 * spans, so it should precompute what it can (per-sentence vectors, token sets).
 */
export type SpanScore = (
  sourceStart: number,
  sourceEnd: number,
  targetStart: number,
  targetEnd: number,
) => number;

/**
 * Extra evidence for the aligner, e.g. an embedding model. `prepare` sees both whole sides once and returns a
 * function giving, for the source span `[sourceStart, sourceEnd)` and target span `[targetStart, targetEnd)`
 * (both non-empty), a log-odds score in nats: positive when the spans look like translations of each other,
 * negative when they do not, about 0 when the scorer cannot tell. It is added to the built-in evidence.
 */
export interface PairScorer {
  readonly name: string;
  prepare(source: Side, target: Side): SpanScore;
}

/** What `alignSentences` needs besides the sentences. */
export interface AlignOptions {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  /** Glossary entries: a term found on both sides is strong evidence that those sentences belong together. */
  readonly dictionary?: readonly DictionaryEntry[];
  /** Paragraph number of each source sentence; with `targetParagraphs`, breaks on both sides attract bead breaks. */
  readonly sourceParagraphs?: readonly number[];
  /** Paragraph number of each target sentence. */
  readonly targetParagraphs?: readonly number[];
  /** Extra scorers added to the built-in length, number, name, punctuation and lexical evidence. */
  readonly scorers?: readonly PairScorer[];
  /**
   * Use the bundled CC-CEDICT dictionary for zh↔en word evidence (default true). It is loaded once, on first
   * use, which takes about half a second.
   */
  readonly lexicon?: boolean;
}
