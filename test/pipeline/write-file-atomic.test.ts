import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOutputFolder, WriteError, writeFileAtomic } from '../../src/pipeline/write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-write-'));
    const path = join(dir, 'interview.xlsx');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['interview.xlsx']);
  });

  it('refuses to overwrite a workbook that LibreOffice or Excel has open, and keeps the old one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-locked-'));
    const path = join(dir, 'interview.xlsx');
    await writeFile(path, 'translator work');
    for (const lock of ['.~lock.interview.xlsx#', '~$interview.xlsx']) {
      await writeFile(join(dir, lock), 'lock');
      const error = await writeFileAtomic(path, 'new').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as Error).message).toMatch(/open in another program.*Close it/);
      expect(await readFile(path, 'utf8')).toBe('translator work');
      await import('node:fs/promises').then((fs) => fs.rm(join(dir, lock)));
    }
  });

  it('says what is wrong when the folder cannot be written', async () => {
    const error = await writeFileAtomic(join(tmpdir(), 'no-such-dir-tandem', 'x.json'), '{}').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(/Cannot write/);
  });
});

describe('makeOutputFolder', () => {
  it('creates the folder and its parents, and leaves one that is there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-out-'));
    await makeOutputFolder(join(dir, 'a', 'b'));
    await makeOutputFolder(join(dir, 'a', 'b'));
    expect(await readdir(join(dir, 'a'))).toEqual(['b']);
  });

  it('says so when --out names a file, or a folder under a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-out-file-'));
    const file = join(dir, 'interview.txt');
    await writeFile(file, 'text');
    for (const out of [file, join(file, 'more')]) {
      const error = await makeOutputFolder(out).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as Error).message).toBe(
        `Cannot write into ${out}: it, or a folder above it, is a file. Give --out a folder (it is created when missing).`,
      );
    }
    expect(await readFile(file, 'utf8')).toBe('text');
  });
});
