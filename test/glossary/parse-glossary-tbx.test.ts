import { describe, expect, it } from 'vitest';
import { buildTermIndex, matchTerms, parseGlossary } from '../../src/glossary/index.js';
import { defaultTarget } from '../../src/model/index.js';
import { parseXml, textContent, XmlError } from '../../src/util/parse-xml.js';
import { loadFixture } from './fixtures.js';

describe('parseGlossary: TBX', () => {
  it('reads TBX-Basic: one entry per concept, preferred targets first, admitted after, notes and domain', () => {
    const { entries } = loadFixture('termbase.tbx');
    expect(entries[0]).toEqual({
      sources: ['一带一路'],
      targets: ['Belt and Road Initiative', 'BRI'],
      status: 'preferred',
      caseSensitive: false,
      domain: 'foreign policy',
      sourceLanguage: 'zh-CN',
      targetLanguage: 'en-US',
      origin: { file: 'termbase.tbx', line: 9 },
    });
    expect(entries[2]).toMatchObject({
      sources: ['人类命运共同体'],
      targets: ['community with a shared future for mankind'],
      note: "Xi Jinping's foreign-policy concept.",
      origin: { line: 37 },
    });
    expect(entries[4]).toMatchObject({ sources: ['中国 & 东盟'], targets: ['China & ASEAN'] });
  });

  it('turns deprecated and superseded target terms into a forbidden entry, so QA can flag them', () => {
    const { entries } = loadFixture('termbase.tbx');
    expect(entries[1]).toMatchObject({
      sources: ['一带一路'],
      targets: ['One Belt, One Road', 'OBOR'],
      status: 'forbidden',
      origin: { line: 9 },
    });
    // in matching, the preferred entry speaks for the shared source
    const index = buildTermIndex(entries, { language: 'zh' });
    expect(matchTerms(index, '共建一带一路')).toMatchObject([
      { target: 'Belt and Road Initiative', status: 'preferred' },
    ]);
  });

  it('reports a bad status at its line, a concept without a target and concepts without a source term', () => {
    const { findings } = loadFixture('termbase.tbx');
    expect(findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['glossary-unknown-status', 'error', 63],
      ['glossary-missing-target', 'warning', 72],
      ['glossary-no-source-term', 'info', undefined],
    ]);
    expect(findings[0]!.message).toContain('maybeTerm');
  });

  it('reads TBX v3 (conceptEntry/langSec/termSec), with the file language as source unless told otherwise', () => {
    const enZh = loadFixture('termbase-v3.tbx');
    expect(enZh.findings).toEqual([]);
    expect(enZh.entries.map((e) => [e.sources, e.targets, e.status])).toEqual([
      [['supply chain'], ['供应链'], 'preferred'],
      [['Taiwan authorities'], ['台湾当局'], 'preferred'],
      [['Taiwan authorities'], ['台湾政府'], 'forbidden'],
    ]);
    const zhEn = loadFixture('termbase-v3.tbx', { sourceLanguage: 'zh', targetLanguage: 'en' });
    // a forbidden source-language term stays a variant: the translator still needs the target
    expect(zhEn.entries.map((e) => [e.sources, e.targets])).toEqual([
      [['供应链'], ['supply chain']],
      [['台湾当局', '台湾政府'], ['Taiwan authorities']],
    ]);
  });

  it('gives the renderings of the default target language of a termbase of three, without --to', () => {
    const tbx = `<?xml version="1.0"?><martif type="TBX" xml:lang="zh"><text><body><termEntry>
      <langSet xml:lang="zh"><tig><term>外交部</term></tig></langSet>
      <langSet xml:lang="fr"><tig><term>ministère des Affaires étrangères</term></tig></langSet>
      <langSet xml:lang="en-GB"><tig><term>Ministry of Foreign Affairs</term></tig></langSet>
    </termEntry></body></text></martif>`;
    const bytes = new TextEncoder().encode(tbx);
    expect(parseGlossary(bytes, 'three.tbx', { defaultTarget }).entries[0]).toMatchObject({
      sources: ['外交部'],
      targets: ['Ministry of Foreign Affairs'],
      targetLanguage: 'en-GB',
    });
    // Without that, the first other language, as before; with --to, that one.
    expect(parseGlossary(bytes, 'three.tbx').entries[0]!.targets).toEqual([
      'ministère des Affaires étrangères',
    ]);
    expect(
      parseGlossary(bytes, 'three.tbx', { targetLanguage: 'fr', defaultTarget }).entries[0]!.targets,
    ).toEqual(['ministère des Affaires étrangères']);
    // A target it has not: the default one's entries, saying their language, for the document to leave out.
    const german = parseGlossary(bytes, 'three.tbx', { targetLanguage: 'de', defaultTarget });
    expect(german.findings).toEqual([]);
    expect(german.entries[0]).toMatchObject({
      targets: ['Ministry of Foreign Affairs'],
      targetLanguage: 'en-GB',
    });
  });

  it('says which languages the termbase has when the one asked for is missing', () => {
    const { entries, findings } = loadFixture('termbase.tbx', { sourceLanguage: 'ja' });
    expect(entries).toEqual([]);
    expect(findings).toMatchObject([{ code: 'glossary-language-missing', severity: 'error' }]);
    expect(findings[0]!.message).toContain('zh-CN, en-US, fr');
  });

  it('reports malformed XML at the line where it breaks', () => {
    const { entries, findings } = loadFixture('broken.tbx');
    expect(entries).toEqual([]);
    expect(findings).toMatchObject([{ code: 'glossary-unreadable', severity: 'error', line: 7 }]);
    expect(findings[0]!.message).toContain('Expected </tig>');
  });

  it('does not expand declared entities (billion laughs, external entities), and says so', () => {
    const { entries, findings } = loadFixture('entities.tbx');
    expect(entries.map((e) => e.targets[0])).toEqual(['China &lol3; &xxe;']);
    expect(findings).toMatchObject([{ code: 'glossary-xml-entity', severity: 'warning' }]);
  });

  it('rejects XML that is not TBX', () => {
    expect(loadFixture('not-tbx.tbx').findings).toMatchObject([
      { code: 'glossary-not-tbx', severity: 'error' },
    ]);
  });

  it('reads UTF-16 TBX files', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n<martif xml:lang="zh"><text><body><termEntry>' +
      '<langSet xml:lang="zh"><tig><term>多边主义</term></tig></langSet>' +
      '<langSet xml:lang="en"><tig><term>multilateralism</term></tig></langSet>' +
      '</termEntry></body></text></martif>';
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(xml, (c) => c.charCodeAt(0)).buffer),
    ]);
    expect(parseGlossary(bytes, 'utf16.tbx').entries).toMatchObject([
      { sources: ['多边主义'], targets: ['multilateralism'] },
    ]);
  });
});

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and character references', () => {
    const { root } = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1" y=\'&lt;2&gt;\'>t&#x4E2D;&#22269;<b/><![CDATA[<raw>]]></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1', y: '<2>' });
    expect(textContent(root)).toBe('t中国<raw>');
  });

  it('throws XmlError with a line for mismatched or unclosed tags', () => {
    expect(() => parseXml('<a>\n<b>\n</a>')).toThrow(XmlError);
    try {
      parseXml('<a>\n<b>\n</a>');
    } catch (error) {
      expect((error as XmlError).line).toBe(3);
    }
    expect(() => parseXml('<a>')).toThrow(/never closed/);
    expect(() => parseXml('')).toThrow(/No root/);
  });

  it('handles deep nesting without recursion', () => {
    const depth = 20_000;
    const { root } = parseXml(`${'<x>'.repeat(depth)}deep${'</x>'.repeat(depth)}`);
    expect(root.name).toBe('x');
    expect(textContent(root)).toBe('deep');
  });
});
