import { describe, expect, it } from 'vitest';
import { buildTermIndex, matchTerms } from '../../src/glossary/index.js';
import type { GlossaryEntry } from '../../src/model/index.js';
import { entry } from './fixtures.js';

/** Matches as `source=matched text` strings, in order. */
function found(entries: GlossaryEntry[], text: string, language = 'zh'): string[] {
  return matchTerms(buildTermIndex(entries, { language }), text).map(
    (m) => `${m.source}=${text.slice(m.start, m.end)}`,
  );
}

const FOREIGN_POLICY = [
  entry('中国', 'China'),
  entry('中美', 'China-US'),
  entry('中美关系', 'China-US relations'),
  entry('中欧', 'China-EU'),
  entry('中欧班列', 'China-Europe Railway Express'),
  entry('联合国', 'United Nations'),
  entry('安理会', 'Security Council'),
  entry('联合国安理会', 'UN Security Council'),
  entry('一带一路', 'Belt and Road'),
  entry('人类命运共同体', 'community with a shared future for mankind'),
  entry('RCEP', 'RCEP'),
];

describe('matchTerms: longest wins, leftmost, no overlaps', () => {
  it('prefers 中欧班列 over 中欧', () => {
    expect(found(FOREIGN_POLICY, '中欧班列开行突破万列，前十个月运量已超过年全年')).toEqual([
      '中欧班列=中欧班列',
    ]);
  });

  it('prefers 联合国安理会 over 联合国 and 安理会', () => {
    const text = '中国作为联合国安理会常任理事国和负责任大国，一直在积极探索具有中国特色的热点问题解决之道。';
    expect(found(FOREIGN_POLICY, text)).toEqual(['中国=中国', '联合国安理会=联合国安理会', '中国=中国']);
  });

  it('matches 中美 inside the single word 中美关系 when 中美关系 is no entry, and 中美关系 when it is', () => {
    const text = '记者当前中美关系正经历建交以来罕见的严重困难';
    expect(found(FOREIGN_POLICY, text)).toEqual(['中美关系=中美关系']);
    expect(found([entry('中美', 'China-US')], text)).toEqual(['中美=中美']);
  });

  it('matches a term made of several words: 人类命运共同体 (人类|命运|共同|体)', () => {
    const text =
      '与此同时，这场疫情也使各国人民对休戚与共同舟共济的认知更为深刻，人类命运共同体的理念日益深入人心。';
    expect(found(FOREIGN_POLICY, text)).toEqual(['人类命运共同体=人类命运共同体']);
  });

  it('returns sorted, non-overlapping matches with offsets into the text and the entry’s targets and note', () => {
    const entries = [entry('一带一路|“一带一路”倡议', 'Belt and Road Initiative|BRI', { note: 'official' })];
    const text = '积极推进高质量共建一带一路，拓展“一带一路”倡议合作';
    const matches = matchTerms(buildTermIndex(entries, { language: 'zh' }), text);
    expect(matches).toEqual([
      {
        start: 9,
        end: 13,
        source: '一带一路',
        target: 'Belt and Road Initiative',
        targets: ['Belt and Road Initiative', 'BRI'],
        note: 'official',
        status: 'preferred',
      },
      expect.objectContaining({ start: 16, end: 24, source: '“一带一路”倡议' }),
    ]);
  });

  it('gives the matches of one entry one frozen copy of its targets', () => {
    const entries = [entry('一带一路|“一带一路”倡议', 'Belt and Road Initiative|BRI')];
    const index = buildTermIndex(entries, { language: 'zh' });
    const [first, second] = matchTerms(index, '共建一带一路，拓展“一带一路”倡议合作');
    const [again] = matchTerms(index, '一带一路');
    expect(first!.targets).toBe(second!.targets);
    expect(again!.targets).toBe(first!.targets);
    expect(first!.targets).not.toBe(entries[0]!.targets);
    expect(Object.isFrozen(first!.targets)).toBe(true);
  });

  it('reports the preferred entry where a forbidden one has the same source, the forbidden one alone otherwise', () => {
    const preferred = entry('一带一路', 'Belt and Road Initiative');
    const forbidden = entry('一带一路', 'One Belt One Road', { status: 'forbidden' });
    const index = buildTermIndex([forbidden, preferred], { language: 'zh' });
    expect(matchTerms(index, '共建一带一路')).toMatchObject([{ target: 'Belt and Road Initiative' }]);
    const onlyForbidden = buildTermIndex([forbidden], { language: 'zh' });
    expect(matchTerms(onlyForbidden, '共建一带一路')).toMatchObject([{ status: 'forbidden' }]);
  });

  it('tries shorter terms from the same start when the longest cuts a word', () => {
    // 中美洲国 ends inside 国家 (中|美洲|国家); 中美洲 from the same start fits
    const entries = [entry('中美洲国', 'bogus'), entry('中美洲', 'Central America')];
    expect(found(entries, '中国同中美洲国家的关系')).toEqual(['中美洲=中美洲']);
    // supply chain is cut by chainsaw; supply from the same start is a whole word
    const english = [entry('supply chain', '供应链'), entry('supply', '供应')];
    expect(found(english, 'the supply chainsaw', 'en')).toEqual(['supply=supply']);
  });

  it('leaves out entries of another source language', () => {
    const entries = [
      entry('China', '中国', { sourceLanguage: 'en' }),
      entry('中国', 'China', { sourceLanguage: 'zh-CN' }),
    ];
    expect(found(entries, '中国和China')).toEqual(['中国=中国']);
    expect(buildTermIndex(entries, { language: 'zh' }).entryCount).toBe(1);
  });

  it('matches a zh/en glossary the other way round in an English text, its own entries first', () => {
    const zhEn = { sourceLanguage: 'zh', targetLanguage: 'en' };
    const entries = [
      entry('一带一路', 'Belt and Road Initiative|Belt and Road', zhEn),
      entry('一带一路', 'One Belt, One Road', { ...zhEn, status: 'forbidden' }),
      entry('美国', 'the United States|US', zhEn),
      entry('中国', 'China', zhEn),
      entry('中方', 'China', zhEn),
      entry('China', '中华', { sourceLanguage: 'en', targetLanguage: 'zh' }),
    ];
    const text = 'Let us ask the US and China about the Belt and Road Initiative, not One Belt, One Road.';
    const index = buildTermIndex(entries, { language: 'en' });
    expect(
      matchTerms(index, text).map(
        (m) => `${text.slice(m.start, m.end)}→${m.target} (${m.targets.join('|')})`,
      ),
    ).toEqual([
      // `us` is no acronym: the turned entry of US is case-sensitive.
      'US→美国 (美国)',
      // The glossary's own English entry wins over the two turned ones.
      'China→中华 (中华)',
      'Belt and Road Initiative→一带一路 (一带一路)',
    ]);
    // Chinese texts keep the entries as they are.
    expect(found(entries, '中国和美国', 'zh')).toEqual(['中国=中国', '美国=美国']);
  });

  it('returns nothing for an empty text or glossary', () => {
    expect(found(FOREIGN_POLICY, '')).toEqual([]);
    expect(found([], '中国')).toEqual([]);
  });
});

describe('matchTerms: word boundaries in Chinese', () => {
  it('never matches 中国 inside 发展中国家, with or without 发展中国家 in the glossary', () => {
    const text = '维护拓展发展中国家共同利益，致力于让发展中国家用得上用得起疫苗。';
    expect(found(FOREIGN_POLICY, text)).toEqual([]);
    const withCompound = [...FOREIGN_POLICY, entry('发展中国家', 'developing countries')];
    expect(found(withCompound, text)).toEqual(['发展中国家=发展中国家', '发展中国家=发展中国家']);
  });

  it('never matches 中美 inside 中美洲', () => {
    expect(found(FOREIGN_POLICY, '中国同中美洲国家的关系不断发展，中美洲和加勒比地区')).toEqual([
      '中国=中国',
    ]);
  });

  it('matches a term that ICU glued a particle onto: 合作|共|赢的, 中|方向|非洲, 是以|习近平', () => {
    const entries = [
      entry('合作共赢', 'win-win cooperation'),
      entry('互利共赢', 'mutual benefit'),
      entry('中方', 'China'),
      entry('以习近平同志为核心的党中央', 'the CPC Central Committee with Comrade Xi Jinping at its core'),
    ];
    expect(found(entries, '重温世代友好合作共赢的缔约初心，维护了互利共赢的主基调。')).toEqual([
      '合作共赢=合作共赢',
      '互利共赢=互利共赢',
    ]);
    expect(found(entries, '中方向非洲派出医疗专家组。')).toEqual(['中方=中方']);
    expect(found(entries, '这个项目是以习近平同志为核心的党中央带领全国人民完成的。')).toEqual([
      '以习近平同志为核心的党中央=以习近平同志为核心的党中央',
    ]);
  });

  it('still rejects a term that cuts a word by more than a glued particle', () => {
    // 中|美洲: 洲 is no particle; 发展|中|国家: nor is 家; 中美洲|国家 for a 中美洲国 entry: nor 家.
    expect(found([entry('中美', 'China-US')], '中美洲和加勒比地区')).toEqual([]);
    expect(found([entry('中国', 'China')], '发展中国家')).toEqual([]);
    expect(found([entry('中美洲国', 'bogus')], '中国同中美洲国家的关系')).toEqual([]);
  });

  it('never matches 中非 inside 中非共和国', () => {
    expect(found([entry('中非', 'China-Africa')], '中非共和国总统访华，中非合作论坛')).toEqual(['中非=中非']);
  });

  it('matches Latin terms inside Chinese text, but not inside longer Latin words or numbers', () => {
    const entries = [entry('RCEP', 'RCEP'), entry('G20', 'G20'), entry('5G', '5G')];
    expect(found(entries, '签署RCEP协定，G20峰会，G200不是，15G也不是，5G网络')).toEqual([
      'RCEP=RCEP',
      'G20=G20',
      '5G=5G',
    ]);
  });
});

describe('matchTerms: normalisation', () => {
  it('is width-insensitive: ＲＣＥＰ matches RCEP, full-width digits match ASCII', () => {
    expect(found([entry('RCEP', 'RCEP'), entry('G20', 'G20')], '签署ＲＣＥＰ协定，出席Ｇ２０峰会')).toEqual([
      'RCEP=ＲＣＥＰ',
      'G20=Ｇ２０',
    ]);
  });

  it('is case-insensitive unless the entry is case-sensitive', () => {
    expect(found([entry('rcep', 'RCEP')], '签署RCEP协定')).toEqual(['rcep=RCEP']);
    const us = [entry('US', 'United States', { caseSensitive: true })];
    expect(found(us, 'The US and us', 'en')).toEqual(['US=US']);
    expect(found(us, 'ＵＳ policy', 'en')).toEqual(['US=ＵＳ']);
  });

  it('prefers a case-sensitive entry that matches exactly over a case-insensitive one', () => {
    const entries = [entry('turkey', 'dinde'), entry('Turkey', 'Turquie', { caseSensitive: true })];
    const matches = matchTerms(buildTermIndex(entries, { language: 'en' }), 'Turkey and turkey');
    expect(matches.map((m) => m.target)).toEqual(['Turquie', 'dinde']);
  });

  it('matches Traditional characters in the text against Simplified entries', () => {
    const text = '積極推進高質量共建一帶一路，踐行人類命運共同體理念，聯合國安理會';
    expect(found(FOREIGN_POLICY, text)).toEqual([
      '一带一路=一帶一路',
      '人类命运共同体=人類命運共同體',
      '联合国安理会=聯合國安理會',
    ]);
  });

  it('keeps offsets in the original text when folding changes lengths (ﬁ, İ, ß, full width, spaces)', () => {
    const entries = [
      entry('financial firm', '金融公司'),
      entry('Istanbul', '伊斯坦布尔'),
      entry('strasse', '街'),
      entry('RCEP', 'RCEP'),
      entry('supply chain', '供应链'),
    ];
    const text = 'ﬁnancial ﬁrms in İstanbul, Straße ＲＣＥＰ and supply\u00a0 chains';
    expect(found(entries, text, 'en')).toEqual([
      'financial firm=ﬁnancial ﬁrms',
      'Istanbul=İstanbul',
      'strasse=Straße',
      'RCEP=ＲＣＥＰ',
      'supply chain=supply\u00a0 chains',
    ]);
  });

  it('does not match a term that starts or ends inside a folded character', () => {
    // "inancial" would start inside ﬁ
    expect(found([entry('inancial', 'x')], 'ﬁnancial', 'en')).toEqual([]);
  });
});

describe('matchTerms: English', () => {
  const entries = [
    entry('policy', '政策'),
    entry('supply chain', '供应链'),
    entry('strengthen', '加强'),
    entry('developing country', '发展中国家'),
    entry('port', '港口'),
    entry('China', '中国'),
  ];

  it('matches whole words only: no port in support or passport', () => {
    expect(found(entries, 'We support the passport office and the ports.', 'en')).toEqual(['port=ports']);
  });

  it('matches inflected forms of the last word', () => {
    const text =
      'Policies on supply chains strengthened ties with developing countries; China’s policy was strengthening.';
    expect(found(entries, text, 'en')).toEqual([
      'policy=Policies',
      'supply chain=supply chains',
      'strengthen=strengthened',
      'developing country=developing countries',
      'China=China’s',
      'policy=policy',
      'strengthen=strengthening',
    ]);
  });

  it('does not take a closing quote for a possessive, nor a different word for an inflection', () => {
    expect(found(entries, "the 'policy' and the police", 'en')).toEqual(['policy=policy']);
  });
});
