import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/index.js';
import { defaultTarget, formatFinding, GlossaryEntry } from '../../src/model/index.js';
import { loadFixture } from './fixtures.js';

describe('parseGlossary: CSV', () => {
  it('reads a UTF-8 file with BOM and CRLF, quoted fields, variants, notes, domains, statuses, case flags', () => {
    const { entries, findings } = loadFixture('terms.csv');
    expect(findings).toEqual([]);
    expect(entries).toHaveLength(9);
    expect(entries[0]).toEqual({
      sources: ['一带一路', '“一带一路”倡议'],
      targets: ['Belt and Road Initiative', 'BRI'],
      note: 'Official rendering; avoid "One Belt, One Road"',
      domain: 'foreign policy',
      status: 'preferred',
      caseSensitive: false,
      origin: { file: 'terms.csv', line: 2 },
    });
    expect(entries[4]).toMatchObject({ sources: ['联合国安理会', '安理会'], status: 'admitted' });
    // a quoted note spanning two lines: the next row starts two lines further down
    expect(entries[6]).toMatchObject({
      sources: ['一带一路'],
      status: 'forbidden',
      note: 'Outdated rendering,\ndo not use',
      origin: { line: 8 },
    });
    expect(entries[7]).toMatchObject({ sources: ['RCEP'], caseSensitive: true, origin: { line: 10 } });
  });

  it('makes entries as GlossaryEntry would parse them, fields in its order', () => {
    // notes, domains, statuses and case flags; then language columns
    const entries = [
      ...loadFixture('terms.csv').entries,
      ...loadFixture('languages.csv', { sourceLanguage: 'zh', targetLanguage: 'en' }).entries,
    ];
    for (const entry of entries)
      expect(JSON.stringify(GlossaryEntry.parse(entry))).toBe(JSON.stringify(entry));
  });

  it('reports every bad row at its line with what to do, and loads the rest', () => {
    const { entries, findings } = loadFixture('malformed.csv');
    expect(findings.map((f) => [f.line, f.code, f.severity])).toEqual([
      [3, 'glossary-empty-source', 'error'],
      [4, 'glossary-missing-target', 'error'],
      [5, 'glossary-unknown-status', 'error'],
      [6, 'glossary-bad-case-flag', 'error'],
      [7, 'glossary-field-count', 'error'],
      [8, 'glossary-term-too-long', 'error'],
      [10, 'glossary-unterminated-quote', 'error'],
      [12, 'glossary-field-count', 'warning'],
    ]);
    expect(entries.map((e) => [e.sources[0], e.origin.line])).toEqual([
      ['中国', 2],
      ['禁用词', 9],
      ['金砖国家', 11],
      ['二十国集团', 12],
    ]);
    for (const f of findings) expect(f.file).toBe('malformed.csv');
    expect(formatFinding(findings[1]!)).toBe(
      'error malformed.csv:4: “美国” has no target. Add the translation, or set the status to forbidden for a term that must not be used. [glossary-missing-target]',
    );
  });

  it('picks the source and target among language-code columns, by the languages asked for', () => {
    const zhEn = loadFixture('languages.csv', { sourceLanguage: 'zh', targetLanguage: 'en' });
    expect(zhEn.findings).toEqual([]);
    expect(
      zhEn.entries.map((e) => [e.sources[0], e.targets[0], e.sourceLanguage, e.targetLanguage, e.note]),
    ).toEqual([
      ['多边主义', 'multilateralism', 'zh-CN', 'en-US', undefined],
      ['供应链', 'supply chain', 'zh-CN', 'en-US', 'plural: supply chains'],
    ]);
    const zhFr = loadFixture('languages.csv', { sourceLanguage: 'zh-CN', targetLanguage: 'fr' });
    expect(zhFr.entries[0]!.targets).toEqual(['multilatéralisme']);
    // without languages: the first language column is the source, the next one of another language the target
    expect(loadFixture('languages.csv').entries[0]).toMatchObject({
      sources: ['multilateralism'],
      targets: ['多边主义'],
    });
    // without a target language, the one a translation from the source has by default, when it is there
    expect(loadFixture('languages.csv', { sourceLanguage: 'zh', defaultTarget }).entries[0]).toMatchObject({
      targets: ['multilateralism'],
      targetLanguage: 'en-US',
    });
    expect(loadFixture('languages.csv', { sourceLanguage: 'fr', defaultTarget }).entries[0]).toMatchObject({
      targets: ['multilateralism'],
    });
    expect(
      loadFixture('languages.csv', { sourceLanguage: 'fr', defaultTarget: () => 'ja' }).entries[0],
    ).toMatchObject({ targets: ['multilateralism'] });
    // A target it has not: loaded all the same, its entries saying their language.
    const german = loadFixture('languages.csv', {
      sourceLanguage: 'zh',
      targetLanguage: 'de',
      defaultTarget,
    });
    expect(german.findings).toEqual([]);
    expect(german.entries[0]).toMatchObject({ targets: ['multilateralism'], targetLanguage: 'en-US' });
    const missing = loadFixture('languages.csv', { sourceLanguage: 'ja' });
    expect(missing.entries).toEqual([]);
    expect(missing.findings).toMatchObject([
      { code: 'glossary-language-missing', severity: 'error', line: 1 },
    ]);
  });

  it('reads semicolon-separated CSV as European Excel writes it', () => {
    const { entries, findings } = loadFixture('semicolon.csv');
    expect(findings).toEqual([]);
    expect(entries.map((e) => [e.sources[0], e.targets[0], e.note])).toEqual([
      ['全球治理', 'global governance', undefined],
      ['新型国际关系', 'new type of international relations', 'Xi-era term'],
    ]);
  });

  it('reads GB18030 and UTF-16 files', () => {
    for (const name of ['gb18030.csv', 'utf16.csv']) {
      const { entries, findings } = loadFixture(name);
      expect(findings).toEqual([]);
      expect(entries.map((e) => [e.sources[0], e.note])).toEqual([
        ['中欧投资协定', '简称中欧投资协定'],
        ['区域全面经济伙伴关系协定', 'RCEP'],
      ]);
    }
  });

  it('rejects a CSV that is no glossary with one error naming the headers it expected', () => {
    const { entries, findings } = loadFixture('not-a-glossary.csv');
    expect(entries).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'glossary-no-header', severity: 'error', line: 1 });
    expect(findings[0]!.message).toContain('name | age | city');
    expect(findings[0]!.message).toContain('source and target (or term and translation, src and tgt');
  });

  it('rejects binary files and workbooks with a text extension', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(parseGlossary(png, 'logo.csv').findings).toMatchObject([
      { code: 'glossary-unreadable', severity: 'error' },
    ]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    expect(parseGlossary(zip, 'terms.csv').findings[0]!.message).toContain('.xlsx');
  });

  it('warns about an empty file', () => {
    expect(parseGlossary(new Uint8Array(), 'empty.csv').findings).toMatchObject([{ code: 'glossary-empty' }]);
    expect(parseGlossary(new TextEncoder().encode('source,target\n'), 'h.csv').findings).toMatchObject([
      { code: 'glossary-empty', severity: 'warning' },
    ]);
  });
});

describe('parseGlossary: TSV and OmegaT text', () => {
  it('reads an OmegaT glossary: no header, source, target, comment, and a comment line', () => {
    const { entries, findings } = loadFixture('omegat.txt');
    expect(findings).toEqual([]);
    expect(entries.map((e) => [e.sources[0], e.targets[0], e.note, e.origin.line])).toEqual([
      ['多边主义', 'multilateralism', undefined, 2],
      ['单边主义', 'unilateralism', 'contrast: 多边主义', 3],
      ['保护主义', 'protectionism', undefined, 5],
    ]);
  });

  it('reports bad OmegaT rows at their lines: missing target, extra fields', () => {
    const text =
      '多边主义\tmultilateralism\n单边主义\n保护主义\tprotectionism\tnote\textra\n霸权主义\thegemonism\n';
    const { entries, findings } = parseGlossary(new TextEncoder().encode(text), 'omegat.txt');
    expect(entries.map((e) => e.sources[0])).toEqual(['多边主义', '霸权主义']);
    expect(findings.map((f) => [f.line, f.code, f.severity])).toEqual([
      [2, 'glossary-missing-target', 'error'],
      [3, 'glossary-field-count', 'error'],
    ]);
  });

  it('reads a TSV with a term/translation header and TBX status words', () => {
    const { entries, findings } = loadFixture('terms.tsv');
    expect(findings).toEqual([]);
    expect(entries.map((e) => [e.sources[0], e.targets[0], e.status])).toEqual([
      ['新冠肺炎', 'COVID-19', 'preferred'],
      ['武汉肺炎', 'Wuhan pneumonia', 'forbidden'],
    ]);
  });
});

describe('parseGlossary: formats', () => {
  it('names the supported formats for an unknown extension', () => {
    const { entries, findings } = parseGlossary(new Uint8Array([1, 2, 3]), 'glossary/terms.pdf');
    expect(entries).toEqual([]);
    expect(findings).toEqual([
      {
        code: 'glossary-unsupported-format',
        severity: 'error',
        file: 'glossary/terms.pdf',
        message:
          '“.pdf” is not a glossary format tandem reads. Save it as .csv, .tsv, .txt (tab-separated), .xlsx, .ods or .tbx.',
      },
    ]);
  });
});
