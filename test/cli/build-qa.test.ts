import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type Output } from '../../src/cli.js';
import { SHEETS } from '../../src/export/columns.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { sampleDocument } from '../helpers/sample-document.js';

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (l) => out.push(l), error: (l) => err.push(l), isTTY: false };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function workbook(name = 'interview.xlsx', edit?: Parameters<typeof editWorkbook>[1]): Promise<string> {
  const bytes = await writeWorkbook(sampleDocument());
  const path = join(dir, name);
  await writeFile(path, edit ? editWorkbook(bytes, edit) : bytes);
  return path;
}

describe('tandem build', () => {
  it('prints what it wrote and a summary of translated, empty and problems; exit 0', async () => {
    const path = await workbook('interview.xlsx', (_, rows) => {
      rows.push([undefined, undefined, text('An orphan line')]);
    });
    const io = capture();
    expect(await main(['build', path], io)).toBe(0);
    const out = io.out.join('\n');
    expect(out).toContain(`✓ ${path} (zh → en): 11 segments · 5 translated · 6 empty · 1 problem`);
    expect(out).toContain(
      `→ ${join(dir, 'interview.docx')} (bilingual), ${join(dir, 'interview.en.docx')} (translation)`,
    );
    expect(out).toContain('6 segments without a translation show as highlighted placeholders.');
    expect(out).toMatch(/Errors\n\s+workbook-missing-id \(1\)\n\s+Segments!A13 {2}Row 13 has no ID/);
    expect(out).toContain(`Built 1 of 1 workbook. Check the translation with \`tandem qa ${path}\``);
  });

  it.each([
    [
      'not a spreadsheet',
      'a.xlsx',
      async (p: string) => writeFile(p, 'hello\u0000\u0001 world'),
      /is not a spreadsheet/,
    ],
    [
      'no Segments sheet',
      'b.xlsx',
      async (p: string) =>
        writeFile(
          p,
          editWorkbook(await writeWorkbook(sampleDocument()), (book) => {
            book.SheetNames[0] = 'Translation';
            book.Sheets.Translation = book.Sheets[SHEETS.segments]!;
          }),
        ),
      /has no Segments sheet \(it has Translation, Glossary/,
    ],
    [
      'a header missing',
      'c.xlsx',
      async (p: string) =>
        writeFile(
          p,
          editWorkbook(await writeWorkbook(sampleDocument()), (_, rows) => {
            rows[0]![1] = text('Quelle');
          }),
        ),
      /The Segments sheet has no Source column/,
    ],
  ])('exits 1 and says why for a workbook with %s', async (_, name, make, message) => {
    const path = join(dir, name);
    await make(path);
    const io = capture();
    expect(await main(['build', path], io)).toBe(1);
    expect(io.err.join('\n')).toMatch(
      new RegExp(`✗ ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${message.source}`),
    );
  });

  it('prints a machine-readable summary with --json', async () => {
    const path = await workbook();
    const io = capture();
    expect(await main(['build', path, '--json', '--out', join(dir, 'out')], io)).toBe(0);
    const json = JSON.parse(io.out.join('\n'));
    expect(json).toMatchObject({ ok: true, files: [{ workbook: path, ok: true, translated: 5, empty: 6 }] });
    expect(Number.isInteger(json.files[0].ms)).toBe(true);
  });

  it('refuses a missing workbook or glossary with exit 1', async () => {
    const io = capture();
    expect(await main(['build', join(dir, 'nope.xlsx')], io)).toBe(1);
    expect(io.err.join('\n')).toContain('does not exist');
    const other = capture();
    expect(await main(['build', await workbook(), '--glossary', join(dir, 'none')], other)).toBe(1);
    expect(other.err.join('\n')).toContain('Expected `--glossary` to name a file or folder');
  });
});

describe('tandem qa', () => {
  it('prints { "findings": [ … ] } with --json: code, severity, id, cell, message', async () => {
    const path = await workbook();
    const io = capture();
    expect(await main(['qa', path, '--json'], io)).toBe(0);
    const { findings } = JSON.parse(io.out.join('\n')) as { findings: Record<string, unknown>[] };
    expect(findings.length).toBeGreaterThan(5);
    expect(findings[0]).toEqual({
      code: 'empty-target',
      severity: 'error',
      id: 'p1.s1',
      cell: 'Segments!C2',
      message: expect.stringMatching(/^Target is empty; translate “王毅就年/),
      file: path,
    });
    expect(Object.keys(findings[0]!)).toEqual(['code', 'severity', 'id', 'cell', 'message', 'file']);
  });

  it('prints nothing but errors with --quiet, and still writes the report', async () => {
    const path = await workbook();
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'not a workbook');
    const io = capture();
    expect(await main(['qa', path, broken, '--quiet', '--strict'], io)).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.join('\n')).toMatch(/^✗ .*broken\.xlsx: .*not a spreadsheet[\s\S]*QA failed \(--strict\)/);
    expect((await stat(join(dir, 'interview.qa.xlsx'))).size).toBeGreaterThan(0);
  });

  it('exits 1 with --strict when there is an error, 0 without', async () => {
    const path = await workbook();
    expect(await main(['qa', path, '--no-report'], capture())).toBe(0);
    const io = capture();
    expect(await main(['qa', path, '--strict', '--no-report'], io)).toBe(1);
    expect(io.err.join('\n')).toContain('QA failed (--strict)');
  });

  it('groups findings by severity and check for people, and writes the report', async () => {
    const path = await workbook();
    const io = capture();
    expect(await main(['qa', path], io)).toBe(0);
    const out = io.out.join('\n');
    expect(out).toMatch(
      /^.*interview\.xlsx: 11 segments · 5 translated · 6 empty — \d+ errors · \d+ warning/,
    );
    expect(out).toMatch(
      /\n {2}Errors\n {4}empty-target \(\d\)\n {6}Segments!C2 \(p1\.s1\) {2}Target is empty/,
    );
    expect(out).toContain(`Report for the translator: ${join(dir, 'interview.qa.xlsx')}`);
  });

  it('exits 1 for a workbook it cannot read, even with --json', async () => {
    const path = join(dir, 'broken.xlsx');
    await writeFile(path, 'PK\u0003\u0004 not really a zip');
    const io = capture();
    expect(await main(['qa', path, '--json'], io)).toBe(1);
    const { findings } = JSON.parse(io.out.join('\n')) as { findings: { code: string }[] };
    expect(findings.map((f) => f.code)).toEqual(['workbook-unreadable']);
  });

  it('says per workbook with --json whether it was checked, its counts, findings by severity and time', async () => {
    const path = await workbook();
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'not a workbook');
    const io = capture();
    expect(await main(['qa', path, broken, '--json'], io)).toBe(1);
    const { findings, files } = JSON.parse(io.out.join('\n')) as {
      findings: { severity: string; file: string }[];
      files: Record<string, unknown>[];
    };
    const of = (file: string, severity: string) =>
      findings.filter((f) => f.file === file && f.severity === severity).length;
    expect(files).toEqual([
      {
        workbook: path,
        ok: true,
        segments: 11,
        translated: 5,
        empty: 6,
        findings: { error: of(path, 'error'), warning: of(path, 'warning'), info: of(path, 'info') },
        ms: expect.any(Number),
      },
      {
        workbook: broken,
        ok: false,
        error: expect.stringMatching(/broken\.xlsx is not a spreadsheet/),
        segments: 0,
        translated: 0,
        empty: 0,
        findings: { error: 1, warning: 0, info: 0 },
        ms: expect.any(Number),
      },
    ]);
    expect(of(path, 'error')).toBeGreaterThan(0);
    expect(Number.isInteger(files[0]!.ms)).toBe(true);
  });

  it('explains both commands with --help', async () => {
    for (const command of ['build', 'qa']) {
      const io = capture();
      expect(await main([command, '--help'], io)).toBe(0);
      expect(io.out.join('\n')).toContain(`Usage: tandem ${command} <workbooks…>`);
    }
    const io = capture();
    await main(['--help'], io);
    expect(io.out.join('\n')).toMatch(/tandem build <workbooks…>[\s\S]*tandem qa <workbooks…>/);
  });
});
