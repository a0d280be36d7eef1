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

/** Each bracket and quote character: its pair (by position in {@link PAIRS}) and whether it opens it. */
const ROLES = new Map<string, { readonly pair: number; readonly opens: boolean }>(
  PAIRS.flatMap((pair, n) => [
    [pair.open, { pair: n, opens: true }],
    [pair.close, { pair: n, opens: false }],
  ]),
);

/** Brackets and quotes of `text` that have no partner, in reading order. One pass over the text for all pairs. */
function unpaired(text: string): Unpaired[] {
  const found: Unpaired[] = [];
  const chars = [...text];
  const open: number[][] = PAIRS.map(() => []);
  let lastStraight = -1;
  let straight = 0;
  chars.forEach((char, k) => {
    if (char === '"') {
      straight++;
      lastStraight = k;
      return;
    }
    const role = ROLES.get(char);
    if (role === undefined) return;
    // ’ between letters is an apostrophe, even inside ‘…’: ‘China’s rise’.
    if (char === '’' && isLetter(chars[k - 1]) && isLetter(chars[k + 1])) return;
    const stack = open[role.pair]!;
    if (role.opens) stack.push(k);
    else if (stack.length > 0) stack.pop();
    else if (char !== '’') found.push({ char, family: PAIRS[role.pair]!.family, at: k });
  });
  open.forEach((stack, n) => {
    for (const at of stack) found.push({ char: PAIRS[n]!.open, family: PAIRS[n]!.family, at });
  });
  if (straight % 2 === 1) found.push({ char: '"', family: 'quote', at: lastStraight });
  return found.sort((a, b) => a.at - b.at);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}
