import { z } from 'zod';

/**
 * A language tag as people write it: `zh`, `zh-CN`, `en-US`, `ja`. Stored lower-case primary subtag first;
 * rules and checks look only at the primary subtag (see {@link primaryLanguage}).
 */
export const LanguageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'a language tag such as zh, zh-CN, en or en-US');
export type LanguageTag = z.infer<typeof LanguageTag>;

/** Primary subtags by tag as written: a run meets a few tags, each on every entry of a big glossary. */
const primaries = new Map<string, string>();

/** `zh-Hans-CN` → `zh`, `EN_us` → `en`. */
export function primaryLanguage(tag: string): string {
  let primary = primaries.get(tag);
  if (primary === undefined) {
    primary = tag.split(/[-_]/)[0]!.toLowerCase();
    if (primaries.size < 1_000) primaries.set(tag, primary);
  }
  return primary;
}

/** Target language when none is given: English, or Chinese for English sources. */
export function defaultTarget(source: string): string {
  return primaryLanguage(source) === 'en' ? 'zh' : 'en';
}

/** Languages written without spaces between words and sentences. */
export function isCjk(tag: string): boolean {
  const lang = primaryLanguage(tag);
  return lang === 'zh' || lang === 'ja' || lang === 'ko' || lang === 'yue' || lang === 'wuu';
}

/** How two sentences of a language are joined back into a paragraph. */
export function sentenceJoiner(tag: string): string {
  const lang = primaryLanguage(tag);
  return lang === 'zh' || lang === 'ja' || lang === 'yue' || lang === 'wuu' || lang === 'th' ? '' : ' ';
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a language tag (`zh` → `Chinese`), or undefined when the tag names no known language. */
export function languageName(tag: string): string | undefined {
  if (!LanguageTag.safeParse(tag).success) return undefined;
  try {
    const name = displayNames.of(tag.replace('_', '-'));
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}
