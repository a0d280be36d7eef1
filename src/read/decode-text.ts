/**
 * Text decoding with encoding detection. Translators receive files saved by every kind of tool: UTF-8 with and
 * without BOM, UTF-16 from Windows "Unicode" saves, and GB18030/GBK from Chinese Windows tools that write no BOM.
 * A wrong guess garbles every character, so each candidate is decoded strictly and only a clean decode is taken.
 */

export interface DecodedText {
  readonly text: string;
  /** WHATWG encoding label that decoded the bytes: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, … */
  readonly encoding: string;
  readonly bom: boolean;
}

/** Raised when no supported encoding decodes the bytes cleanly. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError';
}

/** Encodings tried, in order, for bytes that are neither valid UTF-8 nor marked by a BOM. */
const LEGACY_ENCODINGS = ['gb18030', 'big5', 'shift_jis', 'euc-kr'] as const;

function strict(encoding: string, bytes: Uint8Array, ignoreBOM = false): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that are ordinary text (letters, CJK, punctuation, whitespace) rather than rare symbols. */
function plausibility(text: string): number {
  if (text.length === 0) return 1;
  let ordinary = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (
      (cp >= 0x20 && cp < 0x7f) ||
      cp === 0x09 ||
      cp === 0x0a ||
      cp === 0x0d ||
      (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
      (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation, kana
      (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
      (cp >= 0xac00 && cp <= 0xd7af) || // Hangul
      (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, ellipsis
      (cp >= 0xc0 && cp <= 0x17f) // Latin accents
    ) {
      ordinary++;
    }
  }
  return ordinary / [...text].length;
}

/** Guesses UTF-16 without BOM from the NUL bytes that ASCII characters leave in it. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Decodes text bytes, detecting the encoding; throws {@link EncodingError} rather than return garbled text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3), true);
    if (text === undefined)
      throw new EncodingError('The file starts with a UTF-8 mark but is not valid UTF-8.');
    return { text, encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes.subarray(2), true);
    if (text !== undefined) return { text, encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes.subarray(2), true);
    if (text !== undefined) return { text, encoding: 'utf-16be', bom: true };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = strict(utf16, bytes, true);
    if (text !== undefined) return { text, encoding: utf16, bom: false };
  }
  const utf8 = strict('utf-8', bytes, true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false };

  let best: DecodedText | undefined;
  let bestScore = 0;
  for (const encoding of LEGACY_ENCODINGS) {
    const text = strict(encoding, bytes, true);
    if (text === undefined) continue;
    const score = plausibility(text);
    if (score > bestScore) {
      best = { text, encoding, bom: false };
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.9) return best;
  const latin = strict('windows-1252', bytes, true);
  if (latin !== undefined && plausibility(latin) >= 0.97)
    return { text: latin, encoding: 'windows-1252', bom: false };
  throw new EncodingError(
    'Could not tell the text encoding: the file is not UTF-8, UTF-16, GB18030, Big5, Shift_JIS or EUC-KR. ' +
      'Save it as UTF-8 ("Save as" → Encoding: UTF-8) and try again.',
  );
}

/** Splits text into lines, accepting CRLF, LF and lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
