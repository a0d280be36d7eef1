/** Glossaries: load (CSV, TSV, XLSX/ODS, TBX) · validate · index · match. */
export {
  buildTermIndex,
  type EntryUse,
  entriesInLanguage,
  entryUse,
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
export { matchTerms } from './match-terms.js';
export {
  GLOSSARY_FORMATS,
  type GlossaryLoadOptions,
  type GlossaryLoadResult,
  parseGlossary,
} from './parse-glossary.js';
