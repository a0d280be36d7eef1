import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildBilingualDocx, writeBilingualDocx } from '../../src/export/docx.js';
import type { AlignedDocument } from '../../src/model/index.js';
import { paragraphs, tableRows, tables, wordText } from '../helpers/docx-text.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { zipPart } from '../helpers/xlsx-files.js';

/** The XML of a built docx model's main part: what Word reads. */
async function modelXml(model: ReturnType<typeof buildBilingualDocx>): Promise<string> {
  return zipPart(new Uint8Array(await Packer.toBuffer(model)), 'word/document.xml');
}

async function documentXml(doc: AlignedDocument, options?: Parameters<typeof writeBilingualDocx>[1]) {
  return zipPart(await writeBilingualDocx(doc, options), 'word/document.xml');
}

/** The sample without its 30,000-character segment, for tests about ordinary rows. */
function shortSample(): AlignedDocument {
  const doc = sampleDocument();
  return { ...doc, segments: doc.segments.filter((s) => s.id !== 'p3.s9') };
}

describe('buildBilingualDocx', () => {
  it('opens with a header block: file, languages, date and counts', async () => {
    const xml = await modelXml(buildBilingualDocx(sampleDocument()));
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
    const xml = await modelXml(buildBilingualDocx(sampleDocument(), { date: '2024-05-01' }));
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
});
