import { isCjkChar, isOpener, isPunctuation, isWhitespace } from './characters.js';

/** Colons a label may carry: full-width, ASCII and the small and presentation forms. */
const COLONS = new Set([0xff1a, 0x3a, 0xfe30, 0xfe55]);

/**
 * Where the speaker label that begins at `at` ends, or -1 when none of `labels` (longest first) is a label there.
 * A label followed by a colon is one whatever follows (记者：, Q:), and the colon is part of it. Without a colon,
 * only a CJK label of two characters or more can be one (colon-less "A man…" and "问题是…" are prose), and only
 * when what follows reads as the turn's text rather than as the rest of a sentence about the person; see
 * {@link isSubjectUse}.
 */
export function matchSpeakerLabel(text: string, at: number, labels: readonly string[]): number {
  for (const label of labels) {
    if (!text.startsWith(label, at)) continue;
    const after = at + label.length;
    let next = after;
    while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
    if (COLONS.has(text.charCodeAt(next))) return next + 1;
    // Colon-less labels must be CJK and two characters or more: "A man…", "问题是…" are prose.
    if (label.length < 2 || !isCjkChar(label.charCodeAt(0))) continue;
    if (next === text.length) return after;
    const code = text.charCodeAt(next);
    if (isPunctuation(code) && !isOpener(code)) continue;
    if (!isSubjectUse(text, next)) return after;
  }
  return -1;
}

/** Words that, straight after a name, make it the subject of a sentence: 王毅表示，… 记者会上… 王毅的… */
const SUBJECT_WORDS = words(
  '表示 说 讲 道 曰 称 指出 强调 认为 介绍 宣布 回答 答 问 提出 提到 谈 告诉 发表 出席 主持 会见 会谈 接受 举行 ' +
    '访问 致 透露 回应 呼吁 坦言 补充 的 之 们 等 会 是 也 还 又 都 已 曾 并 则 即 先生 女士 同志 部长 外长 一行 本人 笑',
);

/** Sentence openers that begin with a subject word but start a turn: 王毅|是的，… 王毅|也许… 记者|问题是… */
const OPENERS = words(
  '是的 也许 还是 还有 即使 即便 之所以 的确 会议 问题 答案 道路 都是 同时 同样 与此同时',
);

/**
 * Prepositions and time words that begin both a turn (记者在全国抗击疫情的斗争中，…) and a sentence about the
 * person (王毅在会见时表示，…). The clause up to the next comma decides: a reporting or meeting verb in it makes
 * the name its subject.
 */
const AMBIGUOUS = words(
  '在 同 与 和 跟 对 向 就 从 于 为 将 把 被 给 率 代表 应 通过 今天 昨天 日前 近日 此前 随后 当天 同日',
);

const REPORTING_VERBS = (
  '表示 说 指出 强调 认为 会见 会谈 会晤 接受 举行 出席 宣布 介绍 回答 谈到 谈话 通电话 通话 致电 致函 签署 ' +
  '访问 主持 发表 告诉 提出 见面'
).split(' ');

/** Marks that end the clause the ambiguous words are judged by. */
const CLAUSE_END = /[，,、。；;？?！!：:]/;

/** How far the clause check reads; a clause longer than this has long left the name behind. */
const CLAUSE_REACH = 60;

/**
 * Whether the text at `at`, straight after a name, continues a sentence the name is the subject of. This is the
 * heuristic that keeps "。王毅表示，…" and "王毅就…接受…采访" (the sample's title) from becoming labels while
 * "？王毅和平是人类的永恒期望" and "。记者在全国抗击疫情的斗争中，…" (both from the sample) stay turns.
 */
export function isSubjectUse(text: string, at: number): boolean {
  if (startsWithAny(text, at, OPENERS)) return false;
  if (startsWithAny(text, at, SUBJECT_WORDS)) return true;
  if (!startsWithAny(text, at, AMBIGUOUS)) return false;
  const reach = text.slice(at, at + CLAUSE_REACH);
  const stop = reach.search(CLAUSE_END);
  const clause = stop < 0 ? reach : reach.slice(0, stop);
  return REPORTING_VERBS.some((verb) => clause.includes(verb));
}

/** Words indexed by their first character, so a lookup reads a handful of words rather than all of them. */
type WordList = ReadonlyMap<string, readonly string[]>;

function words(list: string): WordList {
  const byFirst = new Map<string, string[]>();
  for (const word of list.split(' ')) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
  return byFirst;
}

function startsWithAny(text: string, at: number, list: WordList): boolean {
  return list.get(text.charAt(at))?.some((word) => text.startsWith(word, at)) ?? false;
}
