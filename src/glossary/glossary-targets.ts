import { type Finding, type GlossaryEntry, languageName, primaryLanguage } from '../model/index.js';
import { entryUse } from './build-term-index.js';

/**
 * The one language the glossary translates texts in `language` into, when its entries name exactly one (a zh/fr
 * termbase: `fr`); undefined when they name none or several. A document aligned without `--to` is translated into
 * it, so that such a glossary's hints are not left out for the usual default, English.
 */
export function glossaryTarget(entries: readonly GlossaryEntry[], language: string): string | undefined {
  const primary = primaryLanguage(language);
  const named = new Set<string>();
  for (const entry of entries) {
    const use = entryUse(entry, primary);
    const tag =
      use === 'as-written' ? entry.targetLanguage : use === 'turned-round' ? entry.sourceLanguage : undefined;
    if (tag) named.add(primaryLanguage(tag));
    if (named.size > 1) return undefined;
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** Entries of one glossary file left out of a translation for naming other target languages. */
export interface OtherTargetEntries {
  readonly file: string;
  readonly entries: number;
  /** The target languages they name, primary tags, in the order met. */
  readonly languages: readonly string[];
}

/**
 * Per glossary file, the entries for texts in `language` that name a target language other than `target`: they give
 * no hints to this translation, and the translator should hear why.
 */
export function otherTargetEntries(
  entries: readonly GlossaryEntry[],
  language: string,
  target: string,
): OtherTargetEntries[] {
  const primary = primaryLanguage(language);
  const primaryTarget = primaryLanguage(target);
  const byFile = new Map<string, { entries: number; languages: Set<string> }>();
  for (const entry of entries) {
    if (entryUse(entry, primary, primaryTarget) !== 'other-target') continue;
    const turned = entry.sourceLanguage !== undefined && primaryLanguage(entry.sourceLanguage) !== primary;
    const tag = (turned ? entry.sourceLanguage : entry.targetLanguage) ?? '';
    let file = byFile.get(entry.origin.file);
    if (!file) {
      file = { entries: 0, languages: new Set() };
      byFile.set(entry.origin.file, file);
    }
    file.entries++;
    file.languages.add(primaryLanguage(tag));
  }
  return [...byFile].map(([file, { entries, languages }]) => ({ file, entries, languages: [...languages] }));
}

/**
 * What to tell the translator of the entries of a glossary file left out of a document for giving renderings in
 * another language than its `target`. `command` names what to run for a translation into that language, if any;
 * `documents`, how many documents of a run they were left out of (by default, the one the message is about).
 */
export function otherTargetMessage(
  other: OtherTargetEntries,
  target: string,
  options: { readonly command?: string; readonly documents?: number } = {},
): string {
  const names = other.languages.map(nameOf);
  const count = other.entries.toLocaleString('en-US');
  const { command, documents } = options;
  const whose =
    documents === undefined
      ? "this document's term hints"
      : `the term hints of ${documents.toLocaleString('en-US')} ${documents === 1 ? 'document' : 'documents'}`;
  const message =
    `${count} ${other.entries === 1 ? 'entry' : 'entries'} of glossary ${other.file} ` +
    `${other.entries === 1 ? 'gives' : 'give'} ${names.join(' or ')} renderings, not ${nameOf(target)}, ` +
    `so they were left out of ${whose}.`;
  const only = other.languages.length === 1 ? other.languages[0] : undefined;
  return command && only
    ? `${message} For a translation into ${nameOf(only)}, run ${command} again with --to ${only}.`
    : message;
}

/** The same as warnings of `tandem qa` and `tandem build`, which check and write a workbook's own target language. */
export function otherTargetFindings(
  entries: readonly GlossaryEntry[],
  language: string,
  target: string,
): Finding[] {
  return otherTargetEntries(entries, language, target).map((other) => ({
    code: 'glossary-other-target',
    severity: 'warning',
    message: otherTargetMessage(other, target),
    file: other.file,
  }));
}

function nameOf(tag: string): string {
  const name = languageName(tag);
  return name ? `${name} (${tag})` : tag;
}
