/** Punctuation of a sentence that survives translation: questions, exclamations, quoted speech. */
export interface Punctuation {
  readonly question: boolean;
  readonly exclamation: boolean;
  /** The sentence opens a quotation (`“你来了`, `'Come in`). */
  readonly opensQuote: boolean;
  /** The sentence closes a quotation (`快走吧。”`, `at once.'`). */
  readonly closesQuote: boolean;
}

const OPENING = /^[\s—–-]*(?:[“「『"‘]|'(?=\p{L}))/u;
const CLOSING = /(?:[”」』"’]|(?<=[\p{L}.,!?…—–-])')[\s)）]*$/u;

/** The punctuation marks of one sentence that the aligner compares. */
export function punctuation(text: string): Punctuation {
  return {
    question: /[?？]/.test(text),
    exclamation: /[!！]/.test(text),
    opensQuote: OPENING.test(text),
    closesQuote: CLOSING.test(text),
  };
}

/** Weights in nats, calibrated on MAC-dev. */
export interface PunctuationWeights {
  readonly agree: number;
  readonly disagree: number;
}

/**
 * Evidence from punctuation for a link between two non-empty spans: questions and exclamations on both sides
 * or neither, quotations that open and close where the link does.
 */
export function punctuationScore(
  source: readonly Punctuation[],
  target: readonly Punctuation[],
  sourceStart: number,
  sourceEnd: number,
  targetStart: number,
  targetEnd: number,
  weights: PunctuationWeights,
): number {
  let sq = false;
  let tq = false;
  let sx = false;
  let tx = false;
  for (let i = sourceStart; i < sourceEnd; i++) {
    sq ||= source[i]!.question;
    sx ||= source[i]!.exclamation;
  }
  for (let j = targetStart; j < targetEnd; j++) {
    tq ||= target[j]!.question;
    tx ||= target[j]!.exclamation;
  }
  return (
    compare(sq, tq, weights) +
    0.5 * compare(sx, tx, weights) +
    0.5 * compare(source[sourceStart]!.opensQuote, target[targetStart]!.opensQuote, weights) +
    compare(source[sourceEnd - 1]!.closesQuote, target[targetEnd - 1]!.closesQuote, weights)
  );
}

function compare(a: boolean, b: boolean, weights: PunctuationWeights): number {
  return a && b ? weights.agree : a !== b ? -weights.disagree : 0;
}
