import { LanguageTag, primaryLanguage } from '../../model/index.js';

/** Language names people put in glossary headers instead of codes. Keys are lower-case without spaces. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  chinese: 'zh',
  simplifiedchinese: 'zh-Hans',
  traditionalchinese: 'zh-Hant',
  中文: 'zh',
  汉语: 'zh',
  漢語: 'zh',
  简体中文: 'zh-Hans',
  繁体中文: 'zh-Hant',
  繁體中文: 'zh-Hant',
  english: 'en',
  英文: 'en',
  英语: 'en',
  英語: 'en',
  japanese: 'ja',
  日文: 'ja',
  日语: 'ja',
  korean: 'ko',
  韩文: 'ko',
  韩语: 'ko',
  french: 'fr',
  法文: 'fr',
  法语: 'fr',
  german: 'de',
  德文: 'de',
  德语: 'de',
  spanish: 'es',
  西班牙文: 'es',
  西班牙语: 'es',
  russian: 'ru',
  俄文: 'ru',
  俄语: 'ru',
  arabic: 'ar',
  阿拉伯文: 'ar',
  阿拉伯语: 'ar',
  portuguese: 'pt',
  葡萄牙语: 'pt',
  italian: 'it',
  意大利语: 'it',
};

/** Three-letter codes worth recognising; other three-letter headers (`src`, `tgt`, `dom`) are not languages. */
const THREE_LETTER = new Set(['yue', 'wuu', 'cmn', 'nan', 'hak', 'lzh', 'fil']);

/** Headers that look like language codes but name other columns (`ID` is Indonesian, `No` Norwegian). */
const NOT_LANGUAGES = new Set(['id', 'no', 'nr', 'am', 'pm', 'ok', 'to', 'by', 'or', 'is', 'it']);

let displayNames: Intl.DisplayNames | undefined;

function isKnownLanguage(primary: string): boolean {
  if (primary.length === 3) return THREE_LETTER.has(primary);
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    return displayNames.of(primary) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The language a column header names, as a tag (`zh`, `zh-CN`, `en-US`, `Chinese` → `zh`), or undefined.
 * `it` is left out on purpose: a column headed "IT" is more likely a domain than Italian.
 */
export function languageOfHeader(header: string): string | undefined {
  const text = header.normalize('NFKC').trim();
  const byName = LANGUAGE_NAMES[text.toLowerCase().replace(/\s+/g, '')];
  if (byName) return byName;
  if (!LanguageTag.safeParse(text).success) return undefined;
  const tag = text.replace(/_/g, '-');
  const primary = primaryLanguage(tag);
  if (tag.toLowerCase() === primary && NOT_LANGUAGES.has(primary)) return undefined;
  return isKnownLanguage(primary) ? tag : undefined;
}
