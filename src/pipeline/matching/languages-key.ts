/** The key of a term index among those of other language pairs: `zh>en`, or `zh>` for any target. */
export function languagesKey(language: string, targetLanguage: string | undefined): string {
  return `${language}>${targetLanguage ?? ''}`;
}
