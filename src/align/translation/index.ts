export { alignSentences } from './align-sentences.js';
export type { AlignOptions, Bead, DictionaryEntry, PairScorer, Side, SpanScore } from './types.js';
