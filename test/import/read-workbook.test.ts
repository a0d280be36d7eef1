import { describe, expect, it } from 'vitest';
import type { CellObject, WorkBook } from 'xlsx';
import { SHEETS } from '../../src/export/columns.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import type { AlignedDocument } from '../../src/model/index.js';
import { expectRoundTrip, type RoundTripFormat } from '../helpers/round-trip.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { openWorkbook, saveWorkbook } from '../helpers/xlsx-files.js';

const xlsx: RoundTripFormat<Uint8Array> = {
  name: 'xlsx',
  write: writeWorkbook,
  read: (bytes) => readWorkbook(bytes, 'interview.xlsx'),
  // Problems found while making a document are reported then, not carried in the translator's workbook.
  drops: ['findings'],
};

/** Writes the sample, lets `edit` change the workbook as a spreadsheet user would, saves and reads it back. */
async function edited(
  edit: (workbook: WorkBook, rows: (CellObject | undefined)[][]) => void,
  doc = sampleDocument(),
) {
  const workbook = openWorkbook(await writeWorkbook(doc));
  const rows = workbook.Sheets[SHEETS.segments]!['!data'] as (CellObject | undefined)[][];
  edit(workbook, rows);
  return readWorkbook(saveWorkbook(workbook), 'interview.xlsx');
}

/** The 0-based index in `!data` of a segment's row (header is 0). */
function rowOf(doc: AlignedDocument, id: string): number {
  return doc.segments.findIndex((s) => s.id === id) + 1;
}

const text = (v: string): CellObject => ({ t: 's', v });

describe('readWorkbook', () => {
  it('rebuilds the sample document from the workbook alone', async () => {
    const { document } = await expectRoundTrip(xlsx, sampleDocument());
    expect(document.segments.find((s) => s.id === 'p3.s9')!.terms[1]!.start).toBeGreaterThan(29_000);
  });

  it('round-trips a document without terms, confidences or targets', async () => {
    const doc = sampleDocument();
    await expectRoundTrip(xlsx, {
      ...doc,
      segments: doc.segments.map(({ confidence: _c, ...s }) => ({
        ...s,
        terms: [],
        target: '',
        status: 'new',
      })),
      terms: [],
    });
  });

  it('keeps document order when the rows were sorted', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      const body = rows.splice(1).reverse();
      rows.push(...body);
    });
    expect(findings).toEqual([]);
    expect(document?.segments.map((s) => s.id)).toEqual(doc.segments.map((s) => s.id));
    expect(document?.segments.find((s) => s.id === 'p3.s4')?.target).toBe(doc.segments[5]!.target);
  });

  it('reads statuses whatever their case, and reports an unknown one with its cell', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      rows[rowOf(doc, 'p3.s4')]![3] = text(' Translated ');
      rows[rowOf(doc, 'p3.s6')]![3] = text('done');
    });
    expect(document?.segments.find((s) => s.id === 'p3.s4')?.status).toBe('translated');
    expect(document?.segments.find((s) => s.id === 'p3.s6')?.status).toBe('draft');
    expect(findings).toEqual([
      {
        code: 'workbook-unknown-status',
        severity: 'warning',
        message:
          'Expected a status of new, draft, translated, reviewed, approved, needs review, got `done`; read as `draft`.',
        file: 'interview.xlsx',
        cell: `Segments!D${rowOf(doc, 'p3.s6') + 1}`,
        id: 'p3.s6',
      },
    ]);
  });

  it('reports a deleted row and rebuilds its segment from the hidden structure', async () => {
    const doc = sampleDocument();
    const { document, findings, layout } = await edited((_, rows) => {
      rows.splice(rowOf(doc, 'p3.s5'), 1);
    });
    expect(findings.map((f) => [f.code, f.severity, f.id])).toEqual([
      ['workbook-missing-row', 'error', 'p3.s5'],
    ]);
    expect(layout?.missingIds).toEqual(['p3.s5']);
    expect(layout?.expectedIds).toEqual(doc.segments.map((s) => s.id));
    expect(document?.segments.map((s) => s.id)).toEqual(doc.segments.map((s) => s.id));
    expect(document?.segments.find((s) => s.id === 'p3.s5')).toMatchObject({
      source: '王毅',
      kind: 'speaker',
    });
  });

  it('reports rows without ID and duplicate IDs with their cells, and keeps their text as unplaced', async () => {
    const doc = sampleDocument();
    const { document, findings, layout } = await edited((_, rows) => {
      rows.push([text('p3.s4'), text('copy'), text('A second translation')]);
      rows.push([undefined, undefined, text('a translation with nowhere to go')]);
      rows.push([text('p3.s6'), text('copy'), text('')]);
    });
    const last = doc.segments.length + 2;
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['workbook-missing-id', 'error', `Segments!A${last + 1}`],
      ['workbook-duplicate-id', 'error', `Segments!A${last}`],
      ['workbook-duplicate-id', 'warning', `Segments!A${last + 2}`],
    ]);
    expect(findings[1]!.message).toContain(
      `ID p3.s4 is on rows ${rowOf(doc, 'p3.s4') + 1} (Segments!A${rowOf(doc, 'p3.s4') + 1}) and ${last}`,
    );
    expect(findings[1]!.message).toContain('“A second translation”, is not');
    // The first row with a target wins, wherever it is.
    expect(document?.segments.find((s) => s.id === 'p3.s4')?.target).toBe(doc.segments[5]!.target);
    expect(layout?.unplaced.map((u) => [u.id, u.target])).toEqual([
      ['', 'a translation with nowhere to go'],
      ['p3.s4', 'A second translation'],
    ]);
  });

  it('takes the row with a target when the first row of a duplicated ID is empty', async () => {
    const { document, findings } = await edited((_, rows) => {
      rows.push([text('p3.s5'), text('王毅'), text('Wang Yi')]);
    });
    expect(document?.segments.find((s) => s.id === 'p3.s5')?.target).toBe('Wang Yi');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['workbook-duplicate-id', 'warning']]);
  });

  it('keeps the original source when a Source cell was edited, and says so', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      rows[rowOf(doc, 'p3.s6')]![1] = text('改过的原文');
    });
    expect(findings.map((f) => [f.code, f.cell, f.id])).toEqual([
      ['workbook-source-edited', `Segments!B${rowOf(doc, 'p3.s6') + 1}`, 'p3.s6'],
    ]);
    expect(document?.segments.find((s) => s.id === 'p3.s6')?.source).toBe(doc.segments[7]!.source);
  });

  it('reads a formula by its result when it has one, else as the text typed, and says so', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      rows[rowOf(doc, 'p1.s1')]![2] = { t: 'n', v: 2, f: '1+1' };
      // `=== 全文如下 ===` typed into a cell that is not Text: Excel makes a formula of it and shows an error.
      rows[rowOf(doc, 'p3.s2')]![2] = { t: 'e', v: 0x1d, f: '== Full text ===' };
      rows[rowOf(doc, 'p3.s3')]![2] = { t: 'e', v: 0x1d, f: '+86 10 6596 1114' };
    });
    const target = (id: string) => document?.segments.find((s) => s.id === id)?.target;
    expect(target('p1.s1')).toBe('2');
    expect(target('p3.s2')).toBe('=== Full text ===');
    expect(target('p3.s3')).toBe('+86 10 6596 1114');
    expect(findings.map((f) => [f.code, f.cell, f.id])).toEqual([
      ['workbook-formula-cell', 'Segments!C2', 'p1.s1'],
      ['workbook-formula-cell', `Segments!C${rowOf(doc, 'p3.s2') + 1}`, 'p3.s2'],
      ['workbook-formula-cell', `Segments!C${rowOf(doc, 'p3.s3') + 1}`, 'p3.s3'],
    ]);
    expect(findings[1]!.message).toContain('tandem reads the text as typed, “=== Full text ===”');
  });

  it('reads dates and numbers a spreadsheet made of typed text as they show, and says so', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      // `1/2` typed in Excel: 2 January of the current year, shown as 2-Jan.
      rows[rowOf(doc, 'p2.s1')]![2] = { t: 'n', v: 45293, z: 'd-mmm', w: '2-Jan' };
      rows[rowOf(doc, 'p3.s2')]![2] = { t: 'n', v: 2020, w: '2020' };
    });
    expect(document?.segments.find((s) => s.id === 'p2.s1')?.target).toBe('2-Jan');
    expect(document?.segments.find((s) => s.id === 'p3.s2')?.target).toBe('2020');
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['workbook-date-cell', 'warning', 'Segments!C3'],
      ['workbook-number-cell', 'info', `Segments!C${rowOf(doc, 'p3.s2') + 1}`],
    ]);
    expect(findings[0]!.message).toContain("type it again as text, starting with an apostrophe ('1/2)");
  });

  it('keeps line breaks and a leading = typed as text, removes _x000D_ artefacts and blanks', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      rows[rowOf(doc, 'p1.s1')]![2] = text('Wang Yi on the year\nan interview');
      rows[rowOf(doc, 'p3.s2')]![2] = text('=== The full text ===');
      rows[rowOf(doc, 'p3.s5')]![2] = text('  \n ');
    });
    const target = (id: string) => document?.segments.find((s) => s.id === id)?.target;
    expect(target('p1.s1')).toBe('Wang Yi on the year\nan interview');
    expect(target('p3.s2')).toBe('=== The full text ===');
    expect(target('p3.s5')).toBe('');
    expect(findings.map((f) => [f.code, f.severity, f.id])).toEqual([
      ['workbook-blank-target', 'info', 'p3.s5'],
    ]);

    // A converter that escaped twice leaves `_x000D_` as text in a cell (`_x005F_x000D_` in the XML, as we write it).
    doc.segments.find((s) => s.id === 'p3.s3')!.target = 'Reporter_x000D_\nQ';
    const artefact = readWorkbook(await writeWorkbook(doc), 'interview.xlsx');
    expect(artefact.document?.segments.find((s) => s.id === 'p3.s3')?.target).toBe('Reporter\nQ');
    expect(artefact.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['workbook-cr-artefact', 'info', `Segments!C${rowOf(doc, 'p3.s3') + 1}`],
    ]);
  });

  it('places rows inserted with an unknown ID nowhere, and keeps their text', async () => {
    const { document, findings, layout } = await edited((_, rows) => {
      rows.splice(3, 0, [text('p9.s1'), text('新的一句。'), text('A new sentence.')]);
    });
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['workbook-unknown-id', 'error', 'Segments!A4'],
    ]);
    expect(document?.segments.map((s) => s.id)).toEqual(sampleDocument().segments.map((s) => s.id));
    expect(layout?.unplaced).toMatchObject([{ id: 'p9.s1', target: 'A new sentence.', cell: 'Segments!A4' }]);
  });

  it('reads a workbook whose hidden helper columns were dropped, and finds columns wherever they are', async () => {
    const doc = sampleDocument();
    const { document, findings, layout } = await edited((_, rows) => {
      for (const row of rows) {
        row.splice(6);
        // The translator moved Target to the front.
        row.unshift(row.splice(2, 1)[0]);
      }
    });
    expect(findings).toEqual([]);
    expect(document?.segments.map((s) => [s.id, s.kind, s.target])).toEqual(
      doc.segments.map((s) => [s.id, s.kind, s.target]),
    );
    expect(layout?.columns).toMatchObject({ target: 0, id: 1, source: 2 });
    expect(layout?.rows.get('p3.s4')).toBe(rowOf(doc, 'p3.s4') + 1);
  });

  it('skips term matches that fall outside their segment', async () => {
    const { document, findings } = await edited((workbook) => {
      const rows = workbook.Sheets[SHEETS.terms]!['!data'] as CellObject[][];
      const matches = JSON.parse(String(rows[1]![1]!.v)) as number[][];
      matches[0]![1] = 999;
      rows[1]![1] = text(JSON.stringify(matches));
    });
    expect(findings.map((f) => [f.code, f.cell, f.id])).toEqual([
      ['workbook-bad-term-match', 'TermMatches!B2', 'p1.s1'],
    ]);
    expect(document?.segments[0]?.terms).toHaveLength(1);
  });

  it('reads only the translator’s work when asked, leaving the term sheets unread', async () => {
    const doc: AlignedDocument = {
      ...sampleDocument(),
      orphans: [{ id: 'p9.s9', source: '旧', target: 'old', status: 'draft', notes: [], reason: 'gone' }],
    };
    const bytes = await writeWorkbook(doc);
    const { document, findings } = readWorkbook(bytes, 'interview.xlsx', { workOnly: true });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(document?.segments.map(({ terms: _terms, ...rest }) => rest)).toEqual(
      doc.segments.map(({ terms: _terms, ...rest }) => rest),
    );
    expect(document?.segments.every((s) => s.terms.length === 0)).toBe(true);
    expect(document?.terms).toEqual([]);
    expect(document?.orphans).toEqual(doc.orphans);
    expect(document?.targetLanguage).toBe(doc.targetLanguage);
  });

  it('keeps Meta keys such as __proto__ away from object prototypes', async () => {
    const { document } = await edited((workbook) => {
      const rows = workbook.Sheets[SHEETS.meta]!['!data'] as CellObject[][];
      rows.unshift([text('Key'), text('Value')]);
      rows.push([text('__proto__'), text('{"polluted":true}')], [text('constructor'), text('x')]);
    });
    expect(document?.name).toBe('interview');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads back a book-length workbook of 150,000 segments, as many rows as tandem writes', async () => {
    const segments = Array.from({ length: 150_000 }, (_, i) => ({
      id: `p${i + 1}.s1`,
      paragraph: i + 1,
      kind: 'text' as const,
      source: `第${i + 1}句。`,
      target: i % 1000 === 0 ? `Sentence ${i + 1}.` : '',
      status: i % 1000 === 0 ? ('translated' as const) : ('new' as const),
      notes: [],
      terms: [],
    }));
    const doc: AlignedDocument = { ...sampleDocument(), paragraphs: segments.length, segments, terms: [] };
    const result = readWorkbook(await writeWorkbook(doc), 'book.xlsx');
    expect(result.findings).toEqual([]);
    expect(result.document?.segments.length).toBe(150_000);
    expect(result.document?.segments.at(-1)).toMatchObject({ id: 'p150000.s1', source: '第150000句。' });
    expect(result.document?.segments[149_000]).toMatchObject({
      target: 'Sentence 149001.',
      status: 'translated',
    });
  }, 60_000);

  it.each([
    [
      'ID,Source,Target\nintro,编者按。,Editor’s note.\np1.s1,记者年。,\n',
      '1 row (interview!A2) has an ID',
      'where it belongs; it is',
    ],
    [
      'ID,Source,Target\nintro,编者按。,\np1.s1,记者年。,\nend,完。,\n',
      '2 rows (interview!A2, …) have an ID',
      'where they belong; each is',
    ],
  ])('says which rows of a CSV have no place in the document, one or several: %#', (csv, start, end) => {
    const { findings } = readWorkbook(new TextEncoder().encode(csv), 'interview.csv');
    const message = findings.find((f) => f.code === 'workbook-no-paragraph')?.message;
    expect(message).toContain(start);
    expect(message).toContain(end);
  });

  it('refuses a sheet longer than the row cap instead of reading part of it', async () => {
    const result = readWorkbook(await writeWorkbook(sampleDocument()), 'long.xlsx', { maxRows: 10 });
    expect(result.document).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['workbook-too-many-rows', 'error']]);
    expect(result.findings[0]!.message).toContain(
      'Sheets Segments, Glossary, TermEntries, Structure have more than 10 rows',
    );
  });

  it('writes an Orphans sheet when there are orphans, and reads it back', async () => {
    const doc: AlignedDocument = {
      ...sampleDocument(),
      orphans: [
        {
          id: 'p3.s23',
          source: '沧海横流，方显英雄本色。',
          target: 'It is in the face of raging torrents that heroes show their mettle.',
          status: 'reviewed',
          notes: ['Classical quotation'],
          reason: 'Source no longer in the document (re-aligned 2024-05-01)',
        },
        {
          id: '',
          source: '',
          target: '=a row without ID',
          status: 'draft',
          notes: [],
          reason: 'Row 230 had no ID',
        },
      ],
    };
    const bytes = await writeWorkbook(doc);
    expect(openWorkbook(bytes).SheetNames).toEqual([
      'Segments',
      'Glossary',
      'Orphans',
      'TermMatches',
      'TermEntries',
      'Structure',
      'Meta',
    ]);
    const { document, findings } = readWorkbook(bytes, 'interview.xlsx');
    expect(findings).toEqual([]);
    expect(document?.orphans).toEqual(doc.orphans);
    expect(openWorkbook(await writeWorkbook(sampleDocument())).SheetNames).not.toContain('Orphans');
  });

  it('gives an error finding, not an exception, for a file that is not a workbook', () => {
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const result = readWorkbook(zipLike, 'broken.xlsx');
    expect(result.document).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: 'error', file: 'broken.xlsx' });
  });

  it('says which sheet or column is missing', async () => {
    const noSheet = await edited((workbook) => {
      workbook.SheetNames[0] = 'Sheet1';
      workbook.Sheets.Sheet1 = workbook.Sheets[SHEETS.segments]!;
    });
    expect(noSheet.document).toBeUndefined();
    expect(noSheet.findings).toEqual([
      expect.objectContaining({ code: 'workbook-no-segments-sheet', severity: 'error' }),
    ]);
    expect(noSheet.findings[0]!.message).toContain('has no Segments sheet (it has Sheet1, Glossary');

    const noTarget = await edited((_, rows) => {
      rows[0]![2] = text('Übersetzung?');
    });
    expect(noTarget.document).toBeUndefined();
    expect(noTarget.findings[0]).toMatchObject({ code: 'workbook-missing-column', severity: 'error' });
    expect(noTarget.findings[0]!.message).toContain('has no Target column');
  });

  it('accepts alternative headers such as Translation for Target', async () => {
    const doc = sampleDocument();
    const { document, findings } = await edited((_, rows) => {
      rows[0]![2] = text('Translation');
      rows[0]![0] = text('segment id');
    });
    expect(findings).toEqual([]);
    expect(document?.segments.map((s) => s.target)).toEqual(doc.segments.map((s) => s.target));
  });
});
