import { describe, expect, it } from 'vitest';
import {
  type AlignOptions,
  alignSentences,
  type Bead,
  type PairScorer,
} from '../../../src/align/translation/index.js';

const zhEn: AlignOptions = { sourceLanguage: 'zh', targetLanguage: 'en' };

/** Beads as `source:target` index lists, the way the MAC gold files write them: `3:3,4`, `5:`. */
function links(beads: readonly Bead[]): string[] {
  return beads.map((bead) => `${bead.source.join(',')}:${bead.target.join(',')}`);
}

// A short story told plainly, one English sentence per Chinese sentence; each test puts the link type it is
// about between these.
const BEFORE: readonly (readonly [string, string])[] = [
  [
    '老王每天早上六点起床，先去河边散步。',
    'Old Wang got up at six every morning and went for a walk by the river first.',
  ],
  ['他的妻子在家里做早饭。', 'His wife made breakfast at home.'],
  ['吃完饭以后，他骑自行车去工厂上班。', 'After breakfast he rode his bicycle to work at the factory.'],
];
const AFTER: readonly (readonly [string, string])[] = [
  ['工厂离他家有三公里远。', 'The factory was three kilometres from his house.'],
  ['下午五点，他准时回家。', 'At five in the afternoon he came home on time.'],
  ['晚上他喜欢听收音机里的京剧。', 'In the evening he liked to listen to Peking opera on the radio.'],
];

/** Aligns BEFORE + the middle + AFTER and returns the links of the middle, renumbered from 0. */
function alignMiddle(zh: readonly string[], en: readonly string[]): { links: string[]; beads: Bead[] } {
  const source = [...BEFORE.map(([z]) => z), ...zh, ...AFTER.map(([z]) => z)];
  const target = [...BEFORE.map(([, e]) => e), ...en, ...AFTER.map(([, e]) => e)];
  const beads = alignSentences(source, target, zhEn);
  const shift = (list: readonly number[]): number[] => list.map((k) => k - BEFORE.length);
  const middle = beads.filter(
    (bead) =>
      bead.source.some((i) => i >= BEFORE.length && i < BEFORE.length + zh.length) ||
      bead.target.some((j) => j >= BEFORE.length && j < BEFORE.length + en.length),
  );
  // The story around the middle stays one to one.
  expect(links(beads.filter((bead) => !middle.includes(bead)))).toEqual([
    '0:0',
    '1:1',
    '2:2',
    ...AFTER.map((_, k) => `${BEFORE.length + zh.length + k}:${BEFORE.length + en.length + k}`),
  ]);
  return {
    links: links(middle.map((bead) => ({ ...bead, source: shift(bead.source), target: shift(bead.target) }))),
    beads: middle,
  };
}

describe('alignSentences: link types', () => {
  it('pairs one to one', () => {
    expect(
      alignMiddle(['村口有一棵老槐树。'], ['There was an old locust tree at the entrance to the village.'])
        .links,
    ).toEqual(['0:0']);
  });

  it('links one sentence to two (1:2)', () => {
    const { links: found } = alignMiddle(
      ['那年冬天特别冷，村里的井都结了冰，孩子们只好到河边去打水。'],
      [
        'That winter was especially cold.',
        'The wells in the village froze over, and the children had to walk to the river for water.',
      ],
    );
    expect(found).toEqual(['0:0,1']);
  });

  it('links two sentences to one (2:1)', () => {
    const { links: found } = alignMiddle(
      ['她笑了。', '她说：“你来得正好。”'],
      ["She smiled and said, 'You've come at just the right time.'"],
    );
    expect(found).toEqual(['0,1:0']);
  });

  it('links two sentences to two when the translation moves the break (2:2)', () => {
    const { links: found } = alignMiddle(
      ['雨下了一整夜，直到天亮才停，院子里的积水有半尺深。', '花都被打落了。'],
      [
        'It rained all night.',
        'When it stopped at dawn, the water in the yard was half a foot deep and the flowers had all been beaten down.',
      ],
    );
    expect(found).toEqual(['0,1:0,1']);
  });

  it('links one sentence to three (1:3)', () => {
    const { links: found } = alignMiddle(
      ['林秋生说，她从来没有想过要离开这里，因为她的父母都埋在山上，她的朋友也都在这个小镇上。'],
      [
        'Lin Qiusheng said she had never thought of leaving.',
        'Her parents were buried on the mountain.',
        'All her friends lived in this little town too.',
      ],
    );
    expect(found).toEqual(['0:0,1,2']);
  });

  it('links three sentences to one (3:1)', () => {
    const { links: found } = alignMiddle(
      ['天黑了。', '风停了。', '村子里安静下来。'],
      ['Night fell, the wind dropped, and the village grew quiet.'],
    );
    expect(found).toEqual(['0,1,2:0']);
  });

  it('links one sentence to four (1:4)', () => {
    const { links: found } = alignMiddle(
      ['第二天一早，我们收拾好行李，告别了房东，坐上去县城的汽车，一路颠簸了四个小时才到。'],
      [
        'Early the next morning we packed our bags.',
        'We said goodbye to our landlord.',
        'Then we caught the bus to the county town.',
        'The bumpy ride took four hours.',
      ],
    );
    expect(found).toEqual(['0:0,1,2,3']);
  });

  it('leaves an untranslated sentence alone (1:0)', () => {
    const { links: found } = alignMiddle(
      ['这件事后来谁也没有再提起，好像它从来没有发生过一样，连村里最爱说闲话的人也闭上了嘴。'],
      [],
    );
    expect(found).toEqual(['0:']);
  });

  it("leaves a translator's addition alone (0:1)", () => {
    const { links: found } = alignMiddle(
      [],
      ['(In those years, young people from the cities were sent to the countryside to work as farmers.)'],
    );
    expect(found).toEqual([':0']);
  });
});

describe('alignSentences: edges', () => {
  it('returns nothing for two empty texts', () => {
    expect(alignSentences([], [], zhEn)).toEqual([]);
  });

  it('makes every target sentence its own 0:1 link when there is no source', () => {
    expect(alignSentences([], ['One.', 'Two.'], zhEn)).toEqual([
      { source: [], target: [0], confidence: 1 },
      { source: [], target: [1], confidence: 1 },
    ]);
  });

  it('makes every source sentence its own 1:0 link when there is no translation', () => {
    expect(links(alignSentences(['一。', '二。', '三。'], [], zhEn))).toEqual(['0:', '1:', '2:']);
  });

  it('copes with empty sentences', () => {
    const beads = alignSentences(['', '你好。', ''], ['', 'Hello.'], zhEn);
    expect(beads.flatMap((bead) => bead.source)).toEqual([0, 1, 2]);
    expect(beads.flatMap((bead) => bead.target)).toEqual([0, 1]);
  });

  it('pairs one sentence with one sentence', () => {
    expect(alignSentences(['你好。'], ['Hello.'], zhEn)).toEqual([
      { source: [0], target: [0], confidence: expect.any(Number) },
    ]);
  });
});

describe('alignSentences: evidence', () => {
  it('finds the untranslated sentence by its numbers', () => {
    const beads = alignSentences(
      ['他住在十四号楼。', '她住在十五号楼。', '我住在十六号楼。'],
      ['He lived in building 14.', 'I lived in building 16.'],
      { ...zhEn, lexicon: false },
    );
    expect(links(beads)).toEqual(['0:0', '1:', '2:1']);
  });

  it('finds it by names read in pinyin (林秋生 ↔ Lin Qiusheng)', () => {
    const beads = alignSentences(
      ['林秋生来了。', '赵二来了。', '周小梅来了。'],
      ['Lin Qiusheng came.', 'Zhou Xiaomei came.'],
      zhEn,
    );
    expect(links(beads)).toEqual(['0:0', '1:', '2:1']);
  });

  it('uses glossary entries found on both sides as anchors', () => {
    const zh = ['我们首先讨论了一带一路。', '接着我们讨论了人类命运共同体。', '最后我们讨论了碳中和。'];
    const en = ['First we discussed the Belt and Road.', 'Finally we discussed carbon neutrality.'];
    const options: AlignOptions = { ...zhEn, lexicon: false };
    const without = alignSentences(zh, en, options);
    const withTerms = alignSentences(zh, en, {
      ...options,
      dictionary: [
        { source: '一带一路', targets: ['Belt and Road', 'Belt and Road Initiative'] },
        { source: '碳中和', targets: ['carbon neutrality'] },
      ],
    });
    expect(links(withTerms)).toEqual(['0:0', '1:', '2:1']);
    const confidence = (beads: readonly Bead[]): number => Math.min(...beads.map((bead) => bead.confidence));
    expect(confidence(withTerms)).toBeGreaterThan(confidence(without) + 0.1);
  });

  it('takes paragraph breaks on both sides as strong evidence', () => {
    // Three short sentences against two of equal length: length alone cannot tell which two go together.
    const zh = ['村口有一棵老槐树。', '树下常坐着几个老人。', '他们一坐就是一整天。'];
    const en = [
      'There was an old locust tree at the entrance to the village; old men often sat under it.',
      'They would sit there all day long, from morning till night, saying very little.',
    ];
    const options: AlignOptions = { ...zhEn, lexicon: false };
    const first = alignSentences(zh, en, {
      ...options,
      sourceParagraphs: [1, 1, 2],
      targetParagraphs: [1, 2],
    });
    const second = alignSentences(zh, en, {
      ...options,
      sourceParagraphs: [1, 2, 2],
      targetParagraphs: [1, 2],
    });
    expect(links(first)).toEqual(['0,1:0', '2:1']);
    expect(links(second)).toEqual(['0:0', '1,2:1']);
  });

  it('lets clear evidence overrule a paragraph break on one side', () => {
    const zh = ['他住在十四号楼。', '她住在十五号楼。', '我住在十六号楼。', '我们都是邻居。'];
    const en = [
      'He lived in building 14.',
      'She lived in building 15.',
      'I lived in building 16.',
      'We were all neighbours.',
    ];
    // The translator started a new paragraph where the original did not.
    const beads = alignSentences(zh, en, {
      ...zhEn,
      sourceParagraphs: [1, 1, 1, 2],
      targetParagraphs: [1, 2, 2, 3],
    });
    expect(links(beads)).toEqual(['0:0', '1:1', '2:2', '3:3']);
  });

  it('adds the evidence of a pluggable scorer', () => {
    const zh = ['一。', '二。', '三。'];
    const en = ['A.', 'B.', 'C.'];
    const seen: string[] = [];
    // Says that source 0 goes with targets 0 and 1, and that nothing else fits.
    const oracle: PairScorer = {
      name: 'oracle',
      prepare(source, target) {
        seen.push(
          source.language,
          target.language,
          String(source.sentences.length),
          String(target.sentences.length),
        );
        return (s0, s1, t0, t1) =>
          s0 === 0 && s1 === 1 && t0 === 0 && t1 === 2 ? 30 : s0 === 1 && t0 === 2 ? 10 : -10;
      },
    };
    const beads = alignSentences(zh, en, { ...zhEn, lexicon: false, scorers: [oracle] });
    expect(seen).toEqual(['zh', 'en', '3', '3']);
    expect(links(beads)).toEqual(['0:0,1', '1,2:2']);
  });

  it('gives lower confidence where the evidence is weak', () => {
    const source = [...BEFORE.map(([z]) => z), ...AFTER.map(([z]) => z)];
    const target = [...BEFORE.map(([, e]) => e), ...AFTER.map(([, e]) => e)];
    const mean = (beads: readonly Bead[]): number =>
      beads.reduce((sum, bead) => sum + bead.confidence, 0) / beads.length;
    const faithful = alignSentences(source, target, zhEn);
    // The same English against unrelated Chinese of similar length.
    const unrelated = alignSentences(
      [
        '山上的雾很大。',
        '我们在地里干活。',
        '队长骂了我们一顿。',
        '天快黑了才收工。',
        '晚饭是红薯。',
        '夜里下了雨。',
      ],
      target,
      zhEn,
    );
    expect(mean(faithful)).toBeGreaterThan(0.95);
    expect(mean(unrelated)).toBeLessThan(mean(faithful) - 0.2);
    for (const bead of [...faithful, ...unrelated]) {
      expect(bead.confidence).toBeGreaterThanOrEqual(0);
      expect(bead.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('aligns other language pairs on length, numbers and shared words', () => {
    const beads = alignSentences(
      ['Marie arrived in Lyon in 1998.', 'She opened a bakery.', 'It closed in 2004.'],
      ['Marie est arrivée à Lyon en 1998.', 'Elle a ouvert une boulangerie.', 'Celle-ci a fermé en 2004.'],
      { sourceLanguage: 'en', targetLanguage: 'fr' },
    );
    expect(links(beads)).toEqual(['0:0', '1:1', '2:2']);
  });
});
