import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBilingualDocx } from '../../src/export/docx.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { sampleDocument } from '../helpers/sample-document.js';

function installed(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const canRender = installed('soffice') && installed('pdftotext');
const dir = mkdtempSync(join(tmpdir(), 'tandem-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts a file with LibreOffice to PDF (its own profile, so parallel runs don't collide); returns the PDF path. */
function toPdf(file: string): string {
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  return file.replace(/\.[^.]+$/, '.pdf');
}

function pdfText(pdf: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...pages, pdf, '-'], { encoding: 'utf8' });
}

describe.skipIf(!canRender)('LibreOffice opens what we write', () => {
  it('renders the bilingual document with Chinese text and the table header repeated on page 2', async () => {
    const file = join(dir, 'interview.docx');
    writeFileSync(file, await writeBilingualDocx(sampleDocument()));
    const pdf = toPdf(file);
    expect(pdfText(pdf, 1)).toContain('王毅就年国际形势和外交工作接受');
    const second = pdfText(pdf, 2);
    expect(second).toContain('Source (Chinese)');
    expect(second).toContain('Target (English)');
    expect(pdfText(pdf)).toContain('Glossary');
  });

  it('renders the workbook’s visible sheets only, with the Segments sheet first', async () => {
    const file = join(dir, 'interview.xlsx');
    writeFileSync(file, await writeWorkbook(sampleDocument()));
    const text = pdfText(toPdf(file));
    expect(text.indexOf('Target')).toBeGreaterThan(-1);
    expect(text).toContain('=== 全文如下 ===');
    expect(text).toContain('Alternatives');
    expect(text).not.toContain('formatVersion');
    expect(text).not.toContain('Paragraph');
  });
});
