import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('says so when a folder holds nothing readable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-empty-'));
    const { files, problems } = await collectInputs([dir], () => true);
    expect(files).toEqual([]);
    expect(problems[0]!.message).toMatch(/holds no file tandem can read/);
  });
});

describe('outputNames', () => {
  it('keeps plain names and makes clashing ones unique so no output overwrites another', () => {
    expect(outputNames(['input/interview.txt', 'other.docx'])).toEqual(['interview', 'other']);
    const names = outputNames(['a/interview.txt', 'b/interview.docx', 'c/Interview.txt']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names[0]).toBe('a-interview');
    expect(names[1]).toBe('b-interview');
  });
});
