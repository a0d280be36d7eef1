import { addTo } from '../util/add-to.js';
import { isCjkChar, isOpener, isStraightQuote } from './characters.js';
import { matchSpeakerLabel } from './match-speaker-label.js';
import { endsSentence, sentenceEnd, skipWhitespace } from './split-naively.js';

/** Where a turn may begin, and after what. */
interface Turn {
  readonly text: string;
  readonly at: number;
  /** `question`: right after ？ or ?; `stop`: after another sentence end, 如下 or a paragraph start; `quote`: after a closing quote. */
  readonly after: 'question' | 'stop' | 'quote';
  /** Position in the document, for telling which label follows which. */
  readonly order: number;
}

/** A label and the turns it begins. */
interface Candidate {
  readonly label: string;
  readonly turns: readonly Turn[];
}

/**
 * Finds the speaker labels of a transcript, in order of first use, or [] for anything that does not clearly look
 * like one. Two kinds are found:
 * - labels with a colon (记者：, 问：, Q:, John Smith:) beginning turns: at least two labels used at least twice
 *   each, mostly alternating, and not dialogue (张三道：“…” is a story's dialogue, not a transcript);
 * - colon-less CJK labels as in the sample, whose colons were lost: an answer label of two or three characters
 *   that begins at least a third of the texts after a question mark (王毅 after 13 of 16 ？), and a question label
 *   that begins turns elsewhere and is almost always followed next by the answer label (记者 … ？王毅 … 。记者).
 * Names used as subjects (。王毅表示，…) are not counted; see isSubjectUse.
 */
export function detectSpeakers(paragraphs: readonly string[]): string[] {
  const turns = findTurns(paragraphs);
  const labelled = colonLabels(turns);
  return labelled.length > 0 ? labelled : colonlessLabels(turns);
}

function findTurns(paragraphs: readonly string[]): Turn[] {
  const turns: Turn[] = [];
  const add = (text: string, at: number, after: Turn['after']) => {
    if (at < text.length) turns.push({ text, at, after, order: turns.length });
  };
  for (const text of paragraphs) {
    add(text, skipWhitespace(text, 0), 'stop');
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (endsSentence(code, false)) {
        let marks = i;
        let question = false;
        for (; marks < text.length && endsSentence(text.charCodeAt(marks), false); marks++) {
          question ||= text[marks] === '？' || text[marks] === '?';
        }
        const end = sentenceEnd(text, i, false);
        add(text, skipWhitespace(text, end), end > marks ? 'quote' : question ? 'question' : 'stop');
        i = end;
      } else if (code === 0x5982 && text[i + 1] === '下') {
        i += 2;
        if (text[i] === '：' || text[i] === ':') i++;
        add(text, skipWhitespace(text, i), 'stop');
      } else {
        i++;
      }
    }
  }
  return turns;
}

/** Endings that make a colon-led phrase a sentence rather than a label: 他说：, 全文如下：, 原因是：. */
const NOT_LABEL_ENDINGS = /(?:如下|以下|道|说|曰|云|讲|是|的|为|有|了|着)$/;
const CJK_LABEL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}(?=[ \u3000]*[：:])/uy;
const LATIN_LABEL = /\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?= ?:)/uy;

function colonLabels(turns: readonly Turn[]): string[] {
  const found = new Map<string, Turn[]>();
  for (const turn of turns) {
    const label = colonLabelAt(turn.text, turn.at);
    if (label) addTo(found, label, turn);
  }
  const candidates = [...found]
    .map(([label, used]) => ({ label, turns: used }))
    .filter((c) => c.turns.length >= 2);
  if (candidates.length < 2) return [];
  const used = candidates.flatMap((c) => c.turns.map((turn) => ({ label: c.label, turn })));
  used.sort((a, b) => a.turn.order - b.turn.order);
  let changes = 0;
  for (let i = 1; i < used.length; i++) if (used[i]!.label !== used[i - 1]!.label) changes++;
  // A transcript mostly alternates speakers; "Note: … Note: … Warning: …" does not.
  if (used.length < 4 || changes < (used.length - 1) / 2) return [];
  return inOrder(candidates);
}

function colonLabelAt(text: string, at: number): string | undefined {
  for (const pattern of [CJK_LABEL, LATIN_LABEL]) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match || match[0].length > 30) continue;
    const label = match[0];
    if (pattern === CJK_LABEL && NOT_LABEL_ENDINGS.test(label)) return undefined;
    const end = matchSpeakerLabel(text, at, [label]);
    const next = text.charCodeAt(skipWhitespace(text, end));
    // A colon and an opening quote is a story's dialogue (他说：“走吧！”), not a transcript.
    return isOpener(next) || isStraightQuote(next) ? undefined : label;
  }
  return undefined;
}

function colonlessLabels(turns: readonly Turn[]): string[] {
  const questions = turns.filter(
    (turn) => turn.after === 'question' && isCjkChar(turn.text.charCodeAt(turn.at)),
  );
  const answer = cjkCandidates(questions)
    .filter((c) => c.turns.length >= 2 && c.turns.length * 3 >= questions.length)
    .sort((a, b) => b.turns.length - a.turns.length)[0];
  if (!answer) return [];
  const others = turns.filter(
    (turn) => turn.after !== 'quote' && !turn.text.startsWith(answer.label, turn.at),
  );
  const answerOrders = answer.turns.map((turn) => turn.order);
  let best: { question: Candidate; followed: number } | undefined;
  for (const question of cjkCandidates(others)) {
    // followed ≤ both counts, so only labels used about as often as the answer label can pass.
    const count = question.turns.length;
    if (count < answerOrders.length * 0.5 || count * 0.8 > answerOrders.length) continue;
    const followed = followedBy(question, answerOrders);
    const alternates =
      followed >= 2 && followed >= question.turns.length * 0.8 && followed >= answer.turns.length * 0.5;
    if (alternates && followed > (best?.followed ?? 0)) best = { question, followed };
  }
  return best ? inOrder([best.question, answer]) : [];
}

/**
 * Two- or three-character CJK strings beginning the given turns, each with the turns where it reads as a label.
 * Three characters only when every use of the first two goes on with the same third (欧阳修, never 王毅年).
 */
function cjkCandidates(turns: readonly Turn[]): Candidate[] {
  const byPair = new Map<string, Turn[]>();
  for (const turn of turns) {
    const pair = turn.text.slice(turn.at, turn.at + 2);
    if (pair.length === 2 && isCjkChar(pair.charCodeAt(0)) && isCjkChar(pair.charCodeAt(1))) {
      addTo(byPair, pair, turn);
    }
  }
  const candidates: Candidate[] = [];
  for (const [pair, used] of byPair) {
    if (used.length < 2) continue;
    const thirds = new Set(used.map((turn) => turn.text.charAt(turn.at + 2)));
    const [third] = thirds;
    const label = thirds.size === 1 && third && isCjkChar(third.charCodeAt(0)) ? pair + third : pair;
    const asLabel = used.filter((turn) => isColonlessLabel(turn.text, turn.at, label));
    if (asLabel.length >= 2) candidates.push({ label, turns: asLabel });
  }
  return candidates;
}

function isColonlessLabel(text: string, at: number, label: string): boolean {
  return matchSpeakerLabel(text, at, [label]) === at + label.length;
}

/** How many uses of `question` are followed, before its next use, by a use of the answer label. */
function followedBy(question: Candidate, answerOrders: readonly number[]): number {
  let followed = 0;
  let next = 0;
  question.turns.forEach((turn, i) => {
    while (next < answerOrders.length && answerOrders[next]! < turn.order) next++;
    const answerAt = answerOrders[next] ?? Number.POSITIVE_INFINITY;
    if (answerAt < (question.turns[i + 1]?.order ?? Number.POSITIVE_INFINITY)) followed++;
  });
  return followed;
}

/** The labels ordered by their first use (turns are kept in document order). */
function inOrder(candidates: readonly Candidate[]): string[] {
  return [...candidates].sort((a, b) => a.turns[0]!.order - b.turns[0]!.order).map((c) => c.label);
}
