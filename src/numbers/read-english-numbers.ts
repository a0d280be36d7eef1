import { cleanValue, type NumberMention, type NumberStrength } from './number-mention.js';

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_SMALL = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = [
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

/** Number words and their values; `ordinal` ends a number ("first two" is 1 and 2). */
const NUMBER_WORDS = new Map<string, { readonly value: number; readonly ordinal: boolean }>([
  ...SMALL.map((word, value) => [word, { value, ordinal: false }] as const),
  ...TENS.map((word, k) => [word, { value: 20 + 10 * k, ordinal: false }] as const),
  ...ORDINAL_SMALL.slice(1).map((word, k) => [word, { value: k + 1, ordinal: true }] as const),
  ...ORDINAL_TENS.map((word, k) => [word, { value: 20 + 10 * k, ordinal: true }] as const),
]);

const SCALES = new Map<string, { readonly value: number; readonly ordinal: boolean }>([
  ['hundred', { value: 100, ordinal: false }],
  ['hundredth', { value: 100, ordinal: true }],
  ['thousand', { value: 1e3, ordinal: false }],
  ['thousandth', { value: 1e3, ordinal: true }],
  ['million', { value: 1e6, ordinal: false }],
  ['millionth', { value: 1e6, ordinal: true }],
  ['billion', { value: 1e9, ordinal: false }],
  ['billionth', { value: 1e9, ordinal: true }],
  ['trillion', { value: 1e12, ordinal: false }],
]);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Words that only imply a number: "both countries" for 两国, "a century" for 百年, "December" for 12月.
const WEAK_WORDS = new Map<string, number>([
  ['both', 2],
  ['bilateral', 2],
  ['dual', 2],
  ['double', 2],
  ['twin', 2],
  ['pair', 2],
  ['twice', 2],
  ['once', 1],
  ['trilateral', 3],
  ['triple', 3],
  ['thrice', 3],
  ['decade', 10],
  ['decades', 10],
  ['dozen', 12],
  ['century', 100],
  ['centuries', 100],
  ['centennial', 100],
  ['centenary', 100],
  ['millennium', 1000],
  ['millennia', 1000],
  ['half', 0.5],
  ...MONTHS.map((month, k) => [month, k + 1] as const),
]);

const WORD = /[A-Za-z]+/g;
// Words of one number are joined by spaces or hyphens: "twenty-one", "one hundred and five", "Five-Year".
const JOIN = /^[\s\-‐–]*$/;

/**
 * English number words: "fourteen", "fourteenth", "twenty-one", "one hundred and twenty-three", "a million",
 * "three per cent". Plural scales without a number ("hundreds of", "millions of") are vague and not read; "one",
 * "first" and "once" are weak ("one another", "first of all"); words up to ten are soft (see {@link NumberStrength}).
 */
export function readEnglishNumbers(text: string): NumberMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const found: NumberMention[] = [];
  let total = 0;
  let current = 0;
  let start = -1;
  let end = -1;
  let scaled = false;
  const flush = (percent: boolean, until = end): void => {
    if (start >= 0) {
      const value = cleanValue(total + current);
      found.push({
        value,
        text: text.slice(start, until),
        start,
        end: until,
        strength: strength(value, scaled, percent),
        written: 'words',
      });
    }
    total = 0;
    current = 0;
    start = -1;
    scaled = false;
  };
  for (let k = 0; k < words.length; k++) {
    const { word, start: at, end: to } = words[k]!;
    const joined = start >= 0 && JOIN.test(text.slice(end, at));
    if (start >= 0 && !joined) flush(false);
    const number = NUMBER_WORDS.get(word);
    const scale = SCALES.get(word);
    const next = words[k + 1];
    if (number) {
      if (start >= 0 && !continues(total, current, number.value)) flush(false);
      if (start < 0) start = at;
      current += number.value;
      end = to;
      if (number.ordinal) flush(false);
    } else if (scale && start >= 0) {
      if (scale.value === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale.value;
        current = 0;
      }
      scaled = true;
      end = to;
      if (scale.ordinal) flush(false);
    } else if (word === 'a' && next && SCALES.has(next.word) && JOIN.test(text.slice(to, next.start))) {
      // "a hundred", "a million": the article is the number one.
      if (start >= 0) flush(false);
      start = at;
      current = 1;
      end = to;
    } else if (word === 'and' && start >= 0 && scaled && next && NUMBER_WORDS.has(next.word)) {
      // "one hundred and five" goes on.
      end = to;
    } else if (start >= 0 && (word === 'percent' || (word === 'per' && next?.word === 'cent'))) {
      flush(true, word === 'per' ? next!.end : to);
      if (word === 'per') k++;
    } else {
      if (start >= 0) flush(false);
      const weak = WEAK_WORDS.get(word);
      if (weak !== undefined) {
        found.push({
          value: weak,
          text: text.slice(at, to),
          start: at,
          end: to,
          strength: 'weak',
          written: 'words',
        });
      }
    }
  }
  flush(false);
  return found;
}

/** Whether a number word extends the number read so far: twenty + one, hundred + twenty, thousand + five. */
function continues(total: number, current: number, value: number): boolean {
  if (current === 0) return total > 0;
  if (current % 100 === 0) return value < 100;
  if (current % 10 === 0) return value < 10;
  return false;
}

function strength(value: number, scaled: boolean, percent: boolean): NumberStrength {
  if (percent || scaled) return 'strong';
  if (value === 1) return 'weak';
  return value <= 10 ? 'soft' : 'strong';
}
