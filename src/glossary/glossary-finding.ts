import type { Finding, Origin, Severity } from '../model/index.js';

/**
 * Codes of the findings the glossary stage reports, each with the severity it is reported at.
 * Errors mean a row (or a file) was not loaded; warnings mean it was loaded but wants a look.
 */
export type GlossaryFindingCode =
  /** error: the file's extension is none of .csv .tsv .txt .xlsx .ods .tbx */
  | 'glossary-unsupported-format'
  /** error: binary, undecodable, damaged, encrypted or oversized file; nothing loaded */
  | 'glossary-unreadable'
  /** error: no header row naming source and target columns; nothing loaded */
  | 'glossary-no-header'
  /** error: the source (or target) language asked for has no column / langSet in the file */
  | 'glossary-language-missing'
  /** error: XML that is not TBX (no martif/tbx root or no term entries) */
  | 'glossary-not-tbx'
  /** warning: a readable glossary without a single entry */
  | 'glossary-empty'
  /** error: a CSV/TSV quoted field never closes; that line is skipped */
  | 'glossary-unterminated-quote'
  /** error (too many fields, row skipped) or warning (too few, taken as empty) */
  | 'glossary-field-count'
  | 'glossary-empty-source'
  /** error in tables (row skipped) unless the status is forbidden; warning in TBX */
  | 'glossary-missing-target'
  | 'glossary-unknown-status'
  | 'glossary-bad-case-flag'
  | 'glossary-term-too-long'
  /** warning: more rows than tandem reads from one sheet */
  | 'glossary-truncated'
  /** warning: XML entity declarations or unknown entities, left unexpanded */
  | 'glossary-xml-entity'
  /** info: TBX entries without a term in the source language, skipped */
  | 'glossary-no-source-term'
  /** warning: the same entry twice */
  | 'glossary-duplicate'
  /** warning: one source term with different targets in different entries */
  | 'glossary-conflicting-targets';

/** A glossary finding at a place in a file (`line` for text files, `cell` like `Terms!B7` for spreadsheets). */
export function glossaryFinding(
  code: GlossaryFindingCode,
  severity: Severity,
  place: Origin,
  message: string,
): Finding {
  const finding: Finding = { code, severity, message, file: place.file };
  if (place.line !== undefined) finding.line = place.line;
  if (place.cell !== undefined) finding.cell = place.cell;
  return finding;
}
