import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { alignFiles, type FileResult } from '../../src/pipeline/align-files.js';
import { recorder } from '../helpers/cli-output.js';

const GLOSSARY = join(import.meta.dirname, '../../glossary/foreign-affairs.tsv');
const SAMPLE = join(import.meta.dirname, '../../input/interview.txt');

/** Paragraphs of a few sample sentences each, different for every `n`. */
let sentences: string[] = [];
function chineseText(n: number, paragraphs = 2): string {
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const from = (n * 7 + p * 3) % (sentences.length - 3);
    lines.push(sentences.slice(from, from + 3).join(''));
  }
  return `${lines.join('\n')}\n`;
}

let root: string;
let dir: string;

async function folder(name: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  return path;
}

beforeAll(async () => {
  const sample = await readFile(SAMPLE, 'utf8');
  sentences = sample.split(/(?<=[。！？])/u).filter((s) => s.trim().length > 4);
  root = await mkdtemp(join(tmpdir(), 'tandem-batch-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let runs = 0;
/** A fresh folder per test, so that no test sees another's outputs. */
async function fresh(): Promise<string> {
  dir = join(root, `run-${++runs}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

describe('alignFiles over many files', () => {
  it('aligns a folder of files two at a time, and a failing file does not stop the others', async () => {
    await fresh();
    const input = await folder('in');
    const good = Array.from({ length: 8 }, (_, i) => join(input, `doc-${i}.txt`));
    await Promise.all(good.map((path, i) => writeFile(path, chineseText(i))));
    const binary = join(input, 'binary.txt');
    await writeFile(
      binary,
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    const empty = join(input, 'empty.txt');
    await writeFile(empty, '\n\n  \n');
    const wrongExtension = join(dir, 'notes.pdf');
    await writeFile(wrongExtension, '%PDF-1.7');

    let running = 0;
    let mostAtOnce = 0;
    const result = await alignFiles({
      inputs: [input, wrongExtension],
      glossaries: [GLOSSARY],
      out: join(dir, 'out'),
      formats: ['json'],
      jobs: 2,
      now: () => new Date('2026-01-01T00:00:00Z'),
      onProgress: (event) => {
        if (event.type === 'segmented') mostAtOnce = Math.max(mostAtOnce, ++running);
        if (event.type === 'file-done' && event.result.ok) running--;
      },
    });

    expect(result.files).toHaveLength(11);
    const byName = new Map(result.files.map((f) => [basename(f.input), f]));
    for (const path of good) {
      const file = byName.get(basename(path))!;
      expect(file).toMatchObject({
        ok: true,
        sourceLanguage: 'zh',
        outputs: [join(dir, 'out', `${basename(path, '.txt')}.json`)],
      });
      expect(file.segments).toBeGreaterThan(0);
      const json = JSON.parse(await readFile(file.outputs[0]!, 'utf8'));
      expect(json.segments).toHaveLength(file.segments);
    }
    expect(byName.get('binary.txt')).toMatchObject({
      ok: false,
      outputs: [],
      error: expect.stringMatching(/encoding/i),
    });
    expect(byName.get('empty.txt')).toMatchObject({
      ok: false,
      outputs: [],
      error: expect.stringMatching(/no text/),
    });
    expect(byName.get('notes.pdf')).toMatchObject({
      ok: false,
      outputs: [],
      error: expect.stringMatching(/\.pdf files/),
    });
    expect(mostAtOnce).toBeLessThanOrEqual(2);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read and goes on', async () => {
    await fresh();
    const locked = join(dir, 'locked.txt');
    const open = join(dir, 'open.txt');
    await writeFile(locked, chineseText(1));
    await writeFile(open, chineseText(2));
    await chmod(locked, 0o000);
    const result = await alignFiles({
      inputs: [locked, open],
      glossaries: [],
      out: join(dir, 'out'),
      formats: ['json'],
    });
    expect(result.files.map((f) => [basename(f.input), f.ok])).toEqual([
      ['locked.txt', false],
      ['open.txt', true],
    ]);
    expect(result.files[0]!.error).toMatch(/EACCES|permission/i);
  });

  it('gives same-named inputs from different folders outputs of their own', async () => {
    await fresh();
    const a = join(await folder('a'), 'interview.txt');
    const b = join(await folder('b'), 'interview.txt');
    await writeFile(a, chineseText(3));
    await writeFile(b, chineseText(9));
    const out = join(dir, 'out');
    const result = await alignFiles({
      inputs: [a, b],
      glossaries: [],
      out,
      formats: ['json', 'xlsx'],
      jobs: 2,
    });

    const outputs = result.files.flatMap((f) => f.outputs);
    expect(result.files.every((f) => f.ok)).toBe(true);
    expect(new Set(outputs).size).toBe(4);
    expect(result.files[0]!.name).not.toBe(result.files[1]!.name);
    for (const [file, input] of [
      [result.files[0]!, a],
      [result.files[1]!, b],
    ] as const) {
      const json = JSON.parse(await readFile(file.outputs[0]!, 'utf8'));
      expect(json.sourceFile).toBe(input);
      expect(json.segments[0].source).toBe((await readFile(input, 'utf8')).split(/(?<=[。！？])/u)[0]);
    }
  });
});

describe('tandem align over many files (main)', () => {
  async function inputs(failing: boolean): Promise<string[]> {
    await fresh();
    const input = await folder('in');
    await Promise.all([0, 1, 2].map((i) => writeFile(join(input, `doc-${i}.txt`), chineseText(i + 20))));
    if (failing)
      await writeFile(
        join(input, 'broken.txt'),
        Uint8Array.from({ length: 256 }, (_, i) => i),
      );
    return [input, '--glossary', GLOSSARY, '--out', join(dir, 'out'), '--format', 'json', '--jobs', '2'];
  }

  it('exits 0 and prints a line per file and a summary when every file is written (not a terminal: no bar)', async () => {
    const out = recorder(false);
    expect(await main(['align', ...(await inputs(false))], out)).toBe(0);
    expect(out.logs.filter((l) => l.startsWith('✓'))).toHaveLength(3);
    expect(out.logs.at(-1)).toMatch(/^3 of 3 files written to /);
    expect(out.errors).toEqual([]);
    expect(out.statuses).toEqual([]);
  });

  it('counts in words that agree with the number: 1 entry from 1 file, 1 of 1 file', async () => {
    const args = await inputs(false);
    const one = join(dir, 'one.tsv');
    await writeFile(one, '中国\tChina\n');
    const out = recorder(false);
    const input = join(args[0]!, 'doc-0.txt');
    expect(
      await main(['align', input, '--glossary', one, '--out', join(dir, 'out1'), '--format', 'json'], out),
    ).toBe(0);
    expect(out.logs).toContain('Glossary: 1 entry from 1 file');
    expect(out.logs.at(-1)).toMatch(/^1 of 1 file written to /);
  });

  it('exits 1 when any file fails, names it, and still writes the others', async () => {
    const out = recorder(false);
    expect(await main(['align', ...(await inputs(true))], out)).toBe(1);
    expect(out.errors.filter((l) => l.startsWith('✗'))).toEqual([expect.stringMatching(/broken\.txt: /)]);
    expect(out.logs.filter((l) => l.startsWith('✓'))).toHaveLength(3);
    expect(out.logs.at(-1)).toMatch(/^3 of 4 files written to .*, 1 failed\.$/);
  });

  it('exits 1 when an input does not exist, after aligning the ones that do', async () => {
    const out = recorder(false);
    const args = await inputs(false);
    expect(await main(['align', join(dir, 'missing.txt'), ...args], out)).toBe(1);
    expect(out.errors).toContainEqual(expect.stringMatching(/missing\.txt does not exist/));
    expect(out.logs.filter((l) => l.startsWith('✓'))).toHaveLength(3);
  });

  it('draws a progress bar on a terminal and prints the file lines after it', async () => {
    const out = recorder(true);
    expect(await main(['align', ...(await inputs(false))], out)).toBe(0);
    expect(out.statuses.some((s) => /^\[[█░]+\] \d\/3 files · [\d,]+ segments/.test(s))).toBe(true);
    expect(out.statuses.at(-1)).toBe('');
    expect(out.logs.filter((l) => l.startsWith('✓'))).toHaveLength(3);
  });

  it('--json prints one parseable summary with segments, terms, outputs and milliseconds per file', async () => {
    const out = recorder(false);
    expect(await main(['align', ...(await inputs(true)), '--json'], out)).toBe(1);
    expect(out.logs).toHaveLength(1);
    expect(out.errors).toEqual([]);
    const summary = JSON.parse(out.logs[0]!) as { ok: boolean; files: FileResult[]; problems: unknown[] };
    expect(summary.ok).toBe(false);
    expect(summary.files).toHaveLength(4);
    for (const file of summary.files.filter((f) => f.ok)) {
      expect(file.segments).toBeGreaterThan(0);
      expect(typeof file.termMatches).toBe('number');
      expect(file.outputs).toEqual([expect.stringMatching(/doc-\d\.json$/)]);
      expect(file.ms).toBeGreaterThanOrEqual(0);
    }
    expect(summary.files.filter((f) => !f.ok)).toEqual([
      expect.objectContaining({
        input: expect.stringMatching(/broken\.txt$/),
        error: expect.any(String),
        outputs: [],
      }),
    ]);
  });

  it('--quiet prints nothing when every file is written, and only the failure when one is not', async () => {
    const quiet = recorder(true);
    expect(await main(['align', ...(await inputs(false)), '--quiet'], quiet)).toBe(0);
    expect([...quiet.logs, ...quiet.errors, ...quiet.statuses]).toEqual([]);

    const failing = recorder(false);
    expect(await main(['align', ...(await inputs(true)), '--quiet'], failing)).toBe(1);
    expect(failing.logs).toEqual([]);
    expect(failing.errors).toEqual([expect.stringMatching(/^✗ .*broken\.txt: /)]);
  });

  it('refuses a --jobs that is not a whole number from 1 up', async () => {
    const out = recorder(false);
    expect(await main(['align', ...(await inputs(false)), '--jobs', '0'], out)).toBe(1);
    expect(out.errors).toEqual(['error: Expected `--jobs` to be a whole number from 1 up, got `0`']);
  });
});
