import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/export/xlsx.js';
import type { AlignedDocument, AlignedSegment } from '../../src/model/index.js';
import { sampleDocument } from '../helpers/sample-document.js';

const CLI = new URL('../../src/cli.ts', import.meta.url).href;
const SAMPLE = new URL('../../input/interview.txt', import.meta.url).pathname;

/** Copies of the sample's segments: one holds the interview's 30,000-character run. */
const COPIES = 160;

/**
 * A translated workbook of about 15 MB unpacked (the sample's segments over and over): reading it takes more heap
 * than a Node.js process started with 48 MB has, and much less than one with 256 MB.
 */
function bigDocument(): AlignedDocument {
  const base = sampleDocument();
  const paragraphs = Math.max(...base.segments.map((s) => s.paragraph));
  const segments: AlignedSegment[] = [];
  for (let k = 0; k < COPIES; k++) {
    for (const s of base.segments) {
      const paragraph = s.paragraph + k * paragraphs;
      segments.push({
        ...s,
        id: s.id.replace(/^p\d+/, `p${paragraph}`),
        paragraph,
        target: `Translation ${k} of a sentence as long as its source, or about: ${s.source.length} characters.`,
        status: 'translated',
      });
    }
  }
  return { ...base, name: 'interview', paragraphs: paragraphs * COPIES, segments };
}

/** Runs `tandem <args>` in a Node.js process of its own whose heap is held to `heapMb`, as `--max-old-space-size` does. */
function tandem(heapMb: number, args: readonly string[]) {
  const script = `const { main } = await import(${JSON.stringify(CLI)}); process.exitCode = await main(${JSON.stringify(args)});`;
  return spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
}

let dir: string;
let workbook: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-memory-'));
  workbook = await writeWorkbook(bigDocument());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a workbook too big for the memory Node.js allows', () => {
  it('is refused by qa with what it takes and the setting to run again with, not a crash', () => {
    const path = join(dir, 'qa', 'interview.xlsx');
    mkdirSync(join(dir, 'qa'));
    writeFileSync(path, workbook);
    const small = tandem(48, ['qa', path]);
    const said = small.stdout + small.stderr;
    expect(said).not.toContain('heap out of memory');
    expect(small.status).toBe(1);
    expect(said).toContain(
      `${path} is too big to read with the memory Node.js lets tandem use on this computer`,
    );
    expect(said).toMatch(/put NODE_OPTIONS=--max-old-space-size=\d+ before it/);

    // With enough heap for the estimate, the same workbook is read and checked.
    const enough = tandem(256, ['qa', path]);
    expect(enough.stdout + enough.stderr).not.toContain('too big to read');
    expect(enough.stdout).toContain(`${path}: 1,760 segments · 1,760 translated`);
  });

  it('stops align before it writes anything over the translator’s workbook it could not read', () => {
    const input = join(dir, 'align', 'interview.txt');
    const out = join(dir, 'align', 'out');
    mkdirSync(out, { recursive: true });
    copyFileSync(SAMPLE, input);
    writeFileSync(join(out, 'interview.xlsx'), workbook);
    const result = tandem(48, ['align', input, '--out', out, '--format', 'xlsx,json']);
    const said = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(said).toContain('is too big to read with the memory Node.js lets tandem use');
    expect(said).toContain('so nothing was aligned or written for this document');
    expect(Buffer.from(readFileSync(join(out, 'interview.xlsx'))).equals(Buffer.from(workbook))).toBe(true);
    expect(existsSync(join(out, 'interview.json'))).toBe(false);
    expect(existsSync(join(out, 'backup'))).toBe(false);
  });
});
