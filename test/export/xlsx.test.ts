import { describe, expect, it } from 'vitest';
import {
  EXCEL_CELL_LIMIT,
  GLOSSARY_COLUMNS,
  SEGMENT_COLUMNS,
  SHEETS,
  WORKBOOK_FORMAT_VERSION,
} from '../../src/export/columns.js';
import { WorkbookCellTooLongError, writeWorkbook, writeWorkbookInPieces } from '../../src/export/xlsx.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import { type AlignedDocument, STATUS_VALUES } from '../../src/model/index.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { openWorkbook, sheetCells, sheetText, zipPart } from '../helpers/xlsx-files.js';

/** The sample with its segments' sources (and targets) replaced, keeping everything else. */
function withSources(sources: readonly string[]): AlignedDocument {
  const doc = sampleDocument();
  const segments = sources.map((source, i) => ({
    ...doc.segments[1]!,
    id: `p1.s${i + 1}`,
    paragraph: 1,
    source,
    target: source,
    notes: [source],
  }));
  return { ...doc, paragraphs: 1, segments, terms: [] };
}

describe('writeWorkbook', () => {
  it('lays out the Segments sheet first, with the contract header and one row per segment in order', async () => {
    const doc = sampleDocument();
    const workbook = openWorkbook(await writeWorkbook(doc));
    expect(workbook.SheetNames).toEqual([
      SHEETS.segments,
      SHEETS.glossary,
      SHEETS.terms,
      SHEETS.termEntries,
      SHEETS.structure,
      SHEETS.meta,
    ]);
    const rows = sheetText(workbook, SHEETS.segments);
    expect(rows[0]!.slice(0, 6)).toEqual(['ID', 'Source', 'Target', 'Status', 'Terms', 'Notes']);
    expect(rows[0]).toEqual(SEGMENT_COLUMNS.map((c) => c.header));
    expect(rows.slice(1).map((row) => row[0])).toEqual(doc.segments.map((s) => s.id));
    expect(rows.slice(1).map((row) => row[1])).toEqual(doc.segments.map((s) => s.source));
    expect(rows.slice(1).map((row) => row[3])).toEqual(doc.segments.map((s) => s.status));
  });

  it('writes every Segments cell as text, never as a formula, whatever the text starts with', async () => {
    const sources = [
      '=SUM(A1:A3)',
      '+86 10 6512 3456',
      '-1',
      '@新华社',
      '=HYPERLINK("http://example.com","x")',
      '0012',
      '1/2',
    ];
    const workbook = openWorkbook(await writeWorkbook(withSources(sources)));
    const cells = sheetCells(workbook, SHEETS.segments).slice(1).flat();
    expect(cells.filter((cell) => cell !== undefined).length).toBeGreaterThan(sources.length * 3);
    for (const cell of cells) {
      if (!cell) continue;
      // Empty cells (an empty Confidence, say) are styled stubs: they hold no value to misread.
      expect(cell.t === 'z' ? cell.v : cell.t).toBe(cell.t === 'z' ? undefined : 's');
      expect(cell.f).toBeUndefined();
    }
    const rows = sheetText(workbook, SHEETS.segments).slice(1);
    expect(rows.map((row) => row[1])).toEqual(sources);
    expect(rows.map((row) => row[2])).toEqual(sources);
  });

  it('keeps the sample’s = source, @ target and - note as text', async () => {
    const workbook = openWorkbook(await writeWorkbook(sampleDocument()));
    const cells = sheetCells(workbook, SHEETS.segments);
    const row = (id: string) => cells.find((r) => r[0]?.v === id)!;
    expect(row('p3.s2')[1]).toMatchObject({ t: 's', v: '=== 全文如下 ===' });
    expect(row('p3.s2')[5]).toMatchObject({ t: 's', v: '- separator line, leave as is' });
    expect(row('p3.s7')[2]).toMatchObject({ t: 's', v: '@新华社: draft pending' });
  });

  it('lists matched terms once each as source → target, and notes one per line', async () => {
    const rows = sheetText(openWorkbook(await writeWorkbook(sampleDocument())), SHEETS.segments);
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    expect(row('p3.s1')[4]!.split('\n')).toEqual([
      '新华社 → Xinhua News Agency',
      '中央广播电视总台 → China Media Group',
      '国务委员 → State Councilor',
      '外交部长 → Foreign Minister',
    ]);
    expect(row('p3.s8')[4]).toContain('One Belt, One Road → the Belt and Road Initiative [forbidden]');
    expect(row('p3.s1')[5]!.split('\n')).toEqual([
      'Numeral seems to be missing before 年.',
      'Date seems to be missing: 年月日.',
    ]);
    expect(row('p3.s6')[6]).toBe('0.87');
    expect(row('p3.s3')![8]).toBe('speaker');
  });

  it('writes each Terms line as given, keeps white space at a cell’s ends, and shows a line two entries share once', async () => {
    const doc = sampleDocument();
    const base = doc.segments.flatMap((s) => s.terms)[0]!;
    const terms = [
      { ...base, source: ' 中方', target: 'the Chinese side ', targets: ['the Chinese side '] },
      { ...base, source: 'A&B <x>', target: '_x0041_', targets: ['_x0041_'] },
      { ...base, source: 'A&B <x>', target: '_x0041_', targets: ['_x0041_', 'other'] },
      { ...base, source: '外交部', target: '', targets: [''], status: 'forbidden' as const },
    ];
    const segments = [
      { ...doc.segments[1]!, id: 'p1.s1', terms },
      { ...doc.segments[1]!, id: 'p1.s2', terms: terms.slice(1, 3) },
    ];
    const rows = sheetText(
      openWorkbook(await writeWorkbook({ ...doc, paragraphs: 1, segments, terms: [] })),
      SHEETS.segments,
    );
    expect(rows[1]![4]).toBe(' 中方 → the Chinese side \nA&B <x> → _x0041_\n外交部 → — [forbidden]');
    expect(rows[2]![4]).toBe('A&B <x> → _x0041_');
  });

  it('refuses a Terms cell longer than a cell holds, naming it', async () => {
    const doc = sampleDocument();
    const base = doc.segments.flatMap((s) => s.terms)[0]!;
    const terms = Array.from({ length: 3_000 }, (_, i) => ({
      ...base,
      source: `术语${i}`,
      target: `term ${i}`,
      targets: [`term ${i}`],
    }));
    const segment = { ...doc.segments[1]!, id: 'p1.s1', terms };
    const writing = writeWorkbook({ ...doc, paragraphs: 1, segments: [segment], terms: [] });
    await expect(writing).rejects.toThrow(WorkbookCellTooLongError);
    await expect(writing).rejects.toThrow(/Segments!E2 \(p1\.s1\)/);
  });

  it('freezes the header, marks the Target column and hides the helper columns', async () => {
    const bytes = await writeWorkbook(sampleDocument());
    const workbook = openWorkbook(bytes);
    const sheet = workbook.Sheets[SHEETS.segments]!;
    const header = sheetCells(workbook, SHEETS.segments)[0]!;
    const target = SEGMENT_COLUMNS.findIndex((c) => c.key === 'target');
    expect(header[target]?.s).toMatchObject({ fgColor: { rgb: 'FFD966' } });
    expect(header[0]?.s).toMatchObject({ fgColor: { rgb: 'D9D9D9' } });
    expect(sheetCells(workbook, SHEETS.segments)[1]![target]?.s).toMatchObject({
      fgColor: { rgb: 'FFF8DC' },
    });
    const hidden = (sheet['!cols'] ?? []).map((col) => Boolean(col?.hidden));
    expect(hidden).toEqual(SEGMENT_COLUMNS.map((c) => Boolean(c.hidden)));
    const xml = zipPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(zipPart(bytes, 'xl/styles.xml')).toMatch(
      /<alignment [^>]*vertical="top"[^>]*wrapText="1"|<alignment [^>]*wrapText="1"[^>]*vertical="top"/,
    );
  });

  it('offers the statuses as a dropdown, at the schema’s place in the sheet', async () => {
    const doc = sampleDocument();
    const xml = zipPart(await writeWorkbook(doc), 'xl/worksheets/sheet1.xml');
    const validation = xml.match(/<dataValidation [^>]*>.*?<\/dataValidation>/)?.[0];
    expect(validation).toContain('type="list"');
    expect(validation).toContain('sqref="D2:D1048576"');
    expect(validation).toContain(`<formula1>"${STATUS_VALUES.join(',')}"</formula1>`);
    const order = [
      'sheetPr',
      'sheetViews',
      'cols',
      'sheetData',
      'autoFilter',
      'dataValidations',
      'pageMargins',
      'pageSetup',
    ];
    const positions = order.map((tag) => xml.indexOf(`<${tag}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('hides the machine sheets and keeps the Segments sheet visible', async () => {
    const workbook = openWorkbook(await writeWorkbook(sampleDocument()));
    const hidden = Object.fromEntries((workbook.Workbook?.Sheets ?? []).map((s) => [s.name, s.Hidden]));
    expect(hidden).toEqual({
      Segments: 0,
      Glossary: 0,
      TermMatches: 1,
      TermEntries: 1,
      Structure: 1,
      Meta: 1,
    });
  });

  it('lists the matched entries with counts on the Glossary sheet', async () => {
    const doc = sampleDocument();
    const workbook = openWorkbook(await writeWorkbook(doc));
    const rows = sheetText(workbook, SHEETS.glossary);
    expect(rows[0]).toEqual(GLOSSARY_COLUMNS.map((c) => c.header));
    expect(rows.slice(1).map((r) => r[0])).toEqual(doc.terms.map((t) => t.source));
    expect(rows[1]).toEqual(['新华社', 'Xinhua News Agency', 'Xinhua', '', 'preferred', '3']);
    const community = rows.find((r) => r[0] === '人类命运共同体')!;
    expect(community[2]).toBe('a community with a shared future for humanity');
    expect(community[3]).toContain('Official rendering');
    expect(sheetCells(workbook, SHEETS.glossary)[1]![5]).toMatchObject({ t: 'n', v: 3 });
  });

  it('stores every term match, the document order and the document’s properties in the hidden sheets', async () => {
    const doc = sampleDocument();
    const workbook = openWorkbook(await writeWorkbook(doc));
    const matches = sheetText(workbook, SHEETS.terms);
    expect(matches[0]).toEqual(['ID', 'Matches']);
    const entries = sheetText(workbook, SHEETS.termEntries);
    expect(entries[0]).toEqual(['Source', 'Target', 'Targets', 'Note', 'Status']);
    // One row per segment with matches, each match as [start, end, entry row under the header].
    expect(matches.slice(1).map((r) => r[0])).toEqual(
      doc.segments.filter((s) => s.terms.length).map((s) => s.id),
    );
    const stored = matches.slice(1).flatMap(([id, list]) =>
      (JSON.parse(list!) as number[][]).map(([start, end, n]) => {
        const [source, target, targets, note, status] = entries[n! + 1]!;
        return { id, start, end, source, target, targets: JSON.parse(targets!), note, status };
      }),
    );
    expect(stored).toEqual(
      doc.segments.flatMap((s) =>
        s.terms.map((t) => ({
          id: s.id,
          start: t.start,
          end: t.end,
          source: t.source,
          target: t.target,
          targets: t.targets,
          note: t.note ?? '',
          status: t.status,
        })),
      ),
    );
    expect(stored.filter((m) => m.id === 'p3.s9')[1]!.start).toBeGreaterThan(29_000);
    // Each matched entry once.
    expect(new Set(entries.map((r) => r.join('\t'))).size).toBe(entries.length);
    expect(
      sheetText(workbook, SHEETS.structure)
        .slice(1)
        .map((r) => r.slice(0, 3)),
    ).toEqual(doc.segments.map((s) => [s.id, String(s.paragraph), s.kind]));
    expect(Object.fromEntries(sheetText(workbook, SHEETS.meta).slice(1))).toEqual({
      formatVersion: String(WORKBOOK_FORMAT_VERSION),
      tool: 'tandem',
      name: 'interview',
      sourceFile: 'input/interview.txt',
      sourceLanguage: 'zh',
      targetLanguage: 'en',
      created: '2021-01-02T10:19:00.000Z',
      paragraphs: '3',
    });
  });

  it('spreads a segment’s matches over several TermMatches rows when one cell cannot hold them, and reads them back', async () => {
    const doc = sampleDocument();
    const source = '中国'.repeat(4_000);
    const term = doc.segments.flatMap((s) => s.terms)[0]!;
    // 4,000 matches of two entries: about 60,000 characters of offsets, more than one cell holds.
    const terms = Array.from({ length: 4_000 }, (_, i) => ({
      ...term,
      start: 2 * i,
      end: 2 * i + 2,
      ...(i % 2 ? { note: 'odd' } : {}),
    }));
    const segment = { ...doc.segments[1]!, id: 'p1.s1', paragraph: 1, source, target: '', terms };
    const big = { ...doc, paragraphs: 1, segments: [segment], terms: [] };
    const bytes = await writeWorkbook(big);
    const rows = sheetText(openWorkbook(bytes), SHEETS.terms).slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every(([id]) => id === 'p1.s1')).toBe(true);
    expect(rows.every(([, list]) => list!.length <= EXCEL_CELL_LIMIT)).toBe(true);
    const offsets = rows.flatMap(([, list]) => JSON.parse(list!) as number[][]);
    expect(offsets).toEqual(terms.map((t, i) => [t.start, t.end, i % 2]));
    const read = readWorkbook(bytes, 'big.xlsx');
    expect(read.document?.segments[0]?.terms).toEqual(terms);
  });

  it('writes a cell of exactly the limit, and refuses one character more instead of truncating', async () => {
    const fits = 'あ'.repeat(EXCEL_CELL_LIMIT);
    const { document } = readWorkbook(await writeWorkbook(withSources([fits])), 'fits.xlsx');
    expect(document?.segments[0]?.source).toBe(fits);

    const doc = withSources(['短', 'x'.repeat(EXCEL_CELL_LIMIT + 1)]);
    const error = await writeWorkbook(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookCellTooLongError);
    expect((error as WorkbookCellTooLongError).cell).toBe('Segments!B3');
    expect((error as Error).message).toBe(
      "Expected every workbook cell to hold at most 32,767 characters (Excel's limit), got 32,768 in Segments!B3 " +
        '(p1.s2). Split the segment into shorter ones before exporting it.',
    );
  });

  it('refuses a cell that is too long after the writer has paused, naming it, and reports its progress', async () => {
    // Past the first pause (every 4,096 rows): the error comes out of the writer's later turns all the same.
    const sources = Array.from({ length: 5000 }, (_, i) => `第${i}句。`);
    sources[4500] = 'x'.repeat(EXCEL_CELL_LIMIT + 1);
    const shares: number[] = [];
    const error = await writeWorkbook(withSources(sources), (share) => shares.push(share)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookCellTooLongError);
    expect((error as WorkbookCellTooLongError).cell).toBe('Segments!B4502');
    expect((error as WorkbookCellTooLongError).id).toBe('p1.s4501');
    expect(shares).toEqual([4096 / 15000]);
  });

  it('reports its progress in shares of the rows it writes, rising below 1', async () => {
    const sources = Array.from({ length: 5000 }, (_, i) => `第${i}句。`);
    const shares: number[] = [];
    const bytes = await writeWorkbook(withSources(sources), (share) => shares.push(share));
    expect(shares).toEqual([4096, 8192, 12288].map((rows) => rows / 15000));
    expect(readWorkbook(bytes, 'long.xlsx').document?.segments.map((s) => s.source)).toEqual(sources);
  });

  it('keeps characters XML cannot hold and text that looks like an escape, exactly', async () => {
    const awkward = [
      'bell\u0007 and form feed\u000C',
      'replacement \uFFFD char',
      'literal _x0041_ and _x005F_',
      'old mac\rline',
      'tab\there',
      'lone \uD800 surrogate',
      'non-character \uFFFE and \u{1FFFE}',
      'emoji 🀄 and 𠀀',
    ];
    const { document, findings } = readWorkbook(await writeWorkbook(withSources(awkward)), 'awkward.xlsx');
    expect(findings).toEqual([]);
    expect(document?.segments.map((s) => s.source)).toEqual(awkward);
    expect(document?.segments.map((s) => s.target)).toEqual(awkward);
  });

  it('reads a Windows line break inside a cell back as a plain one (SheetJS folds CRLF, as Excel users expect)', async () => {
    const { document } = readWorkbook(
      await writeWorkbook(withSources(['line one\r\nline two'])),
      'crlf.xlsx',
    );
    expect(document?.segments[0]?.target).toBe('line one\nline two');
  });

  it('gives rows room for their wrapped text, up to Excel’s maximum row height', async () => {
    const workbook = openWorkbook(await writeWorkbook(sampleDocument()));
    const heights = (workbook.Sheets[SHEETS.segments]!['!rows'] ?? []).map((row) => row?.hpt ?? 0);
    const short = sampleDocument().segments.findIndex((s) => s.id === 'p2.s1') + 1;
    const long = sampleDocument().segments.findIndex((s) => s.id === 'p3.s9') + 1;
    expect(heights[short]).toBeLessThan(30);
    expect(heights[long]).toBe(409);
  });

  it('gives the same bytes in pieces, for a file to be written from, as in one buffer', async () => {
    const doc = sampleDocument();
    const pieces = await writeWorkbookInPieces(doc);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(await writeWorkbook(doc)));
  });

  it('writes an empty document as a header-only workbook that reads back', async () => {
    const doc = { ...sampleDocument(), segments: [], terms: [] };
    const { document, findings } = readWorkbook(await writeWorkbook(doc), 'empty.xlsx');
    expect(findings).toEqual([]);
    expect(document?.segments).toEqual([]);
  });
});
