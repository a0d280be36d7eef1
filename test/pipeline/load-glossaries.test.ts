import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { loadGlossaries } from '../../src/pipeline/load-glossaries.js';
import { recorder } from '../helpers/cli-output.js';
import { sampleDocument } from '../helpers/sample-document.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-glossaries-'));
  await writeFile(join(dir, 'terms.tsv'), 'zh\ten\n中国\tChina\n');
  await writeFile(join(dir, 'interview.xlsx'), await writeWorkbook(sampleDocument()));
  await writeFile(join(dir, 'note.txt'), '中国的外交政策。\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadGlossaries', () => {
  it('counts a file that could not be read at all as unusable, and loads the others', async () => {
    const loaded = await loadGlossaries([join(dir, 'terms.tsv'), join(dir, 'interview.xlsx')]);
    expect(loaded.entries.map((e) => e.sources[0])).toEqual(['中国']);
    expect(loaded.findings).toEqual([]);
    expect(loaded.unreadable).toEqual([
      {
        path: join(dir, 'interview.xlsx'),
        message: expect.stringMatching(
          /^Cannot use glossary .*interview\.xlsx: This is a workbook tandem wrote for translating a document, not a glossary\./,
        ),
      },
    ]);
  });

  it('makes align say so and exit 1, as for a glossary that does not exist', async () => {
    const io = recorder();
    const code = await main(
      ['align', join(dir, 'note.txt'), '--glossary', join(dir, 'interview.xlsx'), '--out', join(dir, 'out')],
      io,
    );
    expect(code).toBe(1);
    expect(io.errors.join('\n')).toContain(`error: Cannot use glossary ${join(dir, 'interview.xlsx')}`);
  });
});
