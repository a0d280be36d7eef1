import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignFiles } from '../../src/pipeline/align-files.js';

const GLOSSARY = join(import.meta.dirname, '../../glossary/foreign-affairs.tsv');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-english-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('an English document with the zh/en glossary', () => {
  it('finds the glossary’s English renderings and gives their Chinese, with no --from', async () => {
    const input = join(dir, 'statement.txt');
    await writeFile(input, 'Let us talk about the Belt and Road Initiative. Wang Yi met the press.\n');
    const result = await alignFiles({ inputs: [input], glossaries: [GLOSSARY], out: dir, formats: ['json'] });
    expect(result.files[0]).toMatchObject({ ok: true, sourceLanguage: 'en', targetLanguage: 'zh' });
    const json = JSON.parse(await readFile(join(dir, 'statement.json'), 'utf8'));
    const terms = json.segments.flatMap((s: { terms: { source: string; target: string }[] }) =>
      s.terms.map((t) => `${t.source} → ${t.target}`),
    );
    expect(terms).toEqual(['Belt and Road Initiative → 一带一路', 'Wang Yi → 王毅']);
  });
});
