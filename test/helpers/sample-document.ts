import { countTerms } from '../../src/align/count-terms.js';
import type { AlignedDocument, AlignedSegment, TermMatch } from '../../src/model/index.js';

/** Glossary entries the sample's sentences match, as a glossary would give them. */
const ENTRIES = {
  xinhua: { source: '新华社', target: 'Xinhua News Agency', targets: ['Xinhua News Agency', 'Xinhua'] },
  cmg: {
    source: '中央广播电视总台',
    target: 'China Media Group',
    targets: ['China Media Group'],
    note: 'Formed in 2018 from CCTV, CNR and CRI.',
  },
  councilor: { source: '国务委员', target: 'State Councilor', targets: ['State Councilor'] },
  minister: { source: '外交部长', target: 'Foreign Minister', targets: ['Foreign Minister'] },
  covid: { source: '新冠肺炎', target: 'COVID-19', targets: ['COVID-19'] },
  community: {
    source: '人类命运共同体',
    target: 'a community with a shared future for mankind',
    targets: [
      'a community with a shared future for mankind',
      'a community with a shared future for humanity',
    ],
    note: 'Official rendering; "humanity" is also used in recent documents.',
  },
  developing: { source: '发展中国家', target: 'developing countries', targets: ['developing countries'] },
  health: {
    source: '人类卫生健康共同体',
    target: 'a global community of health for all',
    targets: ['a global community of health for all'],
  },
  bri: {
    source: '一带一路',
    target: 'the Belt and Road Initiative',
    targets: ['the Belt and Road Initiative'],
  },
  obor: {
    source: 'One Belt, One Road',
    target: 'the Belt and Road Initiative',
    targets: ['the Belt and Road Initiative'],
    note: 'Outdated name; do not use.',
  },
} as const;
type EntryName = keyof typeof ENTRIES;

/** Term matches of `names` in `source`, found left to right from `from` (each listed name once, in text order). */
function matches(source: string, names: readonly EntryName[], from = 0): TermMatch[] {
  let position = from;
  return names.map((name) => {
    const entry = ENTRIES[name];
    const start = source.indexOf(entry.source, position);
    if (start < 0) throw new Error(`sample: ${entry.source} not in ${source.slice(0, 40)}`);
    position = start + entry.source.length;
    return {
      start,
      end: start + entry.source.length,
      source: entry.source,
      target: entry.target,
      targets: [...entry.targets],
      ...('note' in entry ? { note: entry.note } : {}),
      status: name === 'obor' ? 'forbidden' : 'preferred',
    };
  });
}

const TITLE = '王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访';

/** The interview's long paragraph as one run of text, repeated to the segmenter's 30,000-character cap. */
function longSegment(): string {
  const text =
    '我们严守疫情防控国门关，全力服务国内抗疫和复工复产，积极开展海外公民保护救助，创造性开设人员往来快捷通道货物运输绿色通道，' +
    '保障产业链供应链稳定畅通，为全面建成小康社会尽心尽责。我们共筑国际抗疫防火墙，积极参与国际抗疫合作，发起了新中国成立以来规模最大的全球紧急人道主义行动，' +
    '汇聚团结抗疫重要共识，为构建人类卫生健康共同体作出贡献。';
  return text.repeat(Math.ceil(30_000 / text.length)).slice(0, 30_000);
}

function segment(row: AlignedSegment): AlignedSegment {
  return row;
}

/**
 * A realistic aligned document from the sample interview (input/interview.txt): a title, a dateline, a speaker turn
 * of the transcript, term matches (one entry matched twice, one with alternatives and a note, one forbidden), a row
 * translated into English, an aligned draft with a confidence, a source starting with `=`, a target starting with `@`,
 * a note starting with `-`, and a 30,000-character segment. A fresh copy on every call.
 */
export function sampleDocument(): AlignedDocument {
  const long = longSegment();
  const segments: AlignedSegment[] = [
    segment({
      id: 'p1.s1',
      paragraph: 1,
      kind: 'text',
      source: TITLE,
      target: '',
      status: 'new',
      notes: ['Numeral seems to be missing before 年.'],
      terms: matches(TITLE, ['xinhua', 'cmg']),
    }),
    segment({
      id: 'p2.s1',
      paragraph: 2,
      kind: 'text',
      source: '2021/01/02 10:19',
      target: '2021/01/02 10:19',
      status: 'approved',
      notes: [],
      terms: [],
    }),
    segment({
      id: 'p3.s1',
      paragraph: 3,
      kind: 'text',
      source: `${TITLE}年月日，国务委员兼外交部长王毅接受新华社和中央广播电视总台联合采访。`,
      target: '',
      status: 'new',
      notes: ['Numeral seems to be missing before 年.', 'Date seems to be missing: 年月日.'],
      terms: matches(`${TITLE}年月日，国务委员兼外交部长王毅接受新华社和中央广播电视总台联合采访。`, [
        'xinhua',
        'cmg',
        'councilor',
        'minister',
        'xinhua',
        'cmg',
      ]),
    }),
    segment({
      id: 'p3.s2',
      paragraph: 3,
      kind: 'text',
      source: '=== 全文如下 ===',
      target: '',
      status: 'new',
      notes: ['- separator line, leave as is'],
      terms: [],
    }),
    segment({
      id: 'p3.s3',
      paragraph: 3,
      kind: 'speaker',
      source: '记者',
      target: 'Reporter',
      status: 'translated',
      notes: [],
      terms: [],
    }),
    segment({
      id: 'p3.s4',
      paragraph: 3,
      kind: 'text',
      source:
        '年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击，您如何看待这一年的国际形势和外交工作？',
      target:
        'In 2020, the sudden outbreak of COVID-19 dealt an unprecedented blow to the whole world. ' +
        'How do you see the international situation and China’s diplomacy this year?',
      status: 'translated',
      notes: ['Numeral seems to be missing before 年.'],
      terms: matches(
        '年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击，您如何看待这一年的国际形势和外交工作？',
        ['covid'],
      ),
    }),
    segment({
      id: 'p3.s5',
      paragraph: 3,
      kind: 'speaker',
      source: '王毅',
      target: '',
      status: 'new',
      notes: [],
      terms: [],
    }),
    segment({
      id: 'p3.s6',
      paragraph: 3,
      kind: 'text',
      source: '年，无论对世界还是中国，都是极不平凡的一年。',
      target: '2020 was an extraordinary year for the world and for China alike.',
      status: 'draft',
      notes: [],
      terms: [],
      confidence: 0.87,
    }),
    segment({
      id: 'p3.s7',
      paragraph: 3,
      kind: 'text',
      source:
        '与此同时，这场疫情也使各国人民对休戚与共同舟共济的认知更为深刻，人类命运共同体的理念日益深入人心。',
      target: '@新华社: draft pending',
      status: 'needs review',
      notes: [],
      terms: matches(
        '与此同时，这场疫情也使各国人民对休戚与共同舟共济的认知更为深刻，人类命运共同体的理念日益深入人心。',
        ['community'],
      ),
    }),
    segment({
      id: 'p3.s8',
      paragraph: 3,
      kind: 'text',
      source:
        '我们壮大外交关系朋友圈，维护拓展发展中国家共同利益，积极推进高质量共建一带一路，而不是所谓的One Belt, One Road。',
      target: '',
      status: 'new',
      notes: [],
      terms: matches(
        '我们壮大外交关系朋友圈，维护拓展发展中国家共同利益，积极推进高质量共建一带一路，而不是所谓的One Belt, One Road。',
        ['developing', 'bri', 'obor'],
      ),
    }),
    segment({
      id: 'p3.s9',
      paragraph: 3,
      kind: 'text',
      source: long,
      target: '',
      status: 'new',
      notes: ['Very long segment (30,000 characters): consider splitting it.'],
      // One match at the start and one deep inside, where offsets are five digits long.
      terms: [...matches(long, ['health']), ...matches(long, ['health'], 29_000)],
    }),
  ];
  return {
    name: 'interview',
    sourceFile: 'input/interview.txt',
    sourceLanguage: 'zh',
    targetLanguage: 'en',
    created: '2021-01-02T10:19:00.000Z',
    paragraphs: 3,
    segments,
    terms: countTerms(segments),
    findings: [
      {
        code: 'glossary-duplicate-entry',
        severity: 'warning',
        message: '新华社 is listed twice; the first entry is used.',
        file: 'glossary/terms.csv',
        line: 14,
      },
    ],
  };
}
