import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { buildFiles } from '../../src/pipeline/build-files.js';
import { eachWorkbook } from '../../src/pipeline/each-workbook.js';
import type { WorkbookGlossaries } from '../../src/pipeline/load-glossaries.js';
import { qaFiles } from '../../src/pipeline/qa-files.js';
import type { WorkbookProgressEvent } from '../../src/pipeline/workbook-progress.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { wordText } from '../helpers/docx-text.js';
import { sampleDocument } from '../helpers/sample-document.js';
import { openWorkbook, sheetText, zipPart } from '../helpers/xlsx-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-threads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const GLOSSARY = join(import.meta.dirname, '../../glossary');
const NOW = () => new Date('2026-11-26T10:00:00Z');

/** Three workbooks as translators send them back: one untouched, one edited, one that is no workbook at all. */
async function folder(): Promise<string[]> {
  const bytes = await writeWorkbook(sampleDocument());
  const untouched = join(dir, 'a', 'interview.xlsx');
  const edited = join(dir, 'b', 'interview.xlsx');
  const broken = join(dir, 'b', 'broken.xlsx');
  await mkdir(join(dir, 'a'));
  await mkdir(join(dir, 'b'));
  await writeFile(untouched, bytes);
  await writeFile(
    edited,
    editWorkbook(bytes, (_, rows) => {
      rows.splice(8, 1);
      rows[3]![2] = text('Wang Yi said the One Belt, One Road goes on, as 3 ministers agreed.');
    }),
  );
  await writeFile(broken, 'not a workbook');
  return [untouched, edited, broken];
}

describe('tandem qa and build on worker threads', () => {
  it('checks workbooks on threads exactly as on the main thread, the unreadable one failing alone', async () => {
    const files = await folder();
    const run = (threads: boolean, out: string) =>
      qaFiles({ workbooks: files, glossaries: [GLOSSARY], out: join(dir, out), threads, jobs: 2, now: NOW });
    const here = await run(false, 'here');
    const threaded = await run(true, 'threads');
    const fromOut = (result: typeof here, out: string) =>
      result.files.map(({ ms, ...file }) => ({
        ...file,
        ms: typeof ms,
        report: file.report?.replace(join(dir, out), '<out>'),
      }));
    expect(fromOut(threaded, 'threads')).toEqual(fromOut(here, 'here'));
    expect(threaded.files.map((file) => file.ok)).toEqual([true, true, false]);
    expect(threaded.files[2]!.error).toMatch(/broken\.xlsx/);
    const codes = threaded.files[1]!.findings.map((f) => f.code);
    expect(codes).toContain('missing-segment');
    expect(codes).toContain('forbidden-term');
    // The same report, cell for cell, from either thread.
    for (const name of ['a-interview.qa.xlsx', 'b-interview.qa.xlsx']) {
      const report = async (out: string) =>
        sheetText(openWorkbook(await readFile(join(dir, out, name))), 'QA');
      expect(await report('threads')).toEqual(await report('here'));
    }
  });

  it('builds the same Word documents on threads as on the main thread', async () => {
    const files = await folder();
    const run = (threads: boolean, out: string) =>
      buildFiles({
        workbooks: files,
        glossaries: [GLOSSARY],
        out: join(dir, out),
        threads,
        jobs: 2,
        now: NOW,
      });
    const here = await run(false, 'here');
    const threaded = await run(true, 'threads');
    expect(threaded.files.map((f) => [f.ok, f.segments, f.translated, f.findings.length])).toEqual(
      here.files.map((f) => [f.ok, f.segments, f.translated, f.findings.length]),
    );
    expect(threaded.files[0]!.outputs).toEqual([
      join(dir, 'threads', 'a-interview.docx'),
      join(dir, 'threads', 'a-interview.en.docx'),
    ]);
    for (const name of [
      'a-interview.docx',
      'a-interview.en.docx',
      'b-interview.docx',
      'b-interview.en.docx',
    ]) {
      const text = async (out: string) =>
        wordText(zipPart(await readFile(join(dir, out, name)), 'word/document.xml'));
      const built = await text('threads');
      expect(built.length).toBeGreaterThan(500);
      expect(built).toEqual(await text('here'));
    }
  });

  it('tells the steps of workbooks checked at once, each under its own name', async () => {
    const files = await folder();
    const events: WorkbookProgressEvent[] = [];
    await qaFiles({
      workbooks: files.slice(0, 2),
      threads: true,
      jobs: 2,
      report: false,
      onProgress: (e) => events.push(e),
    });
    for (const file of files.slice(0, 2)) {
      expect(
        events
          .filter((e) => e.type === 'step' && e.workbook === file)
          .map((e) => e.type === 'step' && e.step),
      ).toEqual([expect.stringMatching(/^reading the workbook/), 'checking 11 segments']);
      expect(events).toContainEqual({
        type: 'workbook-done',
        workbook: file,
        ok: true,
        bytes: expect.any(Number),
      });
    }
  });
});

describe('eachWorkbook', () => {
  it('works on `jobs` workbooks at once and gives their results in the order of the files', async () => {
    const files = ['one.xlsx', 'two.xlsx', 'three.xlsx'].map((name) => join(dir, name));
    let running = 0;
    let most = 0;
    // The first waits for the second to start: with one at a time it would wait for ever.
    let secondStarted: () => void = () => {};
    const second = new Promise<void>((resolve) => {
      secondStarted = resolve;
    });
    const results = await eachWorkbook(files, undefined, { jobs: 2, threads: false }, async (file, index) => {
      running++;
      most = Math.max(most, running);
      if (index === 1) secondStarted();
      if (index === 0) await second;
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return { ok: true, file };
    });
    expect(results.map((r) => r.file)).toEqual(files);
    expect(most).toBe(2);
  });

  it('fails the workbook whose thread could not go on, and goes on with the next on a new thread', async () => {
    const [first, second] = await folder();
    let asked = 0;
    // The glossary of the first workbook cannot be loaded; the second's can.
    const glossaries = {
      for: () =>
        asked++ === 0 ? Promise.reject(new Error('the glossary vanished')) : Promise.resolve({ entries: [] }),
    } as unknown as WorkbookGlossaries;
    const results = await eachWorkbook(
      [first!, second!],
      glossaries,
      { jobs: 1, threads: true },
      async (workbook, _, { compute }) => {
        try {
          const done = await compute({ kind: 'qa', workbook, report: false });
          return { ok: done.ok, workbook, error: undefined as string | undefined };
        } catch (error) {
          return { ok: false, workbook, error: (error as Error).message };
        }
      },
    );
    expect(results).toEqual([
      { ok: false, workbook: first, error: 'the glossary vanished' },
      { ok: true, workbook: second, error: undefined },
    ]);
  });
});
