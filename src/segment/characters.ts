/**
 * Character classes the scanner and the rules look at. One lookup table over the Basic Multilingual Plane keeps
 * the scanner linear and cheap: a 10 MB paragraph is ten million table reads, not ten million regex tests.
 */

const WHITESPACE = 1;
const TERMINAL = 2;
const CLOSER = 4;
const OPENER = 8;
const PUNCTUATION = 16;
const CJK = 32;
const WORD = 64;

/** Sentence-final marks in every script we know: Latin, CJK full- and half-width, Arabic, Devanagari, Armenian, Ethiopic. */
const TERMINAL_CHARS = '.!?…‼⁇⁈⁉⋯。！？．｡؟۔।॥։።';

/**
 * Closing quotes and brackets that stay with the sentence they close (他说：“走。”). « closes German »…« quotes;
 * French « opens with a space after it, so it never directly follows a sentence end.
 */
const CLOSER_CHARS = '”’)]}»«›」』）》〉】〕〗〙〛］｝〞〟';

/** Opening quotes and brackets: they begin the next sentence (他沉默了。“你…). */
const OPENER_CHARS = '“‘([{«‹「『（《〈【〔〖〘〚［｛〝';

function build(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  // One regex pass over every BMP character per class is much cheaper than 65,536 separate tests.
  let plane = '';
  for (let code = 0; code < 0x10000; code++)
    plane += code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code);
  const mark = (pattern: RegExp, flag: number) => {
    for (const match of plane.matchAll(pattern)) flags[match.index]! |= flag;
  };
  mark(/\s/g, WHITESPACE);
  mark(/[\p{P}\p{S}]/gu, PUNCTUATION);
  mark(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇]/gu, CJK);
  mark(/[\p{L}\p{N}\p{M}]/gu, WORD);
  // The surrogate placeholders above are spaces; surrogates are no whitespace.
  for (let code = 0xd800; code <= 0xdfff; code++) flags[code] = 0;
  // Astral CJK (extensions B-H) sits behind the high surrogates D840-D8BF; both halves count as CJK text.
  for (let code = 0xd840; code <= 0xd8bf; code++) flags[code]! |= CJK | WORD;
  for (let code = 0xdc00; code <= 0xdfff; code++) flags[code]! |= WORD;
  for (const char of TERMINAL_CHARS) flags[char.charCodeAt(0)]! |= TERMINAL | PUNCTUATION;
  for (const char of CLOSER_CHARS) flags[char.charCodeAt(0)]! |= CLOSER | PUNCTUATION;
  for (const char of OPENER_CHARS) flags[char.charCodeAt(0)]! |= OPENER | PUNCTUATION;
  return flags;
}

const table = build();

/**
 * The flags of a UTF-16 code unit; NaN (reading past the end of a string) has none. Compared first rather than
 * read as `table[NaN]`: one non-integer key turns V8's fast typed-array read at this spot into a slow generic one.
 */
function flagsOf(code: number): number {
  return code < 0x10000 ? table[code]! : 0;
}

/** `\s` whitespace, including the ideographic space U+3000 and no-break spaces. */
export function isWhitespace(code: number): boolean {
  return (flagsOf(code) & WHITESPACE) !== 0;
}

/** A mark that can end a sentence (。！？ . ! ? … and their variants); `；` is handled by the caller's option. */
export function isTerminal(code: number): boolean {
  return (flagsOf(code) & TERMINAL) !== 0;
}

/** A closing quote or bracket, not counting the ambiguous straight quotes `"` and `'`. */
export function isCloser(code: number): boolean {
  return (flagsOf(code) & CLOSER) !== 0;
}

/** An opening quote or bracket, not counting the ambiguous straight quotes. */
export function isOpener(code: number): boolean {
  return (flagsOf(code) & OPENER) !== 0;
}

/** Punctuation or symbol (Unicode P or S). */
export function isPunctuation(code: number): boolean {
  return (flagsOf(code) & PUNCTUATION) !== 0;
}

/** Han or kana: text written without spaces between words (Korean spaces its words, so Hangul is alphabetic). */
export function isCjkChar(code: number): boolean {
  return (flagsOf(code) & CJK) !== 0;
}

/** Letter, digit or combining mark of any script. */
export function isWordChar(code: number): boolean {
  return (flagsOf(code) & WORD) !== 0;
}

/** ASCII or full-width digit. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A letter, digit or mark that is not CJK: Latin, Cyrillic, Greek… text embedded in or making up a sentence. */
export function isAlphabetic(code: number): boolean {
  return isWordChar(code) && !isCjkChar(code);
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** A lower-case letter (scripts without case have none). */
export function isLowerCase(code: number): boolean {
  return !Number.isNaN(code) && LOWER.test(String.fromCharCode(code));
}

/** An upper-case letter. */
export function isUpperCase(code: number): boolean {
  return !Number.isNaN(code) && UPPER.test(String.fromCharCode(code));
}

/** Straight quotes, which open or close depending on what follows them. */
export function isStraightQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xff02 || code === 0xff07;
}

/** Marks that continue a clause: a sentence never starts with one (等等……，还有). */
export function isClausePunctuation(code: number): boolean {
  return (
    code === 0x2c || // ,
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x3001 || // 、
    code === 0xff0c || // ，
    code === 0xff1b || // ；
    code === 0xff1a || // ：
    code === 0xff64 // ､
  );
}

/** The full-width semicolon that ends a CJK sentence when `breakOnSemicolon` is set. */
export const CJK_SEMICOLON = 0xff1b;
