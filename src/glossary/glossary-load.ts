import type { Finding, GlossaryEntry } from '../model/index.js';

export interface GlossaryLoadOptions {
  /**
   * Source language (`zh`, `zh-CN`): picks the source column among language-code columns (`zh | en | fr`) and the
   * source langSet in TBX. Without it the first language column (or the TBX file's own language) is the source.
   */
  readonly sourceLanguage?: string;
  /**
   * Target language: picks the target column / langSet. Without it, or when the glossary has no such column, the
   * language {@link defaultTarget} gives for the source, when the glossary has it, else the first other language;
   * the entries say which, and a document translated into another language leaves them out.
   */
  readonly targetLanguage?: string;
  /**
   * The target a translation from `source` has when none is given (`tandem align` translates into English, from
   * English into Chinese): a zh/fr/en termbase then gives English renderings, as the document's translation needs.
   */
  readonly defaultTarget?: (source: string) => string;
}

export interface GlossaryLoadResult {
  /** Entries that loaded; rows with errors are left out and reported in `findings`. */
  readonly entries: GlossaryEntry[];
  readonly findings: Finding[];
}
