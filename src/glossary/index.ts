/** Glossaries: load (CSV, TSV, XLSX/ODS, TBX) · validate · index · match. */
export {
  buildTermIndex,
  CJK_LANGUAGES,
  type EntryUse,
  entriesInLanguage,
  entryUse,
  segmenterLanguage,
  type TermIndex,
  type TermIndexOptions,
} from './build-term-index.js';
export { checkGlossary } from './check-glossary.js';
export type { GlossaryFindingCode } from './glossary-finding.js';
export {
  glossaryTarget,
  type OtherTargetEntries,
  otherTargetEntries,
  otherTargetFindings,
  otherTargetMessage,
} from './glossary-targets.js';
export { LearnedWords } from './match/word-tokens.js';
export { matchTerms, useLearnedWords } from './match-terms.js';
export {
  GLOSSARY_FORMATS,
  type GlossaryLoadOptions,
  type GlossaryLoadResult,
  parseGlossary,
} from './parse-glossary.js';
