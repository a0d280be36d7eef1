/**
 * Inputs for `npm run bench`, made deterministically from a seed: a Chinese text of a given size, glossaries of a
 * given number of entries, nothing downloaded. Pure functions (no file system), so test/bench/ can check them.
 *
 * The text mixes three kinds of sentence so that every segmentation rule and the matcher have real work:
 * sentences of the sample interview as they are, new sentences recombined from its clauses, and sentences made
 * from templates with what the sample lacks (its digits were lost): dates, amounts, percentages and decimals,
 * quotations with a reporting clause after them, questions and exclamations, ellipses, Latin-script names and
 * abbreviations, glossary terms.
 */

/** A small fast seeded generator (mulberry32): the same seed gives the same inputs on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Sentences of a text: each ends after its run of 。！？ (and a closing quote), trimmed. */
export function sampleSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？][”’」』]?)/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4 && /[。！？][”’」』]?$/u.test(s));
}

/** Clauses of the sentences (the text between ，；： and sentence marks), for recombining. */
function clausesOf(sentences: readonly string[]): string[] {
  return sentences
    .flatMap((s) => s.split(/[，；：。！？“”]/u))
    .map((c) => c.trim())
    .filter((c) => c.length >= 4 && c.length <= 40);
}

// Glossary morphemes, each [Chinese, English]. A term is an optional party or place, one or two modifiers and a
// head: 中欧 + 绿色 + 伙伴关系 → China-EU green partnership.
const PARTIES: readonly (readonly [string, string])[] = [
  ['中美', 'China-US'],
  ['中欧', 'China-EU'],
  ['中俄', 'China-Russia'],
  ['中非', 'China-Africa'],
  ['中日', 'China-Japan'],
  ['中韩', 'China-ROK'],
  ['中阿', 'China-Arab'],
  ['中拉', 'China-Latin America'],
  ['亚太', 'Asia-Pacific'],
  ['东盟', 'ASEAN'],
  ['金砖', 'BRICS'],
  ['上合', 'SCO'],
  ['澜湄', 'Lancang-Mekong'],
  ['北极', 'Arctic'],
  ['南海', 'South China Sea'],
  ['中亚', 'Central Asia'],
  ['欧亚', 'Eurasian'],
  ['非洲', 'African'],
  ['拉美', 'Latin American'],
  ['周边', 'neighbourhood'],
];
const MODIFIERS: readonly (readonly [string, string])[] = [
  ['国际', 'international'],
  ['区域', 'regional'],
  ['全球', 'global'],
  ['双边', 'bilateral'],
  ['多边', 'multilateral'],
  ['经济', 'economic'],
  ['金融', 'financial'],
  ['贸易', 'trade'],
  ['投资', 'investment'],
  ['能源', 'energy'],
  ['气候', 'climate'],
  ['安全', 'security'],
  ['战略', 'strategic'],
  ['全面', 'comprehensive'],
  ['公共', 'public'],
  ['卫生', 'health'],
  ['数字', 'digital'],
  ['绿色', 'green'],
  ['海洋', 'maritime'],
  ['网络', 'cyber'],
  ['文化', 'cultural'],
  ['科技', 'science and technology'],
  ['农业', 'agricultural'],
  ['工业', 'industrial'],
  ['边境', 'border'],
  ['海关', 'customs'],
  ['司法', 'judicial'],
  ['军事', 'military'],
  ['发展', 'development'],
  ['人文', 'people-to-people'],
  ['减贫', 'poverty reduction'],
  ['防务', 'defence'],
  ['反恐', 'counter-terrorism'],
  ['粮食', 'food'],
  ['航天', 'space'],
  ['教育', 'education'],
  ['旅游', 'tourism'],
  ['青年', 'youth'],
  ['媒体', 'media'],
  ['议会', 'parliamentary'],
  ['地方', 'local'],
  ['互联互通', 'connectivity'],
  ['基础设施', 'infrastructure'],
  ['自由贸易', 'free trade'],
  ['可持续', 'sustainable'],
  ['高质量', 'high-quality'],
  ['开放型', 'open'],
  ['新型', 'new type of'],
];
const HEADS: readonly (readonly [string, string])[] = [
  ['合作', 'cooperation'],
  ['组织', 'organisation'],
  ['机制', 'mechanism'],
  ['协定', 'agreement'],
  ['条约', 'treaty'],
  ['论坛', 'forum'],
  ['峰会', 'summit'],
  ['委员会', 'commission'],
  ['伙伴关系', 'partnership'],
  ['框架', 'framework'],
  ['倡议', 'initiative'],
  ['体系', 'system'],
  ['规则', 'rules'],
  ['标准', 'standards'],
  ['政策', 'policy'],
  ['秩序', 'order'],
  ['治理', 'governance'],
  ['对话', 'dialogue'],
  ['磋商', 'consultations'],
  ['谈判', 'negotiations'],
  ['联盟', 'alliance'],
  ['基金', 'fund'],
  ['银行', 'bank'],
  ['项目', 'project'],
  ['走廊', 'corridor'],
  ['共同体', 'community'],
  ['联络组', 'contact group'],
  ['工作组', 'working group'],
  ['示范区', 'demonstration zone'],
  ['交流中心', 'exchange centre'],
  ['行动计划', 'action plan'],
  ['部长会议', 'ministerial meeting'],
  ['联合声明', 'joint statement'],
  ['备忘录', 'memorandum'],
  ['白皮书', 'white paper'],
];

export interface GlossaryRow {
  readonly zh: string;
  readonly en: string;
  readonly status: 'preferred' | 'forbidden';
}

/**
 * `count` distinct Chinese terms of 2–8 characters with English renderings, none of them in `exclude` (the
 * curated glossary's terms, so the two files never disagree). The same seed gives the same sequence, and a
 * shorter glossary is a prefix of a longer one.
 */
export function makeGlossary(
  count: number,
  seed: number,
  exclude: ReadonlySet<string> = new Set(),
): GlossaryRow[] {
  const random = seededRandom(seed);
  const rows: GlossaryRow[] = [];
  const seen = new Set<string>(exclude);
  let misses = 0;
  while (rows.length < count) {
    const shape = random();
    const parts: (readonly [string, string])[] = [];
    if (shape < 0.35) parts.push(pick(random, PARTIES));
    parts.push(pick(random, MODIFIERS));
    if (shape > 0.55) parts.push(pick(random, MODIFIERS));
    if (shape > 0.1 || parts.length === 1) parts.push(pick(random, HEADS));
    const zh = parts.map((p) => p[0]).join('');
    if (zh.length < 2 || zh.length > 8 || seen.has(zh)) {
      if (++misses > count * 50 + 10_000) throw new Error(`Cannot make ${count} distinct glossary terms`);
      continue;
    }
    seen.add(zh);
    const en = parts.map((p) => p[1]).join(' ');
    rows.push({ zh, en, status: random() < 0.02 ? 'forbidden' : 'preferred' });
  }
  return rows;
}

/** The glossary as a TSV file in the curated glossary's layout (`zh	en	note	domain	status`). */
export function glossaryTsv(rows: readonly GlossaryRow[]): string {
  const lines = ['zh\ten\tnote\tdomain\tstatus'];
  for (const row of rows) lines.push(`${row.zh}\t${row.en}\t\tbench\t${row.status}`);
  return `${lines.join('\n')}\n`;
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国';
const CITIES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '成都',
  '西安',
  '武汉',
  '日内瓦',
  '纽约',
  '布鲁塞尔',
  '雅加达',
];
const LATIN = [
  'WHO',
  'G20',
  'APEC',
  'WTO',
  'RCEP',
  'Dr. Tedros',
  'Mr. Guterres',
  'U.S.',
  'COVID-19',
  'iPhone',
];
const VERBS = ['表示', '指出', '强调', '认为', '介绍说', '宣布'];
const QUESTIONS = ['您如何看待', '请问您怎样评价', '外界关心的是', '国际社会普遍关注'];

function person(random: Random): string {
  return (
    pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.5 ? pick(random, [...GIVEN]) : '')
  );
}

function year(random: Random): number {
  return between(random, 1949, 2035);
}

function decimal(random: Random): string {
  return `${between(random, 0, 99)}.${between(random, 1, 9)}`;
}

export interface TextOptions {
  /** Stop once the text holds this many bytes of UTF-8 (at a paragraph end). */
  readonly bytes?: number;
  /** Stop once the text holds this many sentences (at a sentence end). */
  readonly sentences?: number;
  readonly seed: number;
  /** Sentences to reuse and recombine (the sample interview's). */
  readonly sample: readonly string[];
  /** Glossary terms to mention, so that matching finds something. */
  readonly terms?: readonly string[];
}

export interface GeneratedText {
  readonly text: string;
  readonly sentences: number;
  readonly paragraphs: number;
  readonly bytes: number;
}

/**
 * A Chinese text of about `bytes` bytes (or `sentences` sentences): paragraphs of 1–12 sentences separated by a
 * line break, now and then a blank line or a short heading, sentences of 45 characters on average like the
 * sample's.
 */
export function makeChineseText(options: TextOptions): GeneratedText {
  if (options.bytes === undefined && options.sentences === undefined) {
    throw new TypeError('Expected `bytes` or `sentences`');
  }
  const random = seededRandom(options.seed);
  const sample = options.sample.length > 0 ? options.sample : ['今天天气很好。'];
  const clauses = clausesOf(sample);
  const terms = options.terms && options.terms.length > 0 ? options.terms : ['国际合作'];
  const term = () => pick(random, terms);
  const clause = () => (clauses.length > 0 ? pick(random, clauses) : '各方保持密切沟通');
  const templates: readonly (() => string)[] = [
    () => pick(random, sample),
    () => pick(random, sample),
    () => pick(random, sample),
    () => pick(random, sample),
    () => `${clause()}，${clause()}，${clause()}，${clause()}。`,
    () => `${clause()}，${term()}${clause()}，${clause()}。`,
    () =>
      `${year(random)}年${between(random, 1, 12)}月${between(random, 1, 28)}日，${person(random)}在${pick(random, CITIES)}出席${term()}并发表讲话，${clause()}。`,
    () =>
      `${term()}的贸易额达到${between(random, 2, 9999)}亿美元，同比增长${decimal(random)}%，${clause()}。`,
    () => `${person(random)}说：“${clause()}，${clause()}。”${clause()}。`,
    () => `“${clause()}！”${person(random)}${pick(random, VERBS)}，${term()}${clause()}。`,
    () => `${clause()}，${pick(random, QUESTIONS)}${term()}和${term()}的前景？`,
    () =>
      `据统计，截至${year(random)}年底，已有${between(random, 2, 199)}个国家和${between(random, 2, 60)}个国际组织加入${term()}，${clause()}。`,
    () => `${clause()}……${clause()}，${clause()}，${clause()}。`,
    () =>
      `${pick(random, LATIN)}负责人${pick(random, VERBS)}，${term()}将于${year(random)}年在${pick(random, CITIES)}举行，${clause()}。`,
    () => `第${between(random, 1, 120)}条规定：${clause()}；${clause()}；${clause()}。`,
    () => `${clause()}，这真是${clause()}啊！`,
    () => `${person(random)}${pick(random, VERBS)}：“${term()}是${clause()}。”`,
    () => `全年经济增长${decimal(random)}%左右，${term()}稳步推进，${clause()}。`,
  ];
  const paragraphs: string[] = [];
  let bytes = 0;
  let sentences = 0;
  const done = () =>
    (options.bytes !== undefined && bytes >= options.bytes) ||
    (options.sentences !== undefined && sentences >= options.sentences);
  while (!done()) {
    let paragraph = '';
    if (random() < 0.04) {
      // A heading: no sentence mark, one segment of its own.
      paragraph = `${pick(random, ['一', '二', '三', '四', '五', '六', '七', '八'])}、${term()}${pick(random, ['的新进展', '与全球治理', ''])}`;
      sentences++;
    } else {
      const n = between(random, 1, 12);
      for (let i = 0; i < n && !(options.sentences !== undefined && sentences >= options.sentences); i++) {
        paragraph += pick(random, templates)();
        sentences++;
      }
    }
    const separator = paragraphs.length === 0 ? '' : random() < 0.2 ? '\n\n' : '\n';
    paragraphs.push(separator + paragraph);
    bytes += utf8Length(separator + paragraph);
  }
  const text = `${paragraphs.join('')}\n`;
  return { text, sentences, paragraphs: paragraphs.length, bytes: bytes + 1 };
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
