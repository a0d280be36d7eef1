import type { Bead } from './types.js';

/** A made-up Chinese text, its English translation and the true links: for benchmarks and property tests. */
export interface SyntheticBitext {
  readonly source: string[];
  readonly target: string[];
  readonly gold: Bead[];
}

const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['林', 'Lin'],
  ['郭', 'Guo'],
];
const GIVEN: readonly (readonly [string, string])[] = [
  ['明', 'ming'],
  ['华', 'hua'],
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['强', 'qiang'],
  ['静', 'jing'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['超', 'chao'],
  ['清', 'qing'],
  ['玉', 'yu'],
  ['宝', 'bao'],
  ['兰', 'lan'],
];
const PLACES: readonly (readonly [string, string])[] = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['广州', 'Guangzhou'],
  ['南京', 'Nanjing'],
  ['杭州', 'Hangzhou'],
  ['成都', 'Chengdu'],
  ['云南', 'Yunnan'],
  ['西安', "Xi'an"],
];
const JOBS: readonly (readonly [string, string])[] = [
  ['医生', 'doctor'],
  ['老师', 'teacher'],
  ['工程师', 'engineer'],
  ['律师', 'lawyer'],
  ['记者', 'journalist'],
  ['农民', 'farmer'],
];
const THINGS: readonly (readonly [string, string])[] = [
  ['书', 'books'],
  ['苹果', 'apples'],
  ['茶杯', 'teacups'],
  ['铅笔', 'pencils'],
  ['邮票', 'stamps'],
  ['椅子', 'chairs'],
];

interface Slots {
  readonly name: readonly [string, string];
  readonly other: readonly [string, string];
  readonly place: readonly [string, string];
  readonly job: readonly [string, string];
  readonly thing: readonly [string, string];
  readonly count: number;
}

// Clauses: [Chinese, English] from the same slots. A link joins one to three of them; each side writes them as
// one sentence or several, which makes 1:1, 1:2, 2:1, 2:2, 1:3, 3:1 links.
const CLAUSES: readonly ((s: Slots) => readonly [string, string])[] = [
  (s) => [
    `${s.name[0]}在${s.place[0]}买了${zhNumber(s.count)}本${s.thing[0]}`,
    `${s.name[1]} bought ${s.count} ${s.thing[1]} in ${s.place[1]}`,
  ],
  (s) => [
    `${s.name[0]}今年${zhNumber(s.count)}岁`,
    `${s.name[1]} is ${enNumber(s.count)} years old this year`,
  ],
  (s) => [`${s.other[0]}是${s.place[0]}的一名${s.job[0]}`, `${s.other[1]} is a ${s.job[1]} in ${s.place[1]}`],
  (s) => [`天气很冷，${s.name[0]}穿上了大衣`, `the weather was cold, so ${s.name[1]} put on a coat`],
  (s) => [`百分之${zhNumber(s.count)}的学生通过了考试`, `${s.count}% of the students passed the exam`],
  (s) => [
    `${s.name[0]}和${s.other[0]}一起去了${s.place[0]}`,
    `${s.name[1]} and ${s.other[1]} went to ${s.place[1]} together`,
  ],
  (s) => [`${s.other[0]}等了${zhNumber(s.count)}分钟`, `${s.other[1]} waited for ${s.count} minutes`],
  (s) => [
    `桌子上放着${zhNumber(s.count)}个${s.thing[0]}`,
    `there were ${s.count} ${s.thing[1]} on the table`,
  ],
  (s) => [
    `${s.name[0]}问${s.other[0]}明天去不去${s.place[0]}`,
    `${s.name[1]} asked ${s.other[1]} whether they would go to ${s.place[1]} tomorrow`,
  ],
  (s) => [
    `第${zhNumber(s.count)}天早上，${s.name[0]}很早就起床了`,
    `on the morning of day ${s.count}, ${s.name[1]} got up very early`,
  ],
];

/**
 * Makes a Chinese text of about `n` sentences and its English translation with known links, deterministically
 * from `seed`: names, places and numbers vary, links are 1:1 mostly, with 1:2, 2:1, 2:2, 1:3, 3:1, 1:0 and 0:1.
 */
export function makeSyntheticBitext(n: number, seed: number): SyntheticBitext {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const person = (): readonly [string, string] => {
    const [zs, es] = pick(SURNAMES);
    const [zg, eg] = pick(GIVEN);
    const [zg2, eg2] = pick(GIVEN);
    return random() < 0.5 ? [zs + zg, `${es} ${cap(eg)}`] : [zs + zg + zg2, `${es} ${cap(eg + eg2)}`];
  };
  const source: string[] = [];
  const target: string[] = [];
  const gold: Bead[] = [];
  while (source.length < n) {
    const slots: Slots = {
      name: person(),
      other: person(),
      place: pick(PLACES),
      job: pick(JOBS),
      thing: pick(THINGS),
      count: 2 + Math.floor(random() * 98),
    };
    const roll = random();
    if (roll < 0.01) {
      // Left untranslated.
      gold.push({ source: [source.length], target: [], confidence: 1 });
      source.push(`${pick(CLAUSES)(slots)[0]}。`);
      continue;
    }
    if (roll < 0.02) {
      // Added by the translator.
      gold.push({ source: [], target: [target.length], confidence: 1 });
      target.push(`${cap(pick(CLAUSES)(slots)[1])}.`);
      continue;
    }
    const size = roll < 0.7 ? 1 : roll < 0.95 ? 2 : 3;
    const clauses = Array.from({ length: size }, () => pick(CLAUSES)(slots));
    const zhCuts = cuts(size, random);
    const enCuts = cuts(size, random);
    // Where both sides end a sentence after the same clause, the link ends there too.
    const shared = [...zhCuts].filter((cut) => enCuts.has(cut)).sort((a, b) => a - b);
    let from = 0;
    for (const to of shared) {
      const zh = sentences(
        clauses.slice(from, to).map(([z]) => z),
        zhCuts,
        from,
        '，',
        '。',
      );
      const en = sentences(
        clauses.slice(from, to).map(([, e]) => e),
        enCuts,
        from,
        ', and ',
        '.',
      );
      gold.push({
        source: zh.map((_, k) => source.length + k),
        target: en.map((_, k) => target.length + k),
        confidence: 1,
      });
      source.push(...zh);
      target.push(...en);
      from = to;
    }
  }
  return { source, target, gold };
}

// Clause counts after which a side ends a sentence: always after the last, at random between.
function cuts(size: number, random: () => number): Set<number> {
  const at = new Set([size]);
  for (let k = 1; k < size; k++) if (random() < 0.5) at.add(k);
  return at;
}

// The sentences one side makes of clauses `offset…` given its cut points.
function sentences(
  clauses: readonly string[],
  cutsAt: ReadonlySet<number>,
  offset: number,
  joiner: string,
  end: string,
): string[] {
  const result: string[] = [];
  let group: string[] = [];
  clauses.forEach((clause, k) => {
    group.push(clause);
    if (cutsAt.has(offset + k + 1)) {
      const text = group.join(joiner);
      result.push(`${end === '.' ? cap(text) : text}${end}`);
      group = [];
    }
  });
  return result;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ZH_DIGITS = '零一二三四五六七八九';

function zhNumber(value: number): string {
  if (value < 10) return ZH_DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`;
}

const EN_SMALL =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enNumber(value: number): string {
  if (value < 20) return EN_SMALL[value]!;
  const ones = value % 10;
  return `${EN_TENS[Math.floor(value / 10)]}${ones ? `-${EN_SMALL[ones]}` : ''}`;
}

// A small, fast, seedable generator (public domain, Tommy Ettinger).
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
