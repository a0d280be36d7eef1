export { detectLanguage } from './detect-language.js';
export { detectSpeakers } from './detect-speakers.js';
export { SUPPORTED_LANGUAGES } from './languages/index.js';
export { segmentDocument } from './segment-document.js';
export { segmentLines } from './segment-lines.js';
export { DEFAULT_MAX_LENGTH, type SegmentOptions } from './segment-options.js';
export type { SentenceSpan } from './sentence-span.js';
export { splitSentences } from './split-sentences.js';
