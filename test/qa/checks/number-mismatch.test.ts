import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../../src/qa/checks/number-mismatch.js';
import { makeDocument } from '../make-document.js';

function check(
  source: string,
  target: string,
  languages: { source?: string; target?: string } = {},
  notes: string[] = [],
) {
  return numberMismatch({ document: makeDocument([{ source, target, notes }], languages) });
}

/** Sample sentences (digits restored) and faithful translations: no finding either way. */
const PAIRS: readonly (readonly [string, string])[] = [
  [
    '2020年，无论对世界还是中国，都是极不平凡的一年。',
    '2020 was an extraordinary year for both the world and China.',
  ],
  [
    '2021年是中国共产党成立100周年，也是十四五规划的开局之年。',
    '2021 marks the centenary of the Communist Party of China and the start of the 14th Five-Year Plan.',
  ],
  [
    '党的十九届五中全会擘画了未来发展的宏伟蓝图。',
    'The fifth plenary session of the 19th CPC Central Committee drew up a grand blueprint for future development.',
  ],
  [
    '放眼国内，全国人民万众一心，众志成城，三大攻坚战取得决定性成就。',
    'At home, the whole nation stood united as one, and decisive achievements were made in the three critical battles.',
  ],
  [
    '迄今已经向各国提供了2000多亿只口罩，20多亿件防护服，1.5亿份检测试剂盒。',
    'We have provided over 200 billion masks, more than 2 billion protective suits and 150 million testing kits.',
  ],
  [
    '我们克服困难向海外留学生发放了50多万份健康包。',
    'We overcame difficulties to send more than 500,000 health kits to students abroad.',
  ],
  ['两国元首密集互动。', 'The two presidents maintained close interaction.'],
  ['两国元首密集互动。', 'The presidents of China and Russia maintained close interaction.'],
  ['两国人民守望相助。', 'The two peoples stood by each other.'],
  [
    '第二，要全力推动地区经济复苏。',
    'Second, we need to spare no effort to promote regional economic recovery.',
  ],
  [
    '中欧班列开行突破1万列，前十个月运量已超过2019年全年。',
    'China-Europe Railway Express trains exceeded 10,000, and freight in the first ten months topped the whole of 2019.',
  ],
  [
    '2020年前三季度，中国对一带一路国家非金融类直接投资达130亿美元。',
    "In the first three quarters of 2020, China's non-financial direct investment in Belt and Road countries reached $13 billion.",
  ],
  ['办好生物多样性公约第十五次缔约方大会。', 'We will host COP15 to the Convention on Biological Diversity.'],
  [
    '中国外交根植于五千年悠久的文化积淀。',
    "China's diplomacy is rooted in 5,000 years of profound cultural heritage.",
  ],
  [
    '环顾全球，突如其来的疫情加快了百年变局的演进。',
    'Looking around the world, the sudden pandemic has accelerated changes unseen in a century.',
  ],
  [
    '中方第一时间展开流行病学调查，第一时间确定病原体。',
    'China immediately launched an epidemiological investigation and identified the pathogen at once.',
  ],
  ['国内生产总值增长百分之三。', 'GDP grew by 3 per cent.'],
  ['国内生产总值增长百分之三。', 'GDP grew by 3%.'],
  ['二十国集团领导人峰会。', 'The G20 Leaders’ Summit.'],
  ['2021/01/02 10:19', '2 January 2021 10:19'],
];

describe('numberMismatch', () => {
  it.each(PAIRS)('finds nothing for a faithful zh → en pair: %s', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each(PAIRS)('finds nothing for the same pair en → zh: %s', (source, target) => {
    expect(check(target, source, { source: 'en', target: 'zh' })).toEqual([]);
  });

  it('reports a changed year as one error: 2020 vs 2021', () => {
    expect(
      check(
        '2020年，无论对世界还是中国，都是极不平凡的一年。',
        '2021 was an extraordinary year for the world and China.',
      ),
    ).toEqual([
      {
        code: 'number-mismatch',
        severity: 'error',
        id: 'p1.s1',
        message: 'Number changed: “2020” in the source, “2021” in the target; make them match.',
      },
    ]);
  });

  it('reports a missing number as an error, naming its value: 十四五 without 14th', () => {
    const findings = check(
      '2021年也是十四五规划的开局之年。',
      '2021 is also the first year of the Five-Year Plan.',
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'Number “十四” (14) from the source is not in the target.',
      }),
    ]);
  });

  it('reports a missing small number word as a warning only: 三大攻坚战 → "the critical battles"', () => {
    expect(
      check('三大攻坚战取得决定性成就。', 'Decisive achievements were made in the critical battles.'),
    ).toMatchObject([
      { severity: 'warning', message: 'Number “三” (3) from the source is not in the target.' },
    ]);
  });

  it('reports an extra number as a warning, an extra small number word not at all', () => {
    expect(
      check(
        '两国人民守望相助。',
        'The peoples of the 2 countries, all 1.4 billion of them, stood by each other.',
      ),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'Number “1.4 billion” (1,400,000,000) is not in the source; check it.',
      }),
    ]);
    expect(
      check(
        '双方签署中欧地理标志协定。',
        'The two sides signed the China-EU agreement on geographical indications.',
      ),
    ).toEqual([]);
  });

  it('reads thousands separators, decimals and scales as the same value', () => {
    expect(check('中欧班列开行突破1000列。', 'Over 1,000 trains ran.')).toEqual([]);
    expect(check('提供了1.5亿份检测试剂盒。', 'We provided 150,000,000 testing kits.')).toEqual([]);
    expect(check('发放了3万份健康包。', 'We sent 30 thousand health kits.')).toEqual([]);
    expect(check('发放了3万份健康包。', 'We sent 3,000 health kits.')).toMatchObject([
      {
        severity: 'error',
        message: 'Number changed: “3万” (30,000) in the source, “3,000” in the target; make them match.',
      },
    ]);
  });

  it('reads English number words and ordinals: two, twenty, fourteenth', () => {
    expect(check('二十国集团成员。', 'The twenty members of the group.')).toEqual([]);
    expect(check('第十四届全国人大。', 'The Fourteenth National People’s Congress.')).toEqual([]);
    expect(check('第十四届全国人大。', 'The Thirteenth National People’s Congress.')).toMatchObject([
      {
        severity: 'error',
        message: expect.stringContaining('“第十四” (14) in the source, “Thirteenth” (13)'),
      },
    ]);
  });

  it('checks English → Chinese too: the 14th Five-Year Plan is not 十三五', () => {
    const en = { source: 'en', target: 'zh' };
    expect(
      check('2021 is the first year of the 14th Five-Year Plan.', '2021年是十三五规划的开局之年。', en),
    ).toMatchObject([
      {
        severity: 'error',
        message: 'Number changed: “14th” (14) in the source, “十三” (13) in the target; make them match.',
      },
    ]);
    expect(check('Exports grew by 3 per cent.', '出口增长了百分之三。', en)).toEqual([]);
    expect(check('Exports grew by 3 per cent.', '出口增长了。', en)).toMatchObject([{ severity: 'error' }]);
  });

  it('ignores 一 in words and "one" in idioms', () => {
    expect(
      check(
        '一个走向复兴充满机遇开放合作的中国，也将为世界的和平与发展作出新的贡献。',
        'A China that is heading for rejuvenation will make new contributions; nations will help one another.',
      ),
    ).toEqual([]);
  });

  it('compares numbers as sets: a year said twice in the source needs saying once', () => {
    expect(
      check('2020年是特殊的一年，2020年的外交很忙。', '2020 was a special and busy year for diplomacy.'),
    ).toEqual([]);
  });

  it('turns extra numbers into info when the notes say the source lost its digits', () => {
    const notes = ['Date without numbers (年月日): the digits seem to be missing; check the original.'];
    const findings = check(
      '年月日，国务委员兼外交部长王毅接受新华社和中央广播电视总台联合采访。',
      'On 31 December 2020, State Councilor and Foreign Minister Wang Yi gave a joint interview to Xinhua and CMG.',
      {},
      notes,
    );
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findings[0]!.message).toContain('restores a number the source lost');
  });

  it('still reports a number the source has when its notes say others are missing', () => {
    const notes = ['Number seems to be missing before 周年 (anniversary); check the original.'];
    const findings = check(
      '2021年是中国共产党成立周年。',
      '2022 marks the 100th anniversary of the CPC.',
      {},
      notes,
    );
    expect(findings).toMatchObject([
      { severity: 'error', message: 'Number “2021” from the source is not in the target.' },
      { severity: 'info' },
      { severity: 'info' },
    ]);
  });

  it('does not require number words of a language it cannot read', () => {
    expect(check('二十国集团成员。', 'Les vingt membres du groupe.', { target: 'fr' })).toEqual([]);
    expect(check('2020年', 'En 2021', { target: 'fr' })).toHaveLength(1);
  });

  it('skips empty targets', () => {
    expect(check('2020年', '')).toEqual([]);
  });
});
