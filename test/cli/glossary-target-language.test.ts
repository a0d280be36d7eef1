import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlignSummary } from '../../src/cli/align-summary.js';
import { main } from '../../src/cli.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { recorder } from '../helpers/cli-output.js';

const DOCUMENT = '王毅说，一带一路很好。外交部发言人表示欢迎。\n';
const ZH_FR = 'zh\tfr\n一带一路\tla Ceinture et la Route\n外交部\tministère des Affaires étrangères\n';
const ZH_EN = 'zh\ten\n一带一路\tBelt and Road\n王毅\tWang Yi\n';
const THREE = `<?xml version="1.0"?><martif type="TBX" xml:lang="zh"><text><body>
  <termEntry>
    <langSet xml:lang="zh"><tig><term>外交部</term></tig></langSet>
    <langSet xml:lang="en"><tig><term>Ministry of Foreign Affairs</term></tig></langSet>
    <langSet xml:lang="fr"><tig><term>ministère des Affaires étrangères</term></tig></langSet>
  </termEntry>
</body></text></martif>`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-target-'));
  await mkdir(join(dir, 'glossary'));
  await writeFile(join(dir, 'doc.txt'), DOCUMENT);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonTerms {
  readonly segments: readonly { readonly terms: readonly { source: string; target: string }[] }[];
}

async function hints(name = 'doc'): Promise<string[]> {
  const json = JSON.parse(await readFile(join(dir, 'out', `${name}.json`), 'utf8')) as JsonTerms;
  return json.segments.flatMap((s) => s.terms.map((t) => `${t.source}→${t.target}`));
}

/** `tandem align doc.txt --glossary glossary --out out` in the test's folder. */
function alignArgs(): string[] {
  return ['align', join(dir, 'doc.txt'), '--glossary', join(dir, 'glossary'), '--out', join(dir, 'out')];
}

describe('glossaries of other target languages', () => {
  it('translates into the one language a zh/fr glossary gives, without --to', async () => {
    await writeFile(join(dir, 'glossary', 'zh-fr.tsv'), ZH_FR);
    const io = recorder(false);
    const args = alignArgs();
    expect(await main([...args, '--format', 'json'], io)).toBe(0);
    expect(io.logs[0]).toContain('(zh → fr)');
    expect(await hints()).toEqual([
      '一带一路→la Ceinture et la Route',
      '外交部→ministère des Affaires étrangères',
    ]);
  });

  it('leaves out the French entries of an English translation and says how to get them', async () => {
    await writeFile(join(dir, 'glossary', 'zh-fr.tsv'), ZH_FR);
    await writeFile(join(dir, 'glossary', 'zh-en.tsv'), ZH_EN);
    const io = recorder(false);
    const args = alignArgs();
    expect(await main([...args, '--format', 'json'], io)).toBe(0);
    expect(await hints()).toEqual(['王毅→Wang Yi', '一带一路→Belt and Road']);
    const printed = [...io.logs, ...io.errors].join('\n');
    expect(printed).toContain('(zh → en)');
    expect(io.errors).toContain(
      `  warning: 2 entries of glossary ${join(dir, 'glossary', 'zh-fr.tsv')} give French (fr) renderings, not ` +
        'English (en), so they were left out of the term hints of 1 document. For a translation into French (fr), ' +
        'run tandem align again with --to fr. [glossary-other-target]',
    );
    // One term in a zh/en and a zh/fr file is no conflict.
    expect(printed).not.toContain('glossary-conflicting-targets');

    const json = recorder(true);
    expect(await main([...args, '--format', 'json', '--json'], json)).toBe(0);
    const summary = JSON.parse(json.logs[0]!) as AlignSummary;
    expect(summary.files[0]!.problems).toEqual([
      expect.objectContaining({
        code: 'glossary-other-target',
        severity: 'warning',
        file: join(dir, 'glossary', 'zh-fr.tsv'),
      }),
    ]);

    // With --to fr, the French entries are the ones used, and the English file is no error: it is left out.
    const french = recorder(false);
    expect(await main([...args, '--format', 'json', '--to', 'fr'], french)).toBe(0);
    expect(await hints()).toEqual([
      '一带一路→la Ceinture et la Route',
      '外交部→ministère des Affaires étrangères',
    ]);
    const printedFrench = [...french.logs, ...french.errors].join('\n');
    expect(printedFrench).not.toContain('glossary-language-missing');
    expect(printedFrench).toContain(
      `2 entries of glossary ${join(dir, 'glossary', 'zh-en.tsv')} give English (en) renderings, not French (fr)`,
    );
  });

  it('checks a French workbook against the French renderings of a termbase of three, without --to', async () => {
    await writeFile(join(dir, 'glossary', 'three.tbx'), THREE);
    const out = join(dir, 'out');
    expect(await main(['align', join(dir, 'doc.txt'), '--out', out, '--to', 'fr'], recorder(false))).toBe(0);
    const workbook = join(out, 'doc.xlsx');
    await writeFile(
      workbook,
      editWorkbook(await readFile(workbook), (_, rows) => {
        rows[1]![2] = text('Wang Yi a dit que la Ceinture et la Route était une bonne chose.');
        rows[2]![2] = text('Le porte-parole du ministère a salué cela.');
      }),
    );
    const io = recorder(false);
    await main(['qa', workbook, '--glossary', join(dir, 'glossary', 'three.tbx'), '--no-report'], io);
    const printed = [...io.logs, ...io.errors].join('\n');
    expect(printed).toContain('missing-term');
    expect(printed).toContain('ministère des Affaires étrangères');
    expect(printed).not.toContain('Ministry of Foreign Affairs');
  });

  it('says it once for a batch, with the number of documents', async () => {
    await writeFile(join(dir, 'glossary', 'zh-fr.tsv'), ZH_FR);
    await writeFile(join(dir, 'glossary', 'zh-en.tsv'), ZH_EN);
    await writeFile(join(dir, 'second.txt'), '外交部发言人再次表示欢迎。\n');
    const io = recorder(false);
    const args = [...alignArgs(), join(dir, 'second.txt'), '--format', 'json'];
    expect(await main(args, io)).toBe(0);
    const lines = io.errors.filter((line) => line.includes('glossary-other-target'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('so they were left out of the term hints of 2 documents.');
  });

  it('goes on in the language of the workbook aligned before, whatever the glossary now gives', async () => {
    const out = join(dir, 'out');
    expect(await main(['align', join(dir, 'doc.txt'), '--out', out], recorder(false))).toBe(0);
    const workbook = join(out, 'doc.xlsx');
    await writeFile(
      workbook,
      editWorkbook(await readFile(workbook), (_, rows) => {
        rows[1]![2] = text('Wang Yi said the Belt and Road was good.');
      }),
    );
    // Only a zh/fr glossary now, no --to: the English workbook goes on in English, its translation carried over.
    await writeFile(join(dir, 'glossary', 'zh-fr.tsv'), ZH_FR);
    const io = recorder(false);
    expect(await main([...alignArgs(), '--format', 'xlsx,json'], io)).toBe(0);
    expect(io.logs[0]).toContain('(zh → en)');
    const json = JSON.parse(await readFile(join(out, 'doc.json'), 'utf8')) as {
      segments: { target: string }[];
    };
    expect(json.segments[0]!.target).toBe('Wang Yi said the Belt and Road was good.');
    expect(io.errors.join('\n')).toContain('give French (fr) renderings, not English (en)');
  });
});
