import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { recorder } from '../helpers/cli-output.js';

let dir: string;
let inputs: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-align-progress-'));
  inputs = [join(dir, 'one.txt'), join(dir, 'two.txt')];
  await writeFile(inputs[0]!, 'Dr. Smith arrived in the U.S. on Jan. 5. He met the press.\n');
  await writeFile(inputs[1]!, 'The talks went on. Both sides spoke.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tandem align progress', () => {
  it('on a terminal, the bar follows one file through its stages and is cleared at the end', async () => {
    const out = recorder(true);
    const args = ['align', inputs[0]!, '--out', join(dir, 'tty'), '--format', 'json,xlsx'];
    expect(await main(args, out)).toBe(0);
    const stages = out.statuses.map((s) => s.split(' · ').at(-1));
    expect(stages).toEqual(
      expect.arrayContaining(['segmenting', 'matching terms', 'writing json', 'writing xlsx', 'done']),
    );
    expect(stages.indexOf('writing json')).toBeLessThan(stages.indexOf('writing xlsx'));
    expect(out.statuses.at(-1)).toBe('');
    expect(out.logs.filter((l) => l.startsWith('✓'))).toHaveLength(1);
  });

  it('in a log, small files get their ✓ line and no stage lines', async () => {
    const out = recorder(false);
    expect(
      await main(['align', ...inputs, '--out', join(dir, 'log'), '--format', 'json', '--jobs', '1'], out),
    ).toBe(0);
    expect(out.statuses).toEqual([]);
    expect(out.logs).toEqual([
      expect.stringMatching(/^✓ .*one\.txt/),
      expect.stringMatching(/^✓ .*two\.txt/),
      expect.stringMatching(/^Glossary: /),
      expect.stringMatching(/^2 of 2 files written/),
    ]);
  });

  it('with --quiet, nothing at all when every file is written', async () => {
    const out = recorder(true);
    expect(
      await main(['align', ...inputs, '--out', join(dir, 'quiet'), '--format', 'json', '--quiet'], out),
    ).toBe(0);
    expect([...out.logs, ...out.errors, ...out.statuses]).toEqual([]);
  });
});
