import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import type { AlignedDocument } from '../../src/model/index.js';
import { buildFiles } from '../../src/pipeline/build-files.js';
import { convertWithLibreOffice, hasLibreOffice } from '../fixtures/roundtrip/workbook-edits.js';
import { sampleDocument } from '../helpers/sample-document.js';

/** The sample with the targets translators write that spreadsheets like to change: `=…`, line breaks, dates. */
function translated(): AlignedDocument {
  const doc = sampleDocument();
  const targets: Record<string, string> = {
    'p1.s1': 'Wang Yi Gives Joint Interview on the International Situation\nand China’s Diplomacy',
    'p2.s1': '1/2/2021 10:19',
    'p3.s2': '=== The full text ===',
    'p3.s5': 'Wang Yi',
    'p3.s8': '+ We have expanded our circle of friends.',
  };
  for (const segment of doc.segments) {
    if (targets[segment.id]) segment.target = targets[segment.id]!;
  }
  return doc;
}

let dir: string;
let original: AlignedDocument;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-lo-test-'));
  original = translated();
  bytes = await writeWorkbook(original);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rows = (doc: AlignedDocument | undefined) =>
  doc?.segments.map((s) => [s.id, s.kind, s.source, s.target, s.status]);

describe.skipIf(!hasLibreOffice())('workbooks LibreOffice saved again', () => {
  it.each(['xlsx', 'ods', 'xls'])(
    'reads a workbook LibreOffice saved as .%s, targets exactly as typed',
    (format) => {
      const saved = convertWithLibreOffice(bytes, 'interview.xlsx', format);
      const { document, findings, layout } = readWorkbook(saved, `interview.${format}`);
      expect(findings).toEqual([]);
      expect(layout?.kind).toBe(format);
      expect(rows(document)).toEqual(rows(original));
      expect(document?.segments.flatMap((s) => s.terms)).toEqual(original.segments.flatMap((s) => s.terms));
    },
  );

  it('reads the Segments sheet exported by LibreOffice as CSV (UTF-8)', () => {
    const csv = convertWithLibreOffice(bytes, 'interview.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76');
    const { document, findings } = readWorkbook(csv, 'interview.csv');
    expect(findings.map((f) => f.code)).toEqual(['workbook-no-meta']);
    expect(rows(document)).toEqual(rows(original));
  });

  it('builds documents LibreOffice renders with the translation, the labels and the placeholders', async () => {
    const path = join(dir, 'interview.xlsx');
    await writeFile(path, convertWithLibreOffice(bytes, 'interview.xlsx', 'xlsx'));
    const [file] = (await buildFiles({ workbooks: [path] })).files;
    expect(file?.ok).toBe(true);
    const pdf = convertWithLibreOffice(
      await readFile(join(dir, 'interview.en.docx')),
      'interview.en.docx',
      'pdf',
    );
    await writeFile(join(dir, 'interview.en.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'interview.en.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Wang Yi Gives Joint Interview on the International Situation and China’s Diplomacy',
    );
    expect(text).toContain('=== The full text ===');
    expect(text).toMatch(/Reporter: In 2020, the sudden outbreak of COVID-19/);
    expect(text).toMatch(/Wang Yi: 2020 was an extraordinary year/);
    expect(text).toContain('[p3.s9 not translated:');
  });
});
