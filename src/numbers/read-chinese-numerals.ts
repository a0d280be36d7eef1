import { cleanValue, mask, type NumberMention, type NumberStrength } from './number-mention.js';

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3 };
const GROUP: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const RUN = /(百分之)?(第)?([零〇一二两兩三四五六七八九十百千万萬亿億]+)(?:点([零〇一二三四五六七八九]+))?/g;

// Words that only imply a number: they satisfy "both countries", "the Second World War", "a century", but a
// translation that says "China and Russia" for 两国 is not missing anything.
const WEAK_WORDS: Readonly<Record<string, number>> = {
  两国: 2,
  两党: 2,
  两军: 2,
  两岸: 2,
  双: 2,
  二战: 2,
  一战: 1,
  百年: 100,
  千年: 1000,
};

// Words and idioms with a numeral in them that is no number: 统一 (unify), 十分 (very), 十字路口 (crossroads),
// 万众一心 (as one), 千方百计 (every possible way), 第一时间 (at once), 星期一 (Monday).
const NOT_NUMBERS = [
  '一带一路',
  '统一',
  '一些',
  '一起',
  '进一步',
  '唯一',
  '一致',
  '一切',
  '一直',
  '一定',
  '一般',
  '一道',
  '一样',
  '一旦',
  '一系列',
  '一方面',
  '一贯',
  '一体',
  '一如既往',
  '一律',
  '一度',
  '一再',
  '一番',
  '一流',
  '一同',
  '一举',
  '一边',
  '一向',
  '一齐',
  '一心一意',
  '第一时间',
  '第一线',
  '一线',
  '万众一心',
  '千方百计',
  '千家万户',
  '十字',
  '十分',
  '十足',
  '十全十美',
  '三心二意',
  '五湖四海',
  '四面八方',
  '五花八门',
  '七上八下',
  '乱七八糟',
  '三番五次',
  '接二连三',
  '独一无二',
  '一举两得',
  '三言两语',
  '两全其美',
  '一清二楚',
  '说三道四',
  '百姓',
  '百花齐放',
  '百家争鸣',
  '万一',
  '千万',
  '万万',
  '万物',
  '万象',
  '千秋',
  '星期一',
  '星期二',
  '星期三',
  '星期四',
  '星期五',
  '星期六',
  '周一',
  '周二',
  '周三',
  '周四',
  '周五',
  '周六',
];

// 几十, 数百, 上千, 成千: "dozens", "hundreds", "thousands" — no number to match.
const VAGUE_BEFORE = /[几数上成若]$/;
const NUMERAL_BEFORE = /[0-9零〇一二两兩三四五六七八九十百千万萬亿億]$/;

/**
 * Chinese numerals (also Japanese kanji numerals). The rules, with examples from the sample interview:
 *
 * - a well-formed numeral is one number: 二十 → 20, 一百二十三 → 123, 十九届 → 19, 两千 → 2000, 三万 → 30000,
 *   1.5亿 is read with digits (see `readDigits`);
 * - digit after digit starts a new number: 十四五 (规划) → 14 and 5 (the 14th Five-Year Plan), 三四个 → 3 and 4;
 *   three or more bare digits are a year read digit by digit: 二〇二〇 → 2020;
 * - 第 makes an ordinal (第十四届 → 14, "14th"), 百分之 a percentage (百分之三 → 3, "3%", "3 per cent"),
 *   点 a decimal (三点五 → 3.5);
 * - 一 alone, even as 第一, is weak: it is "a" as often as "one" (一个走向复兴的中国 → "a China that…");
 * - a bare 百/千/万/亿 is no number (千方百计, 多万份 whose digits were lost), nor is a numeral after 几/数/上/成
 *   (数十 → "dozens", 上千 → "thousands");
 * - only everyday numerals: the cheque forms 壹贰叁肆伍陆柒捌玖拾 are ordinary characters in running text
 *   (肆虐 rampant, 大陆 mainland, 重拾 regain);
 * - the words in {@link NOT_NUMBERS} are skipped and those in {@link WEAK_WORDS} are weak, unless a numeral
 *   comes just before them (二十字 is twenty characters, 一百年 is a hundred years).
 */
export function readChineseNumerals(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  let rest = text;
  for (const [word, value] of Object.entries(WEAK_WORDS)) {
    for (const at of occurrences(rest, word)) {
      found.push({ value, text: word, start: at, end: at + word.length, strength: 'weak', written: 'words' });
      rest = mask(rest, at, at + word.length);
    }
  }
  for (const word of NOT_NUMBERS) {
    for (const at of occurrences(rest, word)) rest = mask(rest, at, at + word.length);
  }
  for (const m of rest.matchAll(RUN)) {
    const [, percent, ordinal, run, decimals] = m;
    let at = m.index + (percent?.length ?? 0) + (ordinal?.length ?? 0);
    const pieces = splitRun(run!);
    pieces.forEach((piece, k) => {
      const first = k === 0;
      const last = k === pieces.length - 1;
      const start = first ? m.index : at;
      const end = at + piece.length + (last && decimals ? decimals.length + 1 : 0);
      at += piece.length;
      const prefixed = first && (percent !== undefined || ordinal !== undefined);
      if (!prefixed && isBareGroup(piece)) return;
      if (
        first &&
        !prefixed &&
        /^[十百千万萬亿億]/.test(piece) &&
        VAGUE_BEFORE.test(rest.slice(0, m.index))
      ) {
        return;
      }
      let value = numeralValue(piece);
      if (last && decimals) value += Number(`0.${[...decimals].map((c) => DIGIT[c]).join('')}`);
      found.push({
        value: cleanValue(value),
        text: text.slice(start, end),
        start,
        end,
        strength: strength(value, piece, first && percent !== undefined),
        written: 'words',
      });
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function strength(value: number, piece: string, percent: boolean): NumberStrength {
  if (percent) return 'strong';
  if (value === 1 && !/[十百千万萬亿億]/.test(piece)) return 'weak';
  return value <= 10 ? 'soft' : 'strong';
}

/** Where `word` occurs in `text` with no numeral just before it. */
function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!NUMERAL_BEFORE.test(text.slice(0, at))) found.push(at);
  }
  return found;
}

/** 十四五 → 十四 | 五; 三四 → 三 | 四; 二〇二〇 stays whole. */
function splitRun(run: string): string[] {
  const chars = [...run];
  if (chars.every((c) => c in DIGIT)) return chars.length >= 3 ? [run] : chars;
  const pieces: string[] = [];
  let piece = '';
  let digitBefore = false;
  for (const c of chars) {
    const isDigit = c in DIGIT && DIGIT[c] !== 0;
    if (isDigit && digitBefore) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
    digitBefore = isDigit;
  }
  pieces.push(piece);
  return pieces;
}

function isBareGroup(piece: string): boolean {
  return /^[百千万萬亿億]+$/.test(piece);
}

/** The value of one well-formed numeral: 一亿五千万 → 150000000, 一百零五 → 105, 二〇二〇 → 2020. */
function numeralValue(piece: string): number {
  const chars = [...piece];
  if (chars.every((c) => c in DIGIT)) return Number(chars.map((c) => DIGIT[c]).join(''));
  for (const [group, scale] of [
    ['亿', 1e8],
    ['億', 1e8],
    ['万', 1e4],
    ['萬', 1e4],
  ] as const) {
    const at = piece.lastIndexOf(group);
    if (at !== -1) {
      const head = piece.slice(0, at);
      return (
        (head === '' ? 1 : numeralValue(head)) * scale +
        (at + 1 < piece.length ? numeralValue(piece.slice(at + 1)) : 0)
      );
    }
  }
  let total = 0;
  let digit = 0;
  for (const c of chars) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else {
      total += (digit || 1) * (UNIT[c] ?? GROUP[c] ?? 1);
      digit = 0;
    }
  }
  return total + digit;
}
