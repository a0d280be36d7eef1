import { isWhitespace } from '../characters.js';
import { matchSpeakerLabel } from '../match-speaker-label.js';
import type { SentenceSpan } from '../sentence-span.js';
import { endsSentence, sentenceEnd, skipWhitespace } from '../split-naively.js';
import type { Rule } from './rule.js';

/** 如下 ("as follows") always precedes a colon, so a label may follow it even where the colon was lost. */
const AS_FOLLOWS = '如下';
const [RU, XIA] = [AS_FOLLOWS.charCodeAt(0), AS_FOLLOWS.charCodeAt(1)];

/**
 * Transcript labels become segments of their own where a turn begins: at a paragraph start, after a sentence end,
 * or after 如下. The sample lost its colons, so "…外交工作？王毅年，无论…" must give "…？" | "王毅" | "年，无论…"
 * and "全文如下记者年，突如其来的…" must give "全文如下" | "记者" | "年，…". Sentence ends inside a span (where an
 * earlier rule joined “…？”王毅…) count too, so no segment ever crosses a turn.
 */
export const splitSpeakerLabels: Rule = (spans, { text, options }) => {
  if (options.speakers.length === 0) return [...spans];
  const split: SentenceSpan[] = [];
  for (const span of spans) {
    if (span.kind === 'text') splitSpan(text, span, options.speakers, options.breakOnSemicolon, split);
    else split.push(span);
  }
  return split;
};

function splitSpan(
  text: string,
  span: SentenceSpan,
  labels: readonly string[],
  semicolon: boolean,
  split: SentenceSpan[],
): void {
  const end = span.end;
  let from = span.start;
  let turn = span.start;
  let i = span.start;
  while (i < end) {
    if (i === turn) {
      const label = matchSpeakerLabel(text, i, labels);
      if (label > i && label <= end) {
        pushText(split, text, from, i);
        split.push({ start: i, end: label, kind: 'speaker' });
        from = i = Math.min(skipWhitespace(text, label), end);
        continue;
      }
    }
    const code = text.charCodeAt(i);
    if (endsSentence(code, semicolon)) {
      turn = i = Math.min(skipWhitespace(text, sentenceEnd(text, i, semicolon)), end);
    } else if (code === RU && text.charCodeAt(i + 1) === XIA) {
      i += AS_FOLLOWS.length;
      const colon = text.charCodeAt(i);
      if (colon === 0xff1a || colon === 0x3a) i++;
      turn = i = Math.min(skipWhitespace(text, i), end);
    } else {
      i++;
    }
  }
  pushText(split, text, from, end);
}

/** Adds the text from `start` to `end` without its trailing whitespace, if anything is left. */
function pushText(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let last = end;
  while (last > start && isWhitespace(text.charCodeAt(last - 1))) last--;
  if (last > start) spans.push({ start, end: last, kind: 'text' });
}
