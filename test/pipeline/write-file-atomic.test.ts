import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopOnSignals } from '../../src/cli/stop-on-signals.js';
import {
  makeOutputFolder,
  removeTempFiles,
  WriteError,
  writeFileAtomic,
} from '../../src/pipeline/write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-write-'));
    const path = join(dir, 'interview.xlsx');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['interview.xlsx']);
  });

  it('writes bytes given in pieces one after another, as one file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-write-'));
    const path = join(dir, 'interview.json');
    const pieces = ['{"a":', '"中国"', ',"b":[]}', ''].map((text) => Buffer.from(text));
    await writeFileAtomic(path, pieces);
    expect(await readFile(path, 'utf8')).toBe('{"a":"中国","b":[]}');
    expect(await readdir(dir)).toEqual(['interview.json']);
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

describe('writes stopped part-way', () => {
  it('removes the temporary file of a write in progress when the run is stopped, and leaves the old file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-stop-'));
    const path = join(dir, 'book.xlsx');
    await writeFile(path, 'translator work');
    // Big enough to be still writing when looked at.
    const writing = writeFileAtomic(path, new Uint8Array(256 * 1024 * 1024)).catch((e: unknown) => e);
    let names = await readdir(dir);
    while (!names.some((name) => name.endsWith('.tmp'))) {
      await new Promise((resolve) => setImmediate(resolve));
      names = await readdir(dir);
    }
    expect(removeTempFiles()).toBe(1);
    expect(await readdir(dir)).toEqual(['book.xlsx']);
    // A real run exits at once; here the write goes on and cannot replace the file, its temporary file being gone.
    expect(await writing).toBeInstanceOf(WriteError);
    expect(await readFile(path, 'utf8')).toBe('translator work');
    expect(removeTempFiles()).toBe(0);
  });

  it('removes what a killed run left in the folder: temporary files of a process gone, a minute old', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-stale-'));
    // A process that has ended: its pid names no running process (until the system gives it out again).
    const gone = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    const old = new Date(Date.now() - 5 * 60_000);
    const stale = `.book.xlsx.${gone}.0a1b2c3d.tmp`;
    const fresh = `.book.json.${gone}.0a1b2c3e.tmp`;
    const running = `.book.docx.${process.pid}.0a1b2c3f.tmp`;
    const lookalike = '.notes.tmp';
    for (const name of [stale, fresh, running, lookalike]) await writeFile(join(dir, name), 'half');
    for (const name of [stale, running, lookalike]) await utimes(join(dir, name), old, old);
    await writeFileAtomic(join(dir, 'book.xlsx'), 'new');
    expect((await readdir(dir)).sort()).toEqual([fresh, running, lookalike, 'book.xlsx'].sort());
  });
});

describe('stopOnSignals', () => {
  it('says what state the outputs are in and exits with the code shells give a stopped command', () => {
    const errors: string[] = [];
    const codes: number[] = [];
    const stop = stopOnSignals({ error: (line) => errors.push(line) }, (code) => codes.push(code));
    try {
      process.emit('SIGINT');
      expect(codes).toEqual([130]);
      expect(errors).toEqual([
        'Stopped by Ctrl-C. The outputs written before are complete; no file was left half-written.',
      ]);
    } finally {
      stop();
    }
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });
});
