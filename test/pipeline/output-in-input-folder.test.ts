import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { recorder } from '../helpers/cli-output.js';

const GLOSSARY = join(import.meta.dirname, '../../glossary/foreign-affairs.tsv');
const SAMPLE = join(import.meta.dirname, '../../input/interview.txt');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-same-folder-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The translator's own Word document: someone else is its author. */
async function ownWordDocument(): Promise<Buffer> {
  const word = new Document({
    creator: 'Ann Lee',
    sections: [{ children: [new Paragraph('中国将继续推动构建人类命运共同体。我们支持多边主义。')] }],
  });
  return Packer.toBuffer(word);
}

async function align(folder: string, ...more: string[]) {
  const io = recorder();
  const code = await main(['align', folder, '--out', folder, '--glossary', GLOSSARY, ...more], io);
  return { code, said: [...io.logs, ...io.errors].join('\n') };
}

describe('tandem align with the output folder in the input folder', () => {
  it('never writes over the document it aligns, and does not take its own Word documents for inputs', async () => {
    const folder = join(root, 'docs');
    await mkdir(folder);
    await copyFile(SAMPLE, join(folder, 'interview.txt'));
    const own = await ownWordDocument();
    await writeFile(join(folder, 'speech.docx'), own);

    const first = await align(folder);
    // speech.docx's bilingual document would be speech.docx itself.
    expect(first.code).toBe(1);
    expect(first.said).toContain(
      `${join(folder, 'speech.docx')} is the document being aligned, and its bilingual document would replace it; ` +
        'nothing was written for it. Align into another folder with --out <folder>.',
    );
    expect(Buffer.from(await readFile(join(folder, 'speech.docx'))).equals(own)).toBe(true);
    expect((await readdir(folder)).sort()).toEqual([
      'interview.docx',
      'interview.txt',
      'interview.xlsx',
      'speech.docx',
    ]);

    // Run again: interview.docx is tandem's, not a new input, so interview's outputs keep their names.
    const second = await align(folder, '--format', 'xlsx');
    expect(second.said).toContain(
      `Skipped 1 Word document tandem wrote, not a document to translate: ${join(folder, 'interview.docx')}.`,
    );
    expect(second.said).toContain(`→ ${join(folder, 'interview.xlsx')}`);
    expect(second.said).toContain(`✓ ${join(folder, 'speech.docx')} (zh → en)`);
    expect((await readdir(folder)).filter((name) => name.endsWith('.xlsx')).sort()).toEqual([
      'interview.xlsx',
      'speech.xlsx',
    ]);

    // Named on the command line, it is aligned all the same.
    const named = join(root, 'named');
    const io = recorder();
    await main(['align', join(folder, 'interview.docx'), '--out', named, '--format', 'json'], io);
    expect(io.logs.join('\n')).toContain(`✓ ${join(folder, 'interview.docx')}`);
  });

  it('lists what it left out in the --json summary', async () => {
    const folder = join(root, 'json');
    await mkdir(folder);
    await copyFile(SAMPLE, join(folder, 'interview.txt'));
    await align(folder, '--format', 'docx');
    const io = recorder();
    await main(['align', folder, '--out', folder, '--format', 'json', '--json'], io);
    expect(JSON.parse(io.logs.join('\n')).skipped).toEqual([
      {
        path: join(folder, 'interview.docx'),
        reason: 'a Word document tandem wrote, not a document to translate',
      },
    ]);
  });
});
