import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Output } from '../../src/cli.js';

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (l) => out.push(l), error: (l) => err.push(l), isTTY: false };
}

describe('tandem command line', () => {
  it('explains itself with --help, exit 0', async () => {
    for (const args of [['--help'], ['align', '--help']]) {
      const io = capture();
      expect(await main(args, io)).toBe(0);
      expect(io.out.join('\n')).toMatch(/tandem align <files or folders…>/);
    }
    const io = capture();
    await main(['align', '--help'], io);
    for (const option of [
      '--glossary',
      '--from',
      '--to',
      '--out',
      '--format',
      '--speakers',
      '--jobs',
      '--json',
      '--quiet',
    ]) {
      expect(io.out.join('\n')).toContain(option);
    }
  });

  it.each([
    [
      ['align', 'input', '--format', 'pdf'],
      /Expected `--format` to be a list of xlsx, docx, json, got `pdf`/,
    ],
    [['align', 'input', '--from', 'klingon'], /Expected `--from` to be a language code.*got `klingon`/],
    [['align', 'input', '--to', 'xx'], /Expected `--to` to be a language code.*got `xx`/],
    [['align', 'input', '--jobs', '0'], /Expected `--jobs` to be a whole number from 1 up, got `0`/],
    [['qa', 'a.xlsx', '--jobs', 'two'], /Expected `--jobs` to be a whole number from 1 up, got `two`/],
    [['build', 'a.xlsx', '--jobs', '1.5'], /Expected `--jobs` to be a whole number from 1 up, got `1.5`/],
    [['align'], /Expected at least one input file or folder/],
    [['translate', 'x'], /Expected a command.*got `translate`/],
    [['align', 'input', '--colour'], /Unknown option '--colour'.*tandem align --help/],
  ])('refuses %j with a clear message and exit code 1', async (args, message) => {
    const io = capture();
    expect(await main(args, io)).toBe(1);
    expect(io.err.join('\n')).toMatch(message);
  });

  it('exits 1 with the file named when an input is missing, empty or unreadable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-cli-'));
    await writeFile(join(dir, 'empty.txt'), '\n\n  \n');
    await writeFile(join(dir, 'slides.pptx'), 'x');
    const io = capture();
    const code = await main(
      [
        'align',
        join(dir, 'missing.txt'),
        join(dir, 'empty.txt'),
        join(dir, 'slides.pptx'),
        '--out',
        join(dir, 'out'),
        '--glossary',
        join(dir, 'nothing-here'),
      ],
      io,
    );
    expect(code).toBe(1);
    const errors = io.err.join('\n');
    expect(errors).toMatch(/missing\.txt does not exist/);
    expect(errors).toMatch(/empty\.txt has no text to translate/);
    expect(errors).toMatch(/cannot read \.pptx files; it reads \.txt, \.text, \.docx/);
    expect(errors).toMatch(/nothing-here does not exist/);
  });

  it('aligns a document and reports what it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-cli-ok-'));
    await writeFile(join(dir, 'note.txt'), 'Dr. Smith arrived in the U.S. on Jan. 5. He met the press.\n');
    const io = capture();
    expect(
      await main(['align', join(dir, 'note.txt'), '--out', join(dir, 'out'), '--format', 'json'], io),
    ).toBe(0);
    expect(io.out.join('\n')).toMatch(/note\.txt \(en → zh\): 2 segments.*note\.json/);
  });
});
