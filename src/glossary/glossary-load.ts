import type { Finding, GlossaryEntry } from '../model/index.js';

export interface GlossaryLoadOptions {
  /**
   * Source language (`zh`, `zh-CN`): picks the source column among language-code columns (`zh | en | fr`) and the
   * source langSet in TBX. Without it the first language column (or the TBX file's own language) is the source.
   */
  readonly sourceLanguage?: string;
  /** Target language: picks the target column / langSet; without it, the first other language. */
  readonly targetLanguage?: string;
}

export interface GlossaryLoadResult {
  /** Entries that loaded; rows with errors are left out and reported in `findings`. */
  readonly entries: GlossaryEntry[];
  readonly findings: Finding[];
}
