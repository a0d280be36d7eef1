import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, outputNames } from '../../src/pipeline/collect-inputs.js';

describe('collectInputs', () => {
  it('expands folders recursively, skips hidden and lock files, keeps files named directly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-inputs-'));
    await mkdir(join(dir, 'sub'));
    for (const name of ['b.txt', 'a.docx', '.hidden.txt', '~$a.docx', 'notes.pdf', 'sub/c.txt']) {
      await writeFile(join(dir, name), 'x');
    }
    const accept = (p: string) => /\.(txt|docx)$/.test(p);
    const { files, problems } = await collectInputs(
      [dir, join(dir, 'notes.pdf'), join(dir, 'missing.txt')],
      accept,
    );
    expect(files).toEqual([
      join(dir, 'a.docx'),
      join(dir, 'b.txt'),
      join(dir, 'sub/c.txt'),
      join(dir, 'notes.pdf'),
    ]);
    expect(problems).toEqual([
      { path: join(dir, 'missing.txt'), message: expect.stringMatching(/does not exist/) },
    ]);
  });

  it('takes a file once however it is named: again, through its folder, a relative path or a link', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-same-'));
    const file = join(dir, 'interview.txt');
    await writeFile(file, 'x');
    await symlink(file, join(dir, 'link.txt'));
    const { files } = await collectInputs(
      [file, dir, relative(process.cwd(), file), join(dir, '.', 'interview.txt')],
      () => true,
    );
    expect(files).toEqual([file]);
  });

  it('leaves out the files of folders that `skip` gives a reason for, but never a file named directly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-skip-'));
    for (const name of ['a.txt', 'a.docx', 'b.docx']) await writeFile(join(dir, name), 'x');
    const skip = async (path: string) => (path.endsWith('a.docx') ? 'written by tandem' : undefined);
    const { files, skipped } = await collectInputs([dir, join(dir, 'a.docx')], () => true, skip);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'b.docx'), join(dir, 'a.docx')]);
    expect(skipped).toEqual([{ path: join(dir, 'a.docx'), reason: 'written by tandem' }]);
  });

  it('says so when a folder holds nothing readable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-empty-'));
    const { files, problems } = await collectInputs([dir], () => true);
    expect(files).toEqual([]);
    expect(problems[0]!.message).toMatch(/holds no file tandem can read/);
  });
});

describe('outputNames', () => {
  /** Every order of `items`. */
  function orders<T>(items: readonly T[]): T[][] {
    if (items.length <= 1) return [[...items]];
    return items.flatMap((item, i) =>
      orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
    );
  }

  /** The names of `files`, checked to be the same in every order of the inputs and unique letter case aside. */
  function names(files: readonly string[]): string[] {
    const result = outputNames(files);
    expect(new Set(result.map((n) => n.toLowerCase())).size).toBe(files.length);
    for (const order of orders(files)) {
      const shuffled = outputNames(order);
      expect(order.map((file) => shuffled[order.indexOf(file)])).toEqual(
        order.map((file) => result[files.indexOf(file)]),
      );
    }
    return result;
  }

  it('keeps the plain file name when no other input has it', () => {
    expect(names(['input/interview.txt', 'other.docx', 'deep/down/notes.txt'])).toEqual([
      'interview',
      'other',
      'notes',
    ]);
  });

  it('puts the nearest folder before a name two inputs in different folders share', () => {
    expect(names(['a/interview.txt', 'b/interview.txt'])).toEqual(['a-interview', 'b-interview']);
    expect(names(['a/interview.txt', 'b/interview.docx'])).toEqual(['a-interview', 'b-interview']);
  });

  it('takes as many folders as it needs to tell them apart, and no more', () => {
    expect(names(['x/a/interview.txt', 'y/a/interview.txt'])).toEqual(['x-a-interview', 'y-a-interview']);
    expect(names(['x/a/interview.txt', 'y/a/interview.txt', 'c/interview.txt'])).toEqual([
      'x-a-interview',
      'y-a-interview',
      'c-interview',
    ]);
    // Relative to the current folder: `sub/interview.txt` is one folder deeper than `interview.txt`.
    const here = basename(process.cwd());
    expect(names(['interview.txt', 'sub/interview.txt'])).toEqual([`${here}-interview`, 'sub-interview']);
  });

  it('adds the extension when the same name is in one folder twice', () => {
    expect(names(['in/interview.txt', 'in/interview.docx'])).toEqual(['interview-txt', 'interview-docx']);
    expect(names(['a/interview.txt', 'a/interview.docx', 'b/interview.txt'])).toEqual([
      'a-interview-txt',
      'a-interview-docx',
      'b-interview',
    ]);
  });

  it('treats names that differ only in letter case as the same (Windows and macOS would)', () => {
    expect(names(['a/Interview.txt', 'b/interview.txt'])).toEqual(['a-Interview', 'b-interview']);
    expect(names(['A/x/interview.txt', 'a/X/Interview.txt'])).toEqual(['interview', 'Interview-2']);
    expect(names(['in/Interview.txt', 'in/interview.TXT', 'in/interview.docx'])).toEqual([
      'Interview-txt',
      'interview-TXT-2',
      'interview-docx',
    ]);
  });

  it('numbers a made-up name that another input already has as its own', () => {
    expect(names(['a/interview.txt', 'b/interview.txt', 'a-interview.txt'])).toEqual([
      'a-interview-2',
      'b-interview',
      'a-interview',
    ]);
    expect(names(['in/Interview.txt', 'in/interview.txt', 'in/interview-2.txt'])).toEqual([
      'Interview',
      'interview-3',
      'interview-2',
    ]);
  });
});
