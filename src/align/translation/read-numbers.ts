// The financial forms 伍, 陆, 拾 are left out: in prose they are 队伍 (ranks), 大陆 (mainland), 收拾 (tidy).
const HAN_DIGITS: ReadonlyMap<string, number> = new Map(
  [...'零〇一二三四五六七八九']
    .map((c, k) => [c, Math.max(0, k - 1)] as const)
    .concat([
      ['壹', 1],
      ['贰', 2],
      ['两', 2],
      ['兩', 2],
      ['貳', 2],
      ['叁', 3],
      ['肆', 4],
      ['柒', 7],
      ['捌', 8],
      ['玖', 9],
    ]),
);
const HAN_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['佰', 100],
  ['千', 1000],
  ['仟', 1000],
]);
const HAN_GROUPS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4],
  ['萬', 1e4],
  ['亿', 1e8],
  ['億', 1e8],
]);
const HAN_RUN = /(百分之)?([零〇一壹二贰貳两兩三叁四肆五六七柒八捌九玖十百佰千仟万萬亿億]+)/g;

const CARDINALS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen';
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety';
// Ordinals read as their number: 第十四 and "fourteenth" both give 14. "second" is left out: mostly time.
const ORDINALS =
  '- first - third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth ' +
  'fifteenth sixteenth seventeenth eighteenth nineteenth';
const TENTHS = 'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth';
const SMALL: ReadonlyMap<string, number> = new Map([
  ...CARDINALS.split(' ').map((w, k) => [w, k] as const),
  ...ORDINALS.split(' ')
    .map((w, k) => [w, k] as const)
    .filter(([w]) => w !== '-'),
  ...TENS.split(' ').map((w, k) => [w, 20 + 10 * k] as const),
  ...TENTHS.split(' ').map((w, k) => [w, 20 + 10 * k] as const),
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['hundreds', 100],
  ['hundredth', 100],
  ['thousand', 1000],
  ['thousands', 1000],
  ['thousandth', 1000],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
]);
// Most sentences hold no number word; this test is cheaper than the walk over words.
const NUMBER_WORD = new RegExp(`\\b(?:${[...SMALL.keys(), ...SCALES.keys()].join('|')})\\b`, 'i');

/**
 * The numbers written in a sentence, as keys that compare across languages: `14` for 十四, 14, fourteen and
 * fourteenth; `3%` for 百分之三, 3%, 3 percent. Arabic digits (half- and full-width), Chinese numerals and English
 * number words are read in any sentence; a lone 一 is not read.
 */
export function readNumbers(text: string): string[] {
  const found: string[] = [];
  const normalized = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const m of normalized.matchAll(/(\d+(?:[.,]\d+)*)\s*(%|％|percent\b|per cent\b)?/gi)) {
    const digits = m[1]!;
    // "1,000" is a thousands separator, "3,5" a decimal comma is rare in our texts: drop commas.
    const value = String(Number(digits.replace(/,(?=\d{3}\b)/g, '').replace(',', '.')));
    found.push(m[2] ? `${value}%` : value);
  }
  for (const m of normalized.matchAll(HAN_RUN)) {
    // A lone 一 is mostly not a number at all (一样, 一直, 统一) and otherwise "a" in English.
    if (m[0] === '一') continue;
    for (const value of readHanRun(m[2]!)) found.push(m[1] ? `${value}%` : String(value));
  }
  readEnglishNumbers(normalized, found);
  return found;
}

function readHanRun(run: string): number[] {
  const chars = [...run];
  if (chars.every((c) => HAN_DIGITS.has(c))) {
    // 一九八四 is a year read digit by digit; 三四 means "three or four".
    if (chars.length >= 3) return [Number(chars.map((c) => HAN_DIGITS.get(c)).join(''))];
    return chars.map((c) => HAN_DIGITS.get(c)!);
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of chars) {
    const value = HAN_DIGITS.get(c);
    const unit = HAN_UNITS.get(c);
    if (value !== undefined) digit = value;
    else if (unit !== undefined) {
      // 十四: a unit with no digit before it counts once.
      section += (digit || 1) * unit;
      digit = 0;
    } else {
      total += (section + digit || 1) * HAN_GROUPS.get(c)!;
      section = 0;
      digit = 0;
    }
  }
  return [total + section + digit];
}

function readEnglishNumbers(text: string, found: string[]): void {
  // Most sentences hold no number word; the test is cheaper than the walk.
  if (!NUMBER_WORD.test(text)) return;
  const words = text.toLowerCase().match(/[a-z]+|%/g) ?? [];
  let total = 0;
  let current = 0;
  let open = false;
  const flush = (percent: boolean): void => {
    if (open) found.push(percent ? `${total + current}%` : String(total + current));
    total = 0;
    current = 0;
    open = false;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const small = SMALL.get(w);
    const scale = SCALES.get(w);
    if (small !== undefined) {
      // "twenty one" and "hundred and five" add up; "four five" are two numbers.
      if (open && !(current % 100 === 0 || (current % 10 === 0 && small < 10))) flush(false);
      current += small;
      open = true;
    } else if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      open = true;
    } else if (w === 'a' && SCALES.has(words[k + 1] ?? '')) {
      current = 1;
    } else if (w === 'and' && open && SMALL.has(words[k + 1] ?? '')) {
      // "two hundred and fifty" goes on.
    } else if (open && (w === 'percent' || w === '%' || (w === 'per' && words[k + 1] === 'cent'))) {
      flush(true);
    } else flush(false);
  }
  flush(false);
}
