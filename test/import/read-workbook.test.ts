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
    const { document, findings } = await edited((_, rows) => {
      rows.splice(rowOf(doc, 'p3.s5'), 1);
    });
    expect(findings.map((f) => [f.code, f.id])).toEqual([['workbook-missing-row', 'p3.s5']]);
    expect(document?.segments.map((s) => s.id)).toEqual(doc.segments.map((s) => s.id));
    expect(document?.segments.find((s) => s.id === 'p3.s5')).toMatchObject({
      source: '王毅',
      kind: 'speaker',
    });
  });

  it('reports duplicate IDs and rows without one, each with its cell', async () => {
    const doc = sampleDocument();
    const { findings } = await edited((_, rows) => {
      rows.push([text('p3.s4'), text('copy'), text('copy')]);
      rows.push([undefined, undefined, text('a translation with nowhere to go')]);
    });
    const last = doc.segments.length + 2;
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['workbook-duplicate-id', 'error', `Segments!A${last}`],
      ['workbook-missing-id', 'error', `Segments!A${last + 1}`],
    ]);
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

  it('reads what a formula cell shows, never its formula', async () => {
    const doc = sampleDocument();
    const { document } = await edited((_, rows) => {
      rows[rowOf(doc, 'p1.s1')]![2] = { t: 'n', v: 2, f: '1+1' };
    });
    expect(document?.segments[0]?.target).toBe('2');
  });

  it('skips term matches that fall outside their segment', async () => {
    const { document, findings } = await edited((workbook) => {
      const rows = workbook.Sheets[SHEETS.terms]!['!data'] as CellObject[][];
      rows[1]![2] = text('999');
    });
    expect(findings.map((f) => [f.code, f.cell, f.id])).toEqual([
      ['workbook-bad-term-match', 'TermMatches!A2', 'p1.s1'],
    ]);
    expect(document?.segments[0]?.terms).toHaveLength(1);
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

  it('refuses a sheet longer than the row cap instead of reading part of it', async () => {
    const result = readWorkbook(await writeWorkbook(sampleDocument()), 'long.xlsx', { maxRows: 10 });
    expect(result.document).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['workbook-too-many-rows', 'error']]);
    expect(result.findings[0]!.message).toContain(
      'Sheets Segments, Glossary, TermMatches, Structure have more than 10 rows',
    );
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
