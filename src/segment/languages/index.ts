import { primaryLanguage } from '../../model/index.js';
import { isAlphabetic, isCjkChar } from '../characters.js';
import { cjk } from './cjk.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { generic } from './generic.js';
import type { LanguageProfile } from './language-profile.js';

export type { AbbreviationKind, LanguageProfile } from './language-profile.js';

const PROFILES: Readonly<Record<string, LanguageProfile>> = {
  zh: cjk,
  ja: cjk,
  yue: cjk,
  wuu: cjk,
  lzh: cjk,
  en,
  de,
  fr,
  es,
};

/** How much of a paragraph decides whether it is mostly CJK. */
const SAMPLE = 10_000;

/** Languages (primary subtags) with segmentation rules of their own; all others get the generic rules. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(PROFILES));

/**
 * The profile to split one paragraph with. A paragraph in another script than its document's language is split
 * by the rules of its own script: an English quotation in a Chinese document by the English rules (else "I am
 * fine. Thank you." would stay one sentence), a Chinese paragraph in an English document by the CJK rules.
 */
export function profileFor(language: string, text: string): LanguageProfile {
  const profile = PROFILES[primaryLanguage(language)] ?? generic;
  if (profile === cjk) {
    // One CJK character anywhere keeps the CJK rules; usually the first one settles it.
    for (let i = 0; i < text.length; i++) if (isCjkChar(text.charCodeAt(i))) return cjk;
    return en;
  }
  let cjkChars = 0;
  let alphabetic = 0;
  for (let i = 0; i < Math.min(text.length, SAMPLE); i++) {
    const code = text.charCodeAt(i);
    if (isCjkChar(code)) cjkChars++;
    else if (isAlphabetic(code)) alphabetic++;
  }
  return cjkChars > alphabetic ? cjk : profile;
}
