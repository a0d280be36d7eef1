import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SHEETS } from '../../src/export/columns.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import type { AlignedDocument, TermMatch } from '../../src/model/index.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { openWorkbook, saveWorkbook, sheetText } from '../helpers/xlsx-files.js';

/** The sample's matches, without their offsets: what a term entry row holds. */
function termsOf(doc: AlignedDocument): TermMatch[][] {
  return doc.segments.map((s) => s.terms);
}

describe('the hidden term sheets', () => {
  it('reads a format 1 workbook, with one TermMatches row per match and no TermEntries sheet', async () => {
    const doc = sampleDocument();
    const workbook = openWorkbook(await writeWorkbook(doc));
    const legacy = [
      ['ID', 'Start', 'End', 'Source', 'Target', 'Targets', 'Note', 'Status'],
      ...doc.segments.flatMap((s) =>
        s.terms.map((t) => [
          s.id,
          String(t.start),
          String(t.end),
          t.source,
          t.target,
          JSON.stringify(t.targets),
          t.note ?? '',
          t.status,
        ]),
      ),
    ];
    workbook.Sheets[SHEETS.terms] = XLSX.utils.aoa_to_sheet(legacy, { dense: true });
    workbook.SheetNames = workbook.SheetNames.filter((name) => name !== SHEETS.termEntries);
    delete workbook.Sheets[SHEETS.termEntries];
    const meta = workbook.Sheets[SHEETS.meta]!['!data']!;
    meta[1]![1] = { t: 's', v: '1' };
    const { document, findings } = readWorkbook(saveWorkbook(workbook), 'old.xlsx');
    expect(findings).toEqual([]);
    expect(termsOf(document!)).toEqual(termsOf(doc));
  });

  it('continues a list of matches too long for one cell on the next rows, and reads them all back', async () => {
    const doc = sampleDocument();
    const source = '中'.repeat(30_000);
    const term = doc.segments.flatMap((s) => s.terms)[0]!;
    const terms = Array.from({ length: 3_000 }, (_, i) => ({ ...term, start: i * 10, end: i * 10 + 1 }));
    const long: AlignedDocument = {
      ...doc,
      paragraphs: 1,
      segments: [{ ...doc.segments[1]!, id: 'p1.s1', paragraph: 1, source, terms }],
    };
    const bytes = await writeWorkbook(long);
    const rows = sheetText(openWorkbook(bytes), SHEETS.terms).slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every(([id, list]) => id === 'p1.s1' && list!.length <= 32_767)).toBe(true);
    const { document } = readWorkbook(bytes, 'long.xlsx');
    expect(document?.segments[0]?.terms).toEqual(terms);
  });

  it('skips, with a warning naming the cell, a match whose entry is missing and a list that is not one', async () => {
    const doc = sampleDocument();
    const workbook = openWorkbook(await writeWorkbook(doc));
    const rows = workbook.Sheets[SHEETS.terms]!['!data']!;
    const first = JSON.parse(String(rows[1]![1]!.v)) as number[][];
    first[0]![2] = 9_999;
    rows[1]![1] = { t: 's', v: JSON.stringify(first) };
    rows[2]![1] = { t: 's', v: 'Xinhua, 3 times' };
    const { document, findings } = readWorkbook(saveWorkbook(workbook), 'edited.xlsx');
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ['workbook-bad-term-match', 'TermMatches!B2'],
      ['workbook-bad-term-match', 'TermMatches!B3'],
    ]);
    expect(findings[0]!.message).toContain('refers to entry 9999, which TermEntries does not have');
    const withTerms = doc.segments.filter((s) => s.terms.length > 0);
    const read = (id: string) => document!.segments.find((s) => s.id === id)!.terms;
    expect(read(withTerms[0]!.id)).toEqual(withTerms[0]!.terms.slice(1));
    expect(read(withTerms[1]!.id)).toEqual([]);
  });
});
