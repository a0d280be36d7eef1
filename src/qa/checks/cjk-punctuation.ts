import type { Finding } from '../../model/index.js';
import { isCjk } from '../../model/index.js';
import { hasTranslation } from '../has-translation.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

/** Full-width punctuation and its ASCII counterpart. Curly quotes “” ‘’ are English too and are left alone. */
const COUNTERPART: Readonly<Record<string, string>> = {
  '，': ',',
  '。': '.',
  '、': ',',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '【': '[',
  '】': ']',
  '《': '“',
  '》': '”',
  '「': '“',
  '」': '”',
  '『': '‘',
  '』': '’',
  '\u3000': ' ',
};
const FULL_WIDTH = /[，。、；：？！（）【】《》「」『』\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;

/**
 * Flags Chinese full-width punctuation, spaces, digits and letters in a target of a language that does not use
 * them: "China，the United States" — the comma came along from the source or a Chinese keyboard.
 */
export const cjkPunctuation: QaCheck = (context) => {
  if (isCjk(context.document.targetLanguage)) return [];
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    const chars = [...new Set(segment.target.match(FULL_WIDTH) ?? [])];
    if (chars.length === 0 || !hasTranslation(segment)) continue;
    const shown = chars.map((char) =>
      char === '\u3000'
        ? 'a full-width space (use a space)'
        : `${quote(char)} (use ${quote(counterpart(char))})`,
    );
    findings.push(
      segmentFinding(context, segment.id, {
        code: 'cjk-punctuation',
        severity: 'warning',
        message: `Chinese full-width characters in the target: ${shown.join(', ')}.`,
      }),
    );
  }
  return findings;
};

function counterpart(char: string): string {
  return COUNTERPART[char] ?? String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}
