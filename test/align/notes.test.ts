import { describe, expect, it } from 'vitest';
import { flagEmpty } from '../../src/align/notes/flag-empty.js';
import { flagLong } from '../../src/align/notes/flag-long.js';
import { flagMissingDateNumerals } from '../../src/align/notes/flag-missing-date-numerals.js';
import { flagMissingNumerals } from '../../src/align/notes/flag-missing-numerals.js';
import { noteSegment } from '../../src/align/notes/index.js';
import { pairSegments } from '../../src/align/pair-segments.js';
import type { Segment } from '../../src/model/index.js';

const seg = (source: string, kind: Segment['kind'] = 'text'): Segment => ({
  id: 'p1.s1',
  paragraph: 1,
  source,
  start: 0,
  end: source.length,
  kind,
});
const zh = (source: string) => ({ segment: seg(source), language: 'zh' });

describe('flagMissingDateNumerals', () => {
  it('flags the sample date whose digits were lost (2020年12月31日)', () => {
    const notes = flagMissingDateNumerals(
      zh('年月日，国务委员兼外交部长王毅接受新华社和中央广播电视总台联合采访。'),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/Date without numbers \(年月日\)/);
  });

  it('leaves complete dates and English text alone', () => {
    expect(flagMissingDateNumerals(zh('2020年12月31日，王毅接受联合采访。'))).toEqual([]);
    expect(
      flagMissingDateNumerals({ segment: seg('On 31 December 2020 he spoke.'), language: 'en' }),
    ).toEqual([]);
  });
});

describe('flagMissingNumerals', () => {
  it.each([
    ['年是二战胜利和联合国成立周年，两国携手捍卫二战胜利成果，维护国际公平正义。', /周年.*年 \(year\)/],
    [
      '习近平主席同普京总统次通话，多次互致函电，为两国关系的稳步前行发挥了最关键的战略引领作用。',
      /次 \(times\)/,
    ],
    ['我们克服困难向海外留学生发放了多万份健康包，向多个国家的侨胞送去紧急防疫物资。', /万\/亿/],
    ['迄今已经向各国提供了多亿只口罩亿件防护服亿份检测试剂盒。', /万\/亿/],
    ['中欧班列开行突破万列，前十个月运量已超过年全年。', /万\/亿.*年|年.*万\/亿/],
    ['王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访', /年 \(year\)/],
    ['年前三季度，中国对一带一路国家非金融类直接投资达亿美元。', /年 \(year\)/],
  ])('flags a measure word with its number lost: %s', (source, expected) => {
    const notes = flagMissingNumerals(zh(source));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(expected);
  });

  it.each([
    '记者疫情期间，云外交成为各国交往的主要形式，尤其是习近平主席多次以线上方式同外国政要举行会晤。',
    '记者当前中美关系正经历建交以来罕见的严重困难，中美关系再次来到重大历史节点。',
    '环顾全球，突如其来的疫情加快了百年变局的演进，世界进入动荡变革期。',
    '近年来，中国东盟关系创下了多个第一，中国是第一个加入东南亚友好合作条约的大国。',
    '放眼国内，全国人民万众一心，众志成城，取得了抗疫斗争重大战略成果。',
    '今年是中国同欧盟建交45周年，明年是中国共产党成立100周年。',
    '我们安排多架次临时航班接回面临困境的在外人员，青年一代应当努力。',
  ])('leaves ordinary words and complete numbers alone: %s', (source) => {
    expect(flagMissingNumerals(zh(source))).toEqual([]);
  });
  it('gives each segment its own answer, whatever the one before matched', () => {
    const lost = '王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访';
    expect(flagMissingNumerals(zh(lost))).toHaveLength(1);
    expect(flagMissingNumerals(zh('年'))).toHaveLength(1);
    expect(flagMissingNumerals(zh('今年是中国同欧盟建交45周年'))).toEqual([]);
    expect(flagMissingNumerals(zh(lost))).toHaveLength(1);
  });
});

describe('flagEmpty and flagLong', () => {
  it('flags a segment of punctuation only, but not a speaker label', () => {
    expect(flagEmpty({ segment: seg('……'), language: 'zh' })).toHaveLength(1);
    expect(flagEmpty({ segment: seg('王毅', 'speaker'), language: 'zh' })).toEqual([]);
    expect(flagEmpty({ segment: seg('王毅表示，中方愿同各方一道努力。'), language: 'zh' })).toEqual([]);
  });

  it('flags a run-on passage but not an ordinary long sentence', () => {
    const sentence =
      '双方将以落实两国元首共识为核心任务，以共同庆祝中俄睦邻友好合作条约签署周年为契机，重温世代友好合作共赢的缔约初心。';
    expect(flagLong({ segment: seg(sentence), language: 'zh' })).toEqual([]);
    expect(flagLong({ segment: seg(sentence.repeat(6)), language: 'zh' })[0]).toMatch(
      /Very long segment \(\d+ characters\)/,
    );
  });

  it('counts characters, not UTF-16 units', () => {
    // 200 characters outside the BMP are 400 units: not beyond the 300-character limit
    expect(flagLong({ segment: seg('𠀀'.repeat(200)), language: 'zh' })).toEqual([]);
    expect(flagLong({ segment: seg('𠀀'.repeat(301)), language: 'zh' })[0]).toMatch(/\(301 characters\)/);
    expect(flagLong({ segment: seg('a'.repeat(801)), language: 'en' })).toHaveLength(1);
    expect(flagLong({ segment: seg('a'.repeat(800)), language: 'en' })).toEqual([]);
  });
});

describe('noteSegment', () => {
  it('collects the notes of every rule in order', () => {
    const notes = noteSegment(seg('年月日，双方庆祝建交周年。'), 'zh');
    expect(notes).toEqual([expect.stringMatching(/^Date without numbers/), expect.stringMatching(/周年/)]);
  });
});

describe('flagNoteText', () => {
  it("says a segment comes from a Word document's footnote or endnote, first among its notes", () => {
    expect(noteSegment(seg('见外交部网站。'), 'zh', undefined, 'footnote')).toEqual([
      'From a footnote of the Word document.',
    ]);
    expect(noteSegment(seg('年月日发布。'), 'zh', undefined, 'endnote')).toEqual([
      'From an endnote of the Word document.',
      expect.stringMatching(/^Date without numbers/),
    ]);
    expect(noteSegment(seg('见外交部网站。'), 'zh')).toEqual([]);
  });

  it('reaches the workbook row of a footnote through pairSegments', () => {
    const document = {
      name: 'notes',
      path: 'notes.docx',
      format: 'docx',
      paragraphs: [
        { index: 1, text: '正文。' },
        { index: 2, text: '见外交部网站。', role: 'footnote' as const },
      ],
    };
    const segments = [
      { ...seg('正文。'), id: 'p1.s1', paragraph: 1 },
      { ...seg('见外交部网站。'), id: 'p2.s1', paragraph: 2 },
    ];
    const paired = pairSegments(document, segments, [[], []], {
      sourceLanguage: 'zh',
      targetLanguage: 'en',
      created: '2026-01-01T00:00:00.000Z',
    });
    expect(paired.segments.map((s) => s.notes)).toEqual([[], ['From a footnote of the Word document.']]);
  });
});
