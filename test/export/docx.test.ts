import { describe, expect, it } from 'vitest';
import { escapeXml, runProperties, textRuns } from '../../src/export/docx/wordml.js';
import { writeBilingualDocx } from '../../src/export/docx.js';
import type { AlignedDocument, AlignedSegment, TermMatch } from '../../src/model/index.js';
import { paragraphs, tableRows, tables, wordText } from '../helpers/docx-text.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { zipPart } from '../helpers/xlsx-files.js';

async function documentXml(doc: AlignedDocument, options?: Parameters<typeof writeBilingualDocx>[1]) {
  return zipPart(await writeBilingualDocx(doc, options), 'word/document.xml');
}

/**
 * Fails unless `xml` is well-formed as far as our writers can get it wrong: every tag closed in order, and no
 * `<`, `>` or `&` outside markup but in an entity (`>` may stand in text, but we escape it as the library did).
 */
function expectWellFormed(xml: string): void {
  const open: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [, close, name, selfClosing] of body.matchAll(/<(\/?)([\w:]+)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (close) expect(open.pop(), `</${name}>`).toBe(name);
    else if (!selfClosing) open.push(name!);
  }
  expect(open).toEqual([]);
  expect(body.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
}

/** A one-row document of `row` over the sample's header and glossary. */
function oneRow(row: Partial<AlignedSegment>): AlignedDocument {
  const doc = shortSample();
  return { ...doc, segments: [{ ...doc.segments[0]!, notes: [], terms: [], ...row }] };
}

/** A match of the entry `text` where it first occurs in `source`. */
function term(source: string, text: string, status: TermMatch['status'] = 'preferred'): TermMatch {
  const start = source.indexOf(text);
  return { start, end: start + text.length, source: text, target: `<${text}>`, targets: [], status };
}

/** The sample without its 30,000-character segment, for tests about ordinary rows. */
function shortSample(): AlignedDocument {
  const doc = sampleDocument();
  return { ...doc, segments: doc.segments.filter((s) => s.id !== 'p3.s9') };
}

describe('writeBilingualDocx', () => {
  it('opens with a header block: file, languages, date and counts', async () => {
    const xml = await documentXml(sampleDocument());
    const text = paragraphs(xml.slice(0, xml.indexOf('<w:tbl>')));
    expect(text).toEqual([
      'interview',
      'File: input/interview.txt',
      'Languages: Chinese → English',
      'Date: 2021-01-02',
      'Counts: 11 segments · 5 translated · 15 term matches (10 glossary entries)',
      '',
    ]);
  });

  it('shows the date it is given instead of the document’s', async () => {
    const xml = await documentXml(sampleDocument(), { date: '2024-05-01' });
    expect(paragraphs(xml)).toContain('Date: 2024-05-01');
  });

  it('tabulates every segment as ID | Source | Target | Status in document order, empty targets empty', async () => {
    const doc = sampleDocument();
    const [segments] = tables(await documentXml(doc));
    expect(segments![0]).toEqual(['ID', 'Source (Chinese)', 'Target (English)', 'Status']);
    const body = segments!.slice(1);
    expect(body.map((row) => row[0])).toEqual(doc.segments.map((s) => s.id));
    // The source cell's first paragraph is the source; a line of the matched entries follows it.
    expect(body.map((row) => row[1]!.split('\n')[0])).toEqual(doc.segments.map((s) => s.source));
    expect(body.map((row) => row[2])).toEqual(doc.segments.map((s) => s.target));
    expect(body.map((row) => row[3])).toEqual(doc.segments.map((s) => s.status));
    expect(body[0]![1]!.split('\n').slice(1)).toEqual([
      '新华社 → Xinhua News Agency  ·  中央广播电视总台 → China Media Group',
    ]);
    expect(body[1]![1]).toBe('2021/01/02 10:19');
  });

  it('repeats the header row on every page and keeps ordinary rows whole', async () => {
    const xml = await documentXml(shortSample());
    const rows = tableRows(xml, 0);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((row) => !row.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('lets a row taller than a page split rather than run off it', async () => {
    const doc = sampleDocument();
    const rows = tableRows(await documentXml(doc), 0);
    const long = rows[doc.segments.findIndex((s) => s.id === 'p3.s9') + 1]!;
    expect(wordText(long)).toContain(doc.segments.at(-1)!.source);
    expect(long).not.toContain('<w:cantSplit/>');
  });

  it('fits a fixed-layout table to A4 landscape, with explicit widths in twips', async () => {
    const xml = await documentXml(shortSample());
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...(xml.match(/<w:tblGrid>.*?<\/w:tblGrid>/)?.[0] ?? '').matchAll(/w:w="(\d+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16_838 - 2 * 1_000);
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="14838"/>');
  });

  it('fits portrait too, and drops the Status column when asked', async () => {
    const xml = await documentXml(shortSample(), { orientation: 'portrait', status: false });
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const [segments] = tables(xml);
    expect(segments![0]).toEqual(['ID', 'Source (Chinese)', 'Target (English)']);
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="9906"/>');
  });

  it('marks each matched term in the source with shading and bold, forbidden ones in another colour', async () => {
    const xml = await documentXml(shortSample());
    const runs = [...xml.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)];
    const shaded = (fill: string) =>
      runs.filter((r) => r[1]!.includes(`w:fill="${fill}"`) && r[1]!.includes('<w:b/>')).map((r) => r[2]);
    expect(shaded('FFE699')).toEqual([
      '新华社',
      '中央广播电视总台',
      '新华社',
      '中央广播电视总台',
      '国务委员',
      '外交部长',
      '新华社',
      '中央广播电视总台',
      '新冠肺炎',
      '人类命运共同体',
      '发展中国家',
      '一带一路',
    ]);
    expect(shaded('F8CBAD')).toEqual(['One Belt, One Road']);
  });

  it('sets Chinese in an East Asian font with its language, in runs and in the document defaults', async () => {
    const bytes = await writeBilingualDocx(shortSample());
    const xml = zipPart(bytes, 'word/document.xml');
    const source = xml.match(/<w:r><w:rPr>(<w:rFonts[^>]*\/>)[\s\S]*?<\/w:rPr><w:t[^>]*>王毅就年/)?.[1];
    expect(source).toContain('w:eastAsia="Microsoft YaHei"');
    expect(source).toContain('w:ascii="Calibri"');
    expect(source).toContain('w:hint="eastAsia"');
    expect(xml).toContain('<w:lang w:eastAsia="zh-CN"/>');
    const target = xml.match(/<w:r><w:rPr>(.*?)<\/w:rPr><w:t[^>]*>In 2020/)?.[1];
    expect(target).toContain('w:eastAsia="Microsoft YaHei"');
    expect(target).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    const styles = zipPart(bytes, 'word/styles.xml');
    const defaults = styles.match(/<w:docDefaults>.*?<\/w:docDefaults>/)?.[0];
    expect(defaults).toContain('w:eastAsia="Microsoft YaHei"');
    expect(defaults).toContain('w:eastAsia="zh-CN"');
  });

  it('picks the face of the document’s East Asian language', async () => {
    const ja = { ...shortSample(), sourceLanguage: 'ja' };
    expect(await documentXml(ja)).toContain('w:eastAsia="Yu Gothic"');
    const zhTw = { ...shortSample(), sourceLanguage: 'zh-TW' };
    expect(await documentXml(zhTw)).toContain('w:eastAsia="Microsoft JhengHei"');
    const enZh = { ...shortSample(), sourceLanguage: 'en', targetLanguage: 'zh' };
    const xml = await documentXml(enZh);
    expect(tables(xml)[0]![0]).toEqual(['ID', 'Source (English)', 'Target (Chinese)', 'Status']);
    expect(xml).toContain('w:eastAsia="Microsoft YaHei"');
  });

  it('ends with the matched glossary entries and their counts on a page of their own', async () => {
    const doc = sampleDocument();
    const xml = await documentXml(doc);
    const glossary = tables(xml)[1]!;
    expect(glossary[0]).toEqual(['Source', 'Target', 'Alternatives', 'Note', 'Status', 'Count']);
    expect(glossary.slice(1).map((r) => [r[0], r[5]])).toEqual(
      doc.terms.map((t) => [t.source, String(t.count)]),
    );
    expect(glossary[1]).toEqual(['新华社', 'Xinhua News Agency', 'Xinhua', '', 'preferred', '3']);
    expect(tableRows(xml, 1)[0]).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:pageBreakBefore\/>.*?Glossary/);
  });

  it('numbers the pages in the footer', async () => {
    const bytes = await writeBilingualDocx(shortSample());
    const footer = zipPart(bytes, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(wordText(footer)).toContain('interview · page ');
  });

  it('writes targets with line breaks as breaks, and text XML cannot hold as U+FFFD', async () => {
    const doc = shortSample();
    doc.segments[0]!.target = 'first line\nsecond line';
    doc.segments[1]!.target = 'bell\u0007';
    const rows = tables(await documentXml(doc))[0]!;
    expect(rows[1]![2]).toBe('first line\nsecond line');
    expect(rows[2]![2]).toBe('bell\uFFFD');
  });

  it('escapes text that looks like markup, in every cell, the header block and the appendix', async () => {
    const text = `a < b && c > "d" 'e' <w:t>]]>`;
    const doc = { ...oneRow({ id: `id&${text}`, source: text, target: text }), name: text };
    doc.terms = [{ ...doc.terms[0]!, source: text, note: text, targets: [doc.terms[0]!.target, text] }];
    const xml = await documentXml(doc);
    expectWellFormed(xml);
    expect(paragraphs(xml)[0]).toBe(text);
    const [segments, glossary] = tables(xml);
    expect(segments![1]).toEqual([`id&${text}`, text, text, 'new']);
    expect(glossary![1]).toEqual([text, 'Xinhua News Agency', text, text, 'preferred', '3']);
  });

  it('keeps characters XML cannot carry out of the document, one for one, so terms stay in place', async () => {
    const source = '\u0001新华社\uD800和\uFFFE中央广播电视总台\u001F';
    const doc = oneRow({
      source,
      target: 'form\u000Cfeed\u000Bvertical\uDC00',
      terms: [term(source, '新华社'), term(source, '中央广播电视总台')],
    });
    const xml = await documentXml(doc);
    expectWellFormed(xml);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const row = tables(xml)[0]![1]!;
    expect(row[1]!.split('\n')[0]).toBe('\uFFFD新华社\uFFFD和\uFFFD中央广播电视总台\uFFFD');
    expect(row[2]).toBe('form\uFFFDfeed\uFFFDvertical\uFFFD');
    const shaded = [...xml.matchAll(/w:fill="FFE699"[\s\S]*?<w:t xml:space="preserve">([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(shaded).toEqual(['新华社', '中央广播电视总台']);
  });

  it('breaks lines inside a cell, a term after a break included, whatever the line ending', async () => {
    const source = '第一行\r\n新华社\r第三行\n';
    const doc = oneRow({ source, target: 'one\r\ntwo\n\nfour', terms: [term(source, '新华社')] });
    const xml = await documentXml(doc);
    const row = tables(xml)[0]![1]!;
    expect(row[1]).toBe('第一行\n新华社\n第三行\n\n新华社 → <新华社>');
    expect(row[2]).toBe('one\ntwo\n\nfour');
    const target = tableRows(xml, 0)[1]!.split('<w:tc>')[3]!;
    expect(target.match(/<w:r>/g)).toHaveLength(4);
    expect(target.match(/<w:br\/>/g)).toHaveLength(3);
  });

  it('marks terms at their offsets: at either end of the source, forbidden ones apart, overlaps left plain', async () => {
    const source = '一带一路和One Belt, One Road发展中国家';
    const overlap = { ...term(source, '路和One'), source: 'overlap' };
    const doc = oneRow({
      source,
      terms: [
        term(source, '发展中国家'),
        overlap,
        term(source, 'One Belt, One Road', 'forbidden'),
        term(source, '一带一路'),
      ],
    });
    const xml = await documentXml(doc);
    const sourceParagraph = tableRows(xml, 0)[1]!.split('<w:tc>')[2]!.split('</w:p>')[0]!;
    const runs = [...sourceParagraph.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => [
      m[1]!.includes('FFE699') ? 'term' : m[1]!.includes('F8CBAD') ? 'forbidden' : 'plain',
      wordText(m[0]),
    ]);
    expect(runs).toEqual([
      ['term', '一带一路'],
      ['plain', '和'],
      ['forbidden', 'One Belt, One Road'],
      ['term', '发展中国家'],
    ]);
  });

  it('leaves an empty target an empty paragraph, and shades every cell of a speaker’s row', async () => {
    const doc = oneRow({ kind: 'speaker', source: '记者', target: '' });
    const row = tableRows(await documentXml(doc), 0)[1]!;
    const cells = row.split('<w:tc>').slice(1);
    expect(cells).toHaveLength(4);
    expect(
      cells.every((cell) => cell.includes('<w:shd w:fill="F2F2F2" w:color="auto" w:val="clear"/>')),
    ).toBe(true);
    expect(cells[1]).toMatch(/<w:b\/><w:bCs\/>.*记者/);
    expect(cells[2]).toMatch(/<\/w:tcPr><w:p\/><\/w:tc>/);
  });

  it('leaves out the hints and the appendix without the glossary', async () => {
    const xml = await documentXml(shortSample(), { glossary: false });
    expect(tables(xml)).toHaveLength(1);
    expect(tables(xml)[0]![1]![1]).toBe(shortSample().segments[0]!.source);
    expect(xml).not.toContain('Glossary');
    expect(xml).toMatch(/<\/w:tbl><w:sectPr>/);
  });

  it('writes a long document whole, across the chunks it is compressed in, with a cell of megabytes', async () => {
    const doc = shortSample();
    const row = doc.segments[0]!;
    // About 9 MB of XML: several compressed chunks, and one row too big for a chunk of its own.
    const huge = 'x'.repeat(1_500_000);
    doc.segments = Array.from({ length: 3_000 }, (_, i) => ({
      ...row,
      id: `r${i}`,
      target: i === 1_000 ? huge : `t${i}`,
    }));
    const bytes = await writeBilingualDocx(doc);
    const xml = zipPart(bytes, 'word/document.xml');
    expectWellFormed(xml);
    const rows = tables(xml)[0]!.slice(1);
    expect(rows.map((r) => r[0])).toEqual(doc.segments.map((s) => s.id));
    expect(rows.map((r) => r[2])).toEqual(doc.segments.map((s) => s.target));
    expect(zipPart(bytes, 'docProps/core.xml')).toContain('<dc:creator>tandem</dc:creator>');
  });
});

describe('WordprocessingML strings', () => {
  it('escapes all five XML entities', () => {
    expect(escapeXml(`<a href="x">'&amp;'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;amp;&apos;&lt;/a&gt;',
    );
  });

  it('writes run properties in schema order, and nothing for a plain run', () => {
    expect(runProperties({})).toBe('');
    expect(runProperties({ fill: 'FFE699', size: 16, color: '595959', bold: true })).toBe(
      '<w:rPr><w:b/><w:bCs/><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>' +
        '<w:shd w:fill="FFE699" w:color="auto" w:val="clear"/></w:rPr>',
    );
    expect(textRuns('a\nb', '')).toBe(
      '<w:r><w:t xml:space="preserve">a</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">b</w:t></w:r>',
    );
  });
});
