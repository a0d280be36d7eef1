import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBilingualDocx } from '../../src/export/docx.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { tandemDocument } from '../../src/import/made-by-tandem.js';
import { alignFiles } from '../../src/pipeline/align-files.js';
import { buildFiles } from '../../src/pipeline/build-files.js';
import { qaFiles } from '../../src/pipeline/qa-files.js';
import { sampleDocument } from '../helpers/sample-document.js';

const SAMPLE = join(import.meta.dirname, '../../input/interview.txt');

/** A Word document as a reviewer's Word leaves it: a later revision, saved on another day, with their comment. */
function asSavedByReviewer(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  parts['docProps/core.xml'] = strToU8(
    strFromU8(parts['docProps/core.xml']!)
      .replace(/<cp:revision>\d+<\/cp:revision>/, '<cp:revision>4</cp:revision>')
      .replace(/(<dcterms:modified[^>]*>)[^<]*/, '$12026-12-01T09:00:00Z'),
  );
  parts['word/comments.xml'] = strToU8('<w:comments>Reviewer: check p3.s2</w:comments>');
  return zipSync(parts);
}

/** The same document written back by LibreOffice without edits: its times lose their milliseconds. */
function resavedUnchanged(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  parts['docProps/core.xml'] = strToU8(
    strFromU8(parts['docProps/core.xml']!).replace(/(\d{2}:\d{2}:\d{2})\.\d+Z/g, '$1Z'),
  );
  return zipSync(parts);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-edited-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('tandemDocument', () => {
  it('tells a document tandem wrote, and whether it was saved since', async () => {
    const fresh = await writeBilingualDocx(sampleDocument());
    expect(tandemDocument(fresh)).toEqual({ edited: false });
    expect(tandemDocument(resavedUnchanged(fresh))).toEqual({ edited: false });
    expect(tandemDocument(asSavedByReviewer(fresh))).toEqual({ edited: true });
    const parts = unzipSync(fresh);
    parts['docProps/core.xml'] = strToU8(
      strFromU8(parts['docProps/core.xml']!).replace(
        '<dc:creator>tandem</dc:creator>',
        '<dc:creator>Ann</dc:creator>',
      ),
    );
    expect(tandemDocument(zipSync(parts))).toBeUndefined();
  });
});

describe('a Word document a reviewer saved, about to be written again', () => {
  it('is kept in backup/ by align before the new one replaces it; an untouched one is not', async () => {
    const input = join(dir, 'interview.txt');
    const out = join(dir, 'align');
    await copyFile(SAMPLE, input);
    const options = { inputs: [input], glossaries: [], out, formats: ['docx' as const] };
    const first = await alignFiles(options);
    expect(first.files[0]?.keptDocuments).toBeUndefined();
    const again = await alignFiles(options);
    expect(again.files[0]?.keptDocuments).toBeUndefined();

    const reviewed = asSavedByReviewer(await readFile(join(out, 'interview.docx')));
    await writeFile(join(out, 'interview.docx'), reviewed);
    const run = await alignFiles({ ...options, now: () => new Date('2026-12-02T10:00:00') });
    const backup = join(out, 'backup', 'interview.20261202-100000.docx');
    expect(run.files[0]?.keptDocuments).toEqual([{ path: join(out, 'interview.docx'), backup }]);
    expect(Buffer.from(await readFile(backup)).equals(Buffer.from(reviewed))).toBe(true);
    expect(tandemDocument(await readFile(join(out, 'interview.docx')))).toEqual({ edited: false });
  });

  it('is kept by build, each of its two documents on its own', async () => {
    const folder = join(dir, 'build');
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder);
    const workbook = join(folder, 'interview.xlsx');
    await writeFile(workbook, await writeWorkbook(sampleDocument()));
    const first = await buildFiles({ workbooks: [workbook] });
    expect(first.files[0]?.keptDocuments).toEqual([]);
    const translation = first.files[0]!.outputs[1]!;
    const reviewed = asSavedByReviewer(await readFile(translation));
    await writeFile(translation, reviewed);
    const again = await buildFiles({ workbooks: [workbook], now: () => new Date('2026-12-02T10:00:00') });
    const backup = join(folder, 'backup', 'interview.en.20261202-100000.docx');
    expect(again.files[0]?.keptDocuments).toEqual([{ path: translation, backup }]);
    expect(Buffer.from(await readFile(backup)).equals(Buffer.from(reviewed))).toBe(true);
    expect(await readdir(join(folder, 'backup'))).toEqual(['interview.en.20261202-100000.docx']);
  });
});

describe('a QA report saved by a spreadsheet program, about to be written again', () => {
  it('is kept in backup/ by qa; one tandem wrote and nobody saved is replaced', async () => {
    const folder = join(dir, 'qa');
    await mkdir(folder);
    const workbook = join(folder, 'interview.xlsx');
    await writeFile(workbook, await writeWorkbook(sampleDocument()));
    const first = await qaFiles({ workbooks: [workbook] });
    expect(first.files[0]?.keptReport).toBeUndefined();
    const again = await qaFiles({ workbooks: [workbook] });
    expect(again.files[0]?.keptReport).toBeUndefined();

    // Excel, LibreOffice and WPS add document properties when they save; tandem writes none.
    const report = join(folder, 'interview.qa.xlsx');
    const parts = unzipSync(await readFile(report));
    parts['docProps/core.xml'] = strToU8(
      '<cp:coreProperties><dc:creator>Translator</dc:creator></cp:coreProperties>',
    );
    const annotated = zipSync(parts);
    await writeFile(report, annotated);
    const third = await qaFiles({ workbooks: [workbook], now: () => new Date('2026-12-02T10:00:00') });
    const backup = join(folder, 'backup', 'interview.qa.20261202-100000.xlsx');
    expect(third.files[0]?.keptReport).toEqual({ path: report, backup });
    expect(Buffer.from(await readFile(backup)).equals(Buffer.from(annotated))).toBe(true);
  });
});
