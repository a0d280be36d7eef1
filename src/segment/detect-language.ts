/**
 * Scripts we count, each with the language it most likely means. A CJK character carries about a word, so Han,
 * kana and Hangul count three times a letter of an alphabet: a Chinese text full of English names stays Chinese.
 */
const SCRIPTS = [
  { language: 'zh', pattern: /\p{Script=Han}/u, weight: 3 },
  { language: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, weight: 3 },
  { language: 'ko', pattern: /\p{Script=Hangul}/u, weight: 3 },
  { language: 'en', pattern: /\p{Script=Latin}/u, weight: 1 },
  { language: 'ru', pattern: /\p{Script=Cyrillic}/u, weight: 1 },
  { language: 'ar', pattern: /\p{Script=Arabic}/u, weight: 1 },
  { language: 'he', pattern: /\p{Script=Hebrew}/u, weight: 1 },
  { language: 'el', pattern: /\p{Script=Greek}/u, weight: 1 },
  { language: 'th', pattern: /\p{Script=Thai}/u, weight: 1 },
  { language: 'hi', pattern: /\p{Script=Devanagari}/u, weight: 1 },
  { language: 'bn', pattern: /\p{Script=Bengali}/u, weight: 1 },
  { language: 'ta', pattern: /\p{Script=Tamil}/u, weight: 1 },
  { language: 'hy', pattern: /\p{Script=Armenian}/u, weight: 1 },
  { language: 'ka', pattern: /\p{Script=Georgian}/u, weight: 1 },
  { language: 'am', pattern: /\p{Script=Ethiopic}/u, weight: 1 },
] as const;

/** Letters only Ukrainian (і ї є ґ) or Persian (پ چ ژ گ ی ک) use among the languages sharing their script. */
const UKRAINIAN = /[іїєґІЇЄҐ]/gu;
const PERSIAN = /[پچژگیک]/gu;

/** A few frequent words that only (or mostly) one Latin-script language writes. */
const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: set('the and of to is that it was for with you he this are have not be which from they'),
  de: set('der die und das ist nicht ein eine zu den von mit sich auf dem ich auch wird werden sind'),
  fr: set('le les et des est une du dans que qui pas pour sur au ce il ne avec sont aux'),
  es: set('el los las y que en es una por con para del se no lo al como su está'),
  it: set('il di che gli della per non una sono del nel ma anche è più questo alla'),
  pt: set('os do da em um uma não para com no na por mais ao dos das é'),
  nl: set('het een van en is dat op te zijn niet met voor ook die er maar wordt'),
};

/** How much of a text is read: enough for any real document's statistics, bounded for a 10 MB one. */
const SAMPLE = 200_000;
const WORD_SAMPLE = 50_000;

let table: Uint8Array | undefined;

/**
 * Guesses a text's language from the scripts its letters are written in: 'zh', 'ja' (kana among the Han),
 * 'ko', 'ru' ('uk' with Ukrainian letters), 'ar' ('fa' with Persian letters), 'he', 'el', 'th', 'hi', …; Latin
 * script gives 'en' unless frequent words clearly say 'de', 'fr', 'es', 'it', 'pt' or 'nl'. 'und' when the text
 * has no letters.
 */
export function detectLanguage(text: string): string {
  table ??= buildTable();
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (let i = 0; i < sample.length; i++) {
    const script = table[sample.charCodeAt(i)]!;
    if (script > 0) counts[script - 1]!++;
    else if (isAstralHan(sample.charCodeAt(i))) counts[0]!++;
  }
  const [zh, ja] = [counts[0]!, counts[1]!];
  let best = -1;
  let bestScore = 0;
  SCRIPTS.forEach((script, i) => {
    const score = (script.language === 'zh' ? zh + ja : counts[i]!) * script.weight;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  if (best < 0) return 'und';
  const language = SCRIPTS[best]!.language;
  // Japanese writes Han and kana together; Chinese text has no kana beyond a stray katakana name.
  if (language === 'zh' || language === 'ja') return ja > (zh + ja) * 0.1 ? 'ja' : 'zh';
  if (language === 'ru') return share(sample, UKRAINIAN, counts[best]!) > 0.01 ? 'uk' : 'ru';
  if (language === 'ar') return share(sample, PERSIAN, counts[best]!) > 0.02 ? 'fa' : 'ar';
  if (language === 'en') return latinLanguage(sample.slice(0, WORD_SAMPLE));
  return language;
}

/** The Latin-script language whose frequent words occur clearly most often, else 'en'. */
function latinLanguage(text: string): string {
  const hits = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [language, words] of Object.entries(STOPWORDS)) {
      if (words.has(word)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  const english = hits.get('en') ?? 0;
  let best = 'en';
  let bestHits = english;
  for (const [language, count] of hits) {
    if (count > bestHits) [best, bestHits] = [language, count];
  }
  // "Clearly": at least three hits and well ahead of English, so a few French names in English text stay English.
  return best !== 'en' && bestHits >= 3 && bestHits >= english * 1.5 ? best : 'en';
}

function buildTable(): Uint8Array {
  const scripts = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    const i = SCRIPTS.findIndex((script) => script.pattern.test(char));
    if (i >= 0) scripts[code] = i + 1;
  }
  return scripts;
}

/** High surrogates of the CJK extension planes (U+20000-U+3FFFF). */
function isAstralHan(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf;
}

function share(text: string, letters: RegExp, total: number): number {
  return total === 0 ? 0 : (text.match(letters)?.length ?? 0) / total;
}

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}
