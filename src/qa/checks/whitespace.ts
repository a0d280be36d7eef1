import type { Finding } from '../../model/index.js';
import { isCjk, primaryLanguage } from '../../model/index.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

const DOUBLE = /(\S+)[ \t\u00a0\u3000]{2,}(?=\S)/;
const TAB = /\t/;
const EDGE = /^[\s\u3000]+|[\s\u3000]+$/;
const HAN = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}，。、；：？！]';
// "中国 外交": Chinese puts no space between its own characters (a space next to Latin text is a matter of style).
const SPACE_IN_CJK = new RegExp(`${HAN}[ \\u00a0]+${HAN}`, 'u');
// "China ,": English puts no space before these (French does, so this is for English only).
const SPACE_BEFORE_PUNCTUATION = /\S[ \u00a0]+([,.;:!?)])(?=\s|$)/;

/**
 * Flags stray whitespace in the target: double spaces (they show in the document) and tabs, spaces between
 * Chinese characters in a CJK target, a space before , . ; : ! ? ) in an English target (warnings); leading or
 * trailing spaces (info: invisible, but a sign of a paste gone wrong). A single full-width space inside a CJK
 * target is left alone: some house styles use it.
 */
export const whitespace: QaCheck = (context) => {
  const { targetLanguage } = context.document;
  const cjk = isCjk(targetLanguage);
  const english = primaryLanguage(targetLanguage) === 'en';
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    const target = segment.target;
    if (target.trim() === '') continue;
    const warn = (message: string): void => {
      findings.push(
        segmentFinding(context, segment.id, { code: 'whitespace', severity: 'warning', message }),
      );
    };
    const double = DOUBLE.exec(target);
    if (double) warn(`Double space after ${quote(double[1]!)} in the target; use one.`);
    else if (TAB.test(target)) warn('Tab in the target; use a space.');
    const inCjk = cjk ? SPACE_IN_CJK.exec(target) : null;
    if (inCjk) warn(`Space between Chinese characters (${quote(inCjk[0])}); remove it.`);
    const beforePunctuation = english ? SPACE_BEFORE_PUNCTUATION.exec(target) : null;
    if (beforePunctuation) warn(`Space before ${quote(beforePunctuation[1]!)} in the target; remove it.`);
    if (EDGE.test(target)) {
      const where = /^[\s\u3000]/.test(target)
        ? /[\s\u3000]$/.test(target)
          ? 'Leading and trailing'
          : 'Leading'
        : 'Trailing';
      findings.push(
        segmentFinding(context, segment.id, {
          code: 'whitespace',
          severity: 'info',
          message: `${where} space in the target; remove it.`,
        }),
      );
    }
  }
  return findings;
};
