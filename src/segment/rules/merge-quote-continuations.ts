import { isOpener, isPunctuation, isStraightQuote, isTerminal, isWhitespace } from '../characters.js';
import { mergeWhere } from './merge-where.js';
import type { Rule } from './rule.js';

/**
 * A quotation that ends with its own 。！？ and is followed, with no space, by more text of the sentence that
 * quotes it does not end that sentence: the reporting clause after the quote continues it. “我们走。”他说。 is
 * one sentence, as is 「行こう。」と彼は言った。 This convention is deliberate: the translation is one sentence too
 * (“Let's go,” he said.). The mac-dev human split breaks there instead; see test/segment/mac-dev.test.ts. A new
 * quotation (“走吧。”“好。”), a bracket (（完。）) or a space after the quote keeps the break.
 *
 * Motivating sentence: "主持人说：“会议到此结束。”于是大家陆续离开了会场。"
 */
export const mergeQuoteContinuations: Rule = (spans, { text }) =>
  mergeWhere(spans, (left, right) => {
    if (right.start !== left.end) return false;
    let quote = left.end;
    while (quote > left.start && isQuoteCloser(text.charCodeAt(quote - 1))) quote--;
    if (quote === left.end || quote === left.start || !isTerminal(text.charCodeAt(quote - 1))) return false;
    const next = text.charCodeAt(right.start);
    return !isPunctuation(next) && !isWhitespace(next) && !isOpener(next);
  });

/** Closing quotes, not brackets: ”’」』 and straight quotes. */
function isQuoteCloser(code: number): boolean {
  return (
    isStraightQuote(code) ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x300d ||
    code === 0x300f ||
    code === 0x301e ||
    code === 0x301f ||
    code === 0xbb ||
    code === 0xab ||
    code === 0x203a
  );
}
