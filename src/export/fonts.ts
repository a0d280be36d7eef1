import { isCjk, primaryLanguage } from '../model/index.js';

/** Font for Latin text in our documents; Word and LibreOffice both know it or a metric twin (Carlito). */
export const LATIN_FONT = 'Calibri';

/** What a Word run needs to set a language's text in the right font: fonts per script, script hint and `w:lang`. */
export interface LanguageFonts {
  readonly font: {
    readonly ascii: string;
    readonly hAnsi: string;
    readonly cs: string;
    readonly eastAsia?: string;
    /** `eastAsia` makes shared punctuation (“ ” … —) take the East Asian font, as Chinese text expects. */
    readonly hint?: string;
  };
  readonly language: { readonly value?: string; readonly eastAsia?: string };
}

function isTraditional(tag: string): boolean {
  return /[-_](hant|tw|hk|mo)\b/i.test(tag);
}

/**
 * The East Asian font Word should use for a language, or undefined for languages written without one. Sans-serif
 * faces that ship with Windows and Office for Mac, to sit beside Calibri: without one named, Word picks by the
 * system's locale and may set Chinese in a Japanese face (or the reverse).
 */
export function eastAsianFont(tag: string): string | undefined {
  switch (primaryLanguage(tag)) {
    case 'zh':
    case 'yue':
    case 'wuu':
      return isTraditional(tag) || primaryLanguage(tag) === 'yue' ? 'Microsoft JhengHei' : 'Microsoft YaHei';
    case 'ja':
      return 'Yu Gothic';
    case 'ko':
      return 'Malgun Gothic';
    default:
      return undefined;
  }
}

/** A language tag as `w:lang` wants it: a locale, `zh` → `zh-CN`, `en` → `en-US`. */
export function wordLanguage(tag: string): string {
  const lang = primaryLanguage(tag);
  if (tag.includes('-') || tag.includes('_')) {
    const [first, ...rest] = tag.split(/[-_]/);
    const region = rest.find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part));
    if (region) return `${first!.toLowerCase()}-${region.toUpperCase()}`;
    if (lang === 'zh') return isTraditional(tag) ? 'zh-TW' : 'zh-CN';
  }
  const defaults: Record<string, string> = {
    zh: 'zh-CN',
    ja: 'ja-JP',
    ko: 'ko-KR',
    en: 'en-US',
    yue: 'zh-HK',
    wuu: 'zh-CN',
  };
  return defaults[lang] ?? lang;
}

/**
 * Fonts and language for text in `tag`, in a document whose other language is `other`: the East Asian font comes
 * from whichever of the two is East Asian, so even stray Chinese in an English cell finds a Chinese face.
 */
export function languageFonts(tag: string, other: string): LanguageFonts {
  const cjk = isCjk(tag);
  const eastAsia = eastAsianFont(tag) ?? eastAsianFont(other);
  const eastAsiaLanguage = cjk ? wordLanguage(tag) : isCjk(other) ? wordLanguage(other) : undefined;
  return {
    font: {
      ascii: LATIN_FONT,
      hAnsi: LATIN_FONT,
      cs: LATIN_FONT,
      ...(eastAsia ? { eastAsia } : {}),
      ...(cjk ? { hint: 'eastAsia' } : {}),
    },
    language: {
      ...(cjk ? {} : { value: wordLanguage(tag) }),
      ...(eastAsiaLanguage ? { eastAsia: eastAsiaLanguage } : {}),
    },
  };
}
