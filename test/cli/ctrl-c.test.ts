import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = new URL('../../src/cli.ts', import.meta.url).href;
const STOP = new URL('../../src/cli/stop-on-signals.ts', import.meta.url).href;
const SAMPLE = new URL('../../input/interview.txt', import.meta.url).pathname;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-ctrl-c-'));
  mkdirSync(join(dir, 'in'));
  // Four documents of the sample forty times over: each takes long enough that the run is stopped among them.
  const text = readFileSync(SAMPLE, 'utf8').repeat(40);
  for (const name of ['a', 'b', 'c', 'd']) writeFileSync(join(dir, 'in', `${name}.txt`), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ctrl-C during a batch', () => {
  it('ends the run with exit code 130, says how many files were written, and leaves no half-written file', async () => {
    const out = join(dir, 'out');
    const script =
      `const { consoleOutput, main } = await import(${JSON.stringify(CLI)});` +
      `const { stopOnSignals } = await import(${JSON.stringify(STOP)});` +
      `stopOnSignals(consoleOutput);` +
      `process.exitCode = await main(${JSON.stringify(['align', join(dir, 'in'), '--out', out, '--jobs', '1', '--format', 'xlsx'])});`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        // Stopped once the first document is written: the others are still to come.
        if (stdout.includes('✓')) child.kill('SIGINT');
      });
      child.on('exit', (exit) => resolve(exit));
    });
    expect(code).toBe(130);
    const said =
      /Stopped by Ctrl-C\. (\d) of 4 files (?:was|were) written to .*\. The outputs written before are complete;/.exec(
        stderr,
      );
    expect(said, stderr).not.toBeNull();
    const written = Number(said![1]);
    expect(written).toBeGreaterThanOrEqual(1);
    expect(written).toBeLessThan(4);
    const names = readdirSync(out);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.xlsx'))).toHaveLength(written);
  }, 60_000);
});
