import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/numbers/read-numbers.js';

/** `text=value:strength` for each number read, to compare at a glance. */
function read(text: string, language: string): string[] {
  return readNumbers(text, language).map((m) => `${m.text}=${m.value}:${m.strength}`);
}

describe('readNumbers, Chinese', () => {
  it.each([
    ['2020年，无论对世界还是中国，都是极不平凡的一年。', ['2020=2020:strong', '一=1:weak']],
    [
      '2021年是中国共产党成立100周年，也是十四五规划的开局之年。',
      ['2021=2021:strong', '100=100:strong', '十四=14:strong', '五=5:soft'],
    ],
    ['党的十九届五中全会擘画了未来发展的宏伟蓝图。', ['十九=19:strong', '五=5:soft']],
    ['科学统筹国内国际两个大局，三大攻坚战取得决定性成就。', ['两=2:soft', '三=3:soft']],
    ['办好生物多样性公约第十五次缔约方大会。', ['第十五=15:strong']],
    ['中国外交根植于五千年悠久的文化积淀。', ['五千=5000:strong']],
    ['前三季度增长了百分之三。', ['三=3:soft', '百分之三=3:strong']],
    ['一百二十三个国家，二十国集团（G20）。', ['一百二十三=123:strong', '二十=20:strong', 'G20=20:weak']],
    [
      '二〇二〇年，三四个，三点五，十四亿人口，一亿五千万，一百零五。',
      [
        '二〇二〇=2020:strong',
        '三=3:soft',
        '四=4:soft',
        '三点五=3.5:soft',
        '十四亿=1400000000:strong',
        '一亿五千万=150000000:strong',
        '一百零五=105:strong',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text, 'zh')).toEqual(expected);
  });

  it('reads digits with 万 and 亿, and with 多 between: 3万, 1.5亿, 20多亿', () => {
    expect(read('发放了3万份健康包，提供了1.5亿份检测试剂盒和20多亿件防护服，装机12万千瓦。', 'zh')).toEqual([
      '3万=30000:strong',
      '1.5亿=150000000:strong',
      '20多亿=2000000000:strong',
      '12万=120000:strong',
    ]);
  });

  it('reads percentages: 百分之二十, 百分之百', () => {
    expect(read('增长百分之二十，百分之百完成。', 'zh')).toEqual([
      '百分之二十=20:strong',
      '百分之百=100:strong',
    ]);
  });

  it('reads traditional characters: 兩萬, 十四億', () => {
    expect(read('兩萬人，十四億人口', 'zh')).toEqual(['兩萬=20000:strong', '十四億=1400000000:strong']);
  });

  it('reads full-width digits', () => {
    expect(read('２０２０年１２月３１日', 'zh')).toEqual([
      '２０２０=2020:strong',
      '１２=12:strong',
      '３１=31:strong',
    ]);
  });

  it.each([
    '推进高质量共建一带一路，统一，一些，一起，进一步，唯一。',
    '中方第一时间展开流行病学调查，我们站在外防输入第一线。',
    '放眼国内，全国人民万众一心，千方百计，众志成城。',
    '当前，中美关系已经来到新的十字路口，十分重要。',
    '数十个国家，上千人，几百万人。',
    '我们克服困难向海外留学生发放了多万份健康包。',
    '新冠疫情仍在全球肆虐，希望美国新政府重拾理性。',
  ])('reads no number (or only a weak 一) in words and idioms: %s', (text) => {
    expect(readNumbers(text, 'zh').filter((m) => m.strength !== 'weak')).toEqual([]);
  });

  it('reads words that only imply a number as weak: 两国, 双方, 百年, 二战', () => {
    expect(read('两国元首密集互动，双方合作，百年变局，二战胜利。', 'zh')).toEqual([
      '两国=2:weak',
      '双=2:weak',
      '百年=100:weak',
      '二战=2:weak',
    ]);
    expect(read('一百年', 'zh')).toEqual(['一百=100:strong']);
  });
});

describe('readNumbers, English', () => {
  it.each([
    ['2020 was an extraordinary year for both the world and China.', ['2020=2020:strong', 'both=2:weak']],
    [
      'In 2021 the CPC marks its 100th anniversary and the 14th Five-Year Plan begins.',
      ['2021=2021:strong', '100th=100:strong', '14th=14:strong', 'Five=5:soft'],
    ],
    ['the fifth plenary session of the 19th CPC Central Committee', ['fifth=5:soft', '19th=19:strong']],
    [
      'more than 2 billion protective suits and 150 million testing kits',
      ['2 billion=2000000000:strong', '150 million=150000000:strong'],
    ],
    [
      'one hundred and twenty-three, twenty-one, a million, three per cent, 3%, 1,000, 30 thousand, 1.5bn',
      [
        'one hundred and twenty-three=123:strong',
        'twenty-one=21:strong',
        'a million=1000000:strong',
        'three per cent=3:strong',
        '3%=3:strong',
        '1,000=1000:strong',
        '30 thousand=30000:strong',
        '1.5bn=1500000000:strong',
      ],
    ],
    [
      'On 31 December 2020 at 10:19; the 1990s; the fourteenth',
      [
        '31=31:strong',
        'December=12:weak',
        '2020=2020:strong',
        '10=10:strong',
        '19=19:strong',
        '1990s=1990:strong',
        'fourteenth=14:strong',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text, 'en')).toEqual(expected);
  });

  it('reads codes as weak and leaves vague plurals alone', () => {
    expect(read('COVID-19, G20, 5G, H1N1, hundreds of millions of people', 'en')).toEqual([
      'COVID-19=19:weak',
      'G20=20:weak',
      '5G=5:weak',
      'H1N1=1:weak',
    ]);
  });

  it('reads one, first and once as weak: "one another", "first of all"', () => {
    expect(read('We help one another; first of all, once more; the first two months', 'en')).toEqual([
      'one=1:weak',
      'first=1:weak',
      'once=1:weak',
      'first=1:weak',
      'two=2:soft',
    ]);
  });

  it('reads only digits in languages without a word reader', () => {
    expect(read('deux mille vingt, 2020', 'fr')).toEqual(['2020=2020:strong']);
  });
});

/**
 * What the sentence aligner takes as evidence: the values of the non-weak numbers. These cases were the tests of
 * the aligner's own reader, which this one replaced.
 */
describe('readNumbers as the aligner reads a sentence', () => {
  const values = (text: string, language: string) =>
    readNumbers(text, language)
      .filter((m) => m.strength !== 'weak')
      .map((m) => m.value);

  it('reads Chinese numerals', () => {
    expect(values('那年他二十一岁。', 'zh')).toEqual([21]);
    expect(values('他住十四楼，她住十五楼。', 'zh')).toEqual([14, 15]);
    expect(values('两千三百万人', 'zh')).toEqual([23_000_000]);
  });

  it('reads percentages the same on both sides', () => {
    expect(values('百分之三的学生', 'zh')).toEqual([3]);
    expect(values('3% of the students', 'en')).toEqual([3]);
    expect(values('3 percent of the students', 'en')).toEqual([3]);
  });

  it('reads a year digit by digit and "three or four" as two numbers', () => {
    expect(values('一九八四年', 'zh')).toEqual([1984]);
    expect(values('来了三四个人', 'zh')).toEqual([3, 4]);
  });

  it('reads English number words and ordinals', () => {
    expect(values('At twenty-one, he left home.', 'en')).toEqual([21]);
    expect(values('on the fourteenth floor', 'en')).toEqual([14]);
    expect(values('a hundred and five men', 'en')).toEqual([105]);
    expect(values('four five six', 'en')).toEqual([4, 5, 6]);
  });

  it('reads digits, half- and full-width, with thousands separators, and scales them', () => {
    expect(values('１２３人', 'zh')).toEqual([123]);
    expect(values('1,000 people', 'en')).toEqual([1000]);
    expect(values('3万人', 'zh')).toEqual([30_000]);
  });

  it('ignores words that only look like object keys', () => {
    expect(values('the constructor called toString', 'en')).toEqual([]);
  });
});
