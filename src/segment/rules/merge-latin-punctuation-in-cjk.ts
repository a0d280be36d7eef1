import { isAlphabetic } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * In Chinese and Japanese, ASCII punctuation after Latin-script text belongs to that text, not to the Chinese
 * sentence: a single period after a Latin letter or digit is an abbreviation or a number, and ! ? … after Latin
 * text end nothing while Latin text goes on. After a CJK character an ASCII mark is a careless full stop
 * (真的吗?我不信) and stays a break.
 *
 * Motivating sentences: "U.S. 和 Dr. Smith 都出席了会议。" and "版本 v2.0 发布了。" and
 * "他用英语说 How are you? I am fine. 然后走了。"
 */
export const mergeLatinPunctuationInCjk: Rule = (spans, { text }) =>
  mergeWhere(spans, (left, right) => {
    let run = left.end;
    while (run > left.start && isAsciiTerminal(text.charCodeAt(run - 1))) run--;
    if (run === left.end || run === left.start || !isAlphabetic(text.charCodeAt(run - 1))) return false;
    if (left.end - run === 1 && text.charCodeAt(run) === 0x2e) return true;
    return isAlphabetic(text.charCodeAt(right.start));
  });

function isAsciiTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}
