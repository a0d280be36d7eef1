import { describe, expect, it } from 'vitest';
import { GlossaryEntry, type TermMatch } from '../../../src/model/index.js';
import { missingTerm } from '../../../src/qa/checks/missing-term.js';
import { makeDocument } from '../make-document.js';
import { termIn } from '../terms.js';

const BRI = '我们释放对外开放新红利，积极推进高质量共建一带一路，拓展健康丝路绿色丝路数字丝路新愿景。';
const COMMUNITY = '这场疫情也使各国人民对休戚与共的认知更为深刻，人类命运共同体的理念日益深入人心。';

function check(source: string, target: string, terms: TermMatch[]) {
  return missingTerm({ document: makeDocument([{ source, target, terms }]) });
}

describe('missingTerm', () => {
  it('flags a term whose approved renderings are all absent, naming them', () => {
    const findings = check(
      BRI,
      'We unleashed new dividends of opening up and promoted high-quality Silk Road cooperation.',
      [termIn(BRI, '一带一路', ['Belt and Road Initiative', 'Belt and Road'])],
    );
    expect(findings).toEqual([
      {
        code: 'missing-term',
        severity: 'warning',
        id: 'p1.s1',
        message:
          'Glossary term “一带一路” should be translated as “Belt and Road Initiative” (or “Belt and Road”); not found in the target.',
      },
    ]);
  });

  it('accepts any approved rendering, in any case', () => {
    const terms = [termIn(BRI, '一带一路', ['Belt and Road Initiative', 'Belt and Road'])];
    expect(check(BRI, 'We pursued high-quality BELT AND ROAD cooperation.', terms)).toEqual([]);
  });

  it('accepts plurals and possessives: community → communities, policy → policies', () => {
    const source = '维护拓展发展中国家共同利益，推动周边命运共同体走深走实。';
    const terms = [
      termIn(source, '发展中国家', ['developing country']),
      termIn(source, '命运共同体', ['community with a shared future']),
    ];
    const target =
      "We upheld the common interests of developing countries and built neighbourhood communities with a shared future; the developing countries' voice grew.";
    expect(check(source, target, terms)).toEqual([]);
    const policy = '我们坚持独立自主的和平外交政策。';
    expect(
      check(policy, 'Our foreign policies stay independent.', [
        termIn(policy, '外交政策', ['foreign policy']),
      ]),
    ).toEqual([]);
  });

  it('accepts hyphen, dash and space variants: China-US, China–US, China US', () => {
    const source = '当前，中美关系已经来到新的十字路口。';
    const terms = [termIn(source, '中美关系', ['China-US relations'])];
    for (const target of [
      'China–US relations are at a new crossroads.',
      'China US relations are at a new crossroads.',
      'China-US relations are at a new crossroads.',
    ]) {
      expect(check(source, target, terms)).toEqual([]);
    }
  });

  it('needs one rendering however often the source has the term', () => {
    const source = '人类命运共同体理念深入人心，构建人类命运共同体是中国的主张。';
    const first = termIn(source, '人类命运共同体', ['community with a shared future for mankind']);
    const second = {
      ...first,
      start: source.lastIndexOf('人类命运共同体'),
      end: source.lastIndexOf('人类命运共同体') + 7,
    };
    const target =
      'Building a community with a shared future for mankind, an idea that has won hearts, is what China proposes.';
    expect(check(source, target, [first, second])).toEqual([]);
    expect(check(source, 'China proposes a shared future.', [first, second])).toHaveLength(1);
  });

  it('does not match inside other words, and respects acronyms', () => {
    const source = '中美完全可以通过对话化解矛盾分歧。';
    const terms = [termIn(source, '中美', ['China and the US'])];
    expect(check(source, 'China and the user can resolve differences through dialogue.', terms)).toHaveLength(
      1,
    );
    expect(check(source, 'China and the us can resolve differences.', terms)).toHaveLength(1);
  });

  it('skips forbidden terms, empty targets and terms without a rendering', () => {
    expect(check(BRI, '', [termIn(BRI, '一带一路', ['Belt and Road'])])).toEqual([]);
    expect(
      check(BRI, 'One Belt, One Road', [termIn(BRI, '一带一路', ['One Belt, One Road'], 'forbidden')]),
    ).toEqual([]);
    expect(check(BRI, 'Silk Road', [termIn(BRI, '一带一路', [])])).toEqual([]);
  });

  it('uses --glossary entries, by substring or through the injected matcher', () => {
    const entry = GlossaryEntry.parse({
      sources: ['人类命运共同体'],
      targets: ['community with a shared future for mankind'],
      origin: { file: 'glossary/terms.csv', line: 4 },
    });
    const document = makeDocument([
      { source: COMMUNITY, target: 'The idea of a common destiny has won hearts.' },
    ]);
    expect(missingTerm({ document, glossary: [entry] })).toMatchObject([{ code: 'missing-term' }]);
    const matchSource = (text: string) => [
      termIn(text, '人类命运共同体', ['community with a shared future for mankind']),
    ];
    expect(missingTerm({ document, matchSource })).toHaveLength(1);
    const translated = makeDocument([
      {
        source: COMMUNITY,
        target: 'The vision of a community with a shared future for mankind has won hearts.',
      },
    ]);
    expect(missingTerm({ document: translated, glossary: [entry] })).toEqual([]);
  });

  it('matches English glossary sources by whole word for an English source', () => {
    const entry = GlossaryEntry.parse({
      sources: ['multilateralism'],
      targets: ['多边主义'],
      origin: { file: 'glossary/terms.csv' },
    });
    const document = makeDocument(
      [
        { source: 'We held high the banner of multilateralism.', target: '我们高举多边主义旗帜。' },
        { source: 'We held high the banner of multilateralism.', target: '我们高举旗帜。' },
      ],
      { source: 'en', target: 'zh' },
    );
    expect(missingTerm({ document, glossary: [entry] })).toMatchObject([{ id: 'p1.s2' }]);
  });
});
