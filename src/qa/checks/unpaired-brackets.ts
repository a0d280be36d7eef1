import type { Finding } from '../../model/index.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

type Family = 'bracket' | 'quote';

interface Pair {
  readonly open: string;
  readonly close: string;
  readonly family: Family;
}

// Chinese and Western brackets are different pairs: "（…)" mixes them and is flagged.
const PAIRS: readonly Pair[] = [
  { open: '(', close: ')', family: 'bracket' },
  { open: '（', close: '）', family: 'bracket' },
  { open: '[', close: ']', family: 'bracket' },
  { open: '［', close: '］', family: 'bracket' },
  { open: '{', close: '}', family: 'bracket' },
  { open: '【', close: '】', family: 'bracket' },
  { open: '〔', close: '〕', family: 'bracket' },
  { open: '《', close: '》', family: 'bracket' },
  { open: '〈', close: '〉', family: 'bracket' },
  { open: '“', close: '”', family: 'quote' },
  { open: '‘', close: '’', family: 'quote' },
  { open: '「', close: '」', family: 'quote' },
  { open: '『', close: '』', family: 'quote' },
  { open: '«', close: '»', family: 'quote' },
];

interface Unpaired {
  readonly char: string;
  readonly family: Family;
  /** Position in the text (code points), to list them in reading order. */
  readonly at: number;
}

/**
 * Flags brackets and quotes without their partner in the target: an unclosed “ or (, a stray 》, an odd number
 * of straight double quotes. ’ is a closing quote only when a ‘ is open (China’s, countries’ are apostrophes).
 * Not flagged when the source is unbalanced the same way: a quotation spanning two sentences leaves an opening
 * quote in the first segment on both sides (source “…, target "… or “…).
 */
export const unpairedBrackets: QaCheck = (context) => {
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    if (segment.target.trim() === '') continue;
    const inSource = new Set(unpaired(segment.source).map((u) => u.family));
    const chars = [
      ...new Set(
        unpaired(segment.target)
          .filter((u) => !inSource.has(u.family))
          .map((u) => u.char),
      ),
    ];
    if (chars.length === 0) continue;
    findings.push(
      segmentFinding(context, segment.id, {
        code: 'unpaired-brackets',
        severity: 'warning',
        message: `Unpaired ${chars.join(' ')} in the target; add the missing partner or remove it.`,
      }),
    );
  }
  return findings;
};

/** Brackets and quotes of `text` that have no partner. */
function unpaired(text: string): Unpaired[] {
  const found: Unpaired[] = [];
  const chars = [...text];
  for (const pair of PAIRS) {
    const open: number[] = [];
    chars.forEach((char, k) => {
      // ’ between letters is an apostrophe, even inside ‘…’: ‘China’s rise’.
      if (char === '’' && isLetter(chars[k - 1]) && isLetter(chars[k + 1])) return;
      if (char === pair.open) open.push(k);
      else if (char === pair.close) {
        if (open.length > 0) open.pop();
        else if (char !== '’') found.push({ char, family: pair.family, at: k });
      }
    });
    for (const at of open) found.push({ char: pair.open, family: pair.family, at });
  }
  const straight = chars.flatMap((char, k) => (char === '"' ? [k] : []));
  if (straight.length % 2 === 1) found.push({ char: '"', family: 'quote', at: straight.at(-1)! });
  return found.sort((a, b) => a.at - b.at);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}
