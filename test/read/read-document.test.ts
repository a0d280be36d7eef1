import { readFileSync } from 'node:fs';
import {
  DeletedTextRun,
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, MAX_TEXT_BYTES, ReadError, readDocument } from '../../src/read/read-document.js';
import { MAX_DOCX_MARKUP_BYTES } from '../../src/read/read-docx.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/read/${name}`, import.meta.url));

describe('readDocument', () => {
  it('refuses a file bigger than a document to translate, saying how big and what to do', async () => {
    const error = await readDocument(new Uint8Array(MAX_INPUT_BYTES + 1), 'dump.txt').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toMatch(/64 MB; tandem reads documents up to 64 MB\. Split it/);
  });

  /** Lines of Chinese, `bytes` of UTF-8 in all or a little more. */
  function chineseLines(bytes: number): string {
    const line = `${'中国同各国发展友好合作关系。'.repeat(20)}\n`;
    return line.repeat(Math.ceil(bytes / Buffer.byteLength(line)));
  }

  it('refuses a document of more text than its workbook could be read back with, saying how much', async () => {
    const text = chineseLines(MAX_TEXT_BYTES + 1024 * 1024);
    const error = await readDocument(Buffer.from(text), 'book.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).file).toBe('book.txt');
    expect((error as Error).message).toBe(
      'The document holds 21 MB of text; tandem aligns up to 20 MB per document, so that its workbook can still be ' +
        'checked, built and aligned again once translated. Split it into smaller files.',
    );
  });

  it('measures the text, not the file: 14 MB of UTF-16 holding 21 MB of text as UTF-8 is refused', async () => {
    const text = chineseLines(MAX_TEXT_BYTES + 1024 * 1024);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(bytes.byteLength).toBeLessThan(15 * 1024 * 1024);
    await expect(readDocument(bytes, 'book.txt')).rejects.toThrow(/holds 21 MB of text/);
  });

  it('reads a document of just under that much text', async () => {
    const text = chineseLines(MAX_TEXT_BYTES - 1024 * 1024);
    const doc = await readDocument(Buffer.from(text), 'book.txt');
    expect(doc.paragraphs.length).toBe(text.split('\n').length - 1);
  });

  it('turns every non-empty line of a text file into a paragraph, CRLF or LF', async () => {
    const doc = await readDocument(fixture('gb18030.txt'), 'in/interview.txt');
    expect(doc).toMatchObject({ name: 'interview', format: 'txt', encoding: 'gb18030' });
    expect(doc.paragraphs.map((p) => p.index)).toEqual([1, 2]);
    expect(doc.paragraphs[1]!.text).toBe('王毅：2020年，无论对世界还是中国，都是极不平凡的一年。');
  });

  it('reads the paragraphs of a Word document', async () => {
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('王毅就2020年国际形势和外交工作接受采访')] }),
            new Paragraph({ children: [] }),
            new Paragraph({
              children: [new TextRun('记者：'), new TextRun({ text: '您如何看待这一年？', bold: true })],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(word);
    const doc = await readDocument(bytes, 'interview.docx');
    expect(doc.format).toBe('docx');
    expect(doc.paragraphs).toEqual([
      { index: 1, text: '王毅就2020年国际形势和外交工作接受采访' },
      { index: 2, text: '记者：您如何看待这一年？' },
    ]);
  });

  it('reads the footnotes and endnotes after the body, without tracked deletions or field codes', async () => {
    const changed = { id: 1, author: 'Editor', date: '2021-01-01T00:00:00Z' };
    const word = new Document({
      footnotes: {
        1: { children: [new Paragraph('见外交部网站。'), new Paragraph('引文有删节。')] },
        2: {
          children: [new Paragraph({ children: [new TextRun('R&D 与'), new TextRun({ text: ' <创新>' })] })],
        },
      },
      endnotes: { 1: { children: [new Paragraph('资料来源：新华社。')] } },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('中国支持'),
                new DeletedTextRun({ ...changed, text: '单边主义' }),
                new InsertedTextRun({ ...changed, id: 2, text: '多边主义' }),
                new TextRun('。'),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Paragraph({
              children: [new TextRun('第二段。'), new FootnoteReferenceRun(2), new EndnoteReferenceRun(1)],
            }),
          ],
        },
      ],
    });
    const doc = await readDocument(await Packer.toBuffer(word), 'notes.docx');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '中国支持多边主义。',
      '第二段。',
      '见外交部网站。',
      '引文有删节。',
      'R&D 与 <创新>',
      '资料来源：新华社。',
    ]);
    expect(doc.paragraphs.map((p) => p.role)).toEqual([
      undefined,
      undefined,
      'footnote',
      'footnote',
      'footnote',
      'endnote',
    ]);
  });

  it('reads page headers and footers after the notes, once each, without the page numbers fields show', async () => {
    const header = () => new Header({ children: [new Paragraph('中华人民共和国外交部')] });
    const footer = () =>
      new Footer({
        children: [
          new Paragraph({ children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })] }),
        ],
      });
    const section = (text: string) => ({
      headers: { default: header() },
      footers: { default: footer() },
      children: [new Paragraph(text)],
    });
    const word = new Document({ sections: [section('第一部分。'), section('第二部分。')] });
    // Word writes what a field last showed between its separate and end marks: page 1 here, page 2 in the other.
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(word)));
    for (const [name, page] of [
      ['word/footer1.xml', '1'],
      ['word/footer2.xml', '2'],
    ] as const) {
      parts[name] = strToU8(
        new TextDecoder()
          .decode(parts[name])
          .replace(
            '<w:fldChar w:fldCharType="separate"/></w:r>',
            `<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r>`,
          ),
      );
    }
    const doc = await readDocument(zipSync(parts), 'release.docx');
    expect(doc.paragraphs.map((p) => [p.text, p.role])).toEqual([
      ['第一部分。', undefined],
      ['第二部分。', undefined],
      ['中华人民共和国外交部', 'header'],
      ['第页', 'footer'],
    ]);
  });

  it('says which formats it reads when given another', async () => {
    await expect(readDocument(new Uint8Array([1, 2, 3]), 'slides.pptx')).rejects.toThrow(
      /cannot read \.pptx files; it reads \.txt, \.text, \.docx/,
    );
    await expect(readDocument(new Uint8Array([1, 2, 3]), 'old.doc')).rejects.toThrow(/Save the Word 97-2003/);
    await expect(readDocument(new Uint8Array([1, 2, 3]), 'interview.xlsx')).rejects.toThrow(
      'A translator workbook goes to `tandem qa` or `tandem build`, a glossary to --glossary.',
    );
  });

  it('explains a .docx that is not a zip (old .doc renamed, password-protected) and a broken one', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readDocument(ole, 'secret.docx')).rejects.toThrow(/password-protected/);
    const brokenZip = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]);
    const error = await readDocument(brokenZip, 'broken.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).message).toMatch(/could not be read.*save it again as \.docx/);
  });

  it('refuses a Word document that would unpack to more markup than any document it aligns (a zip bomb)', async () => {
    const word = new Document({ sections: [{ children: [new Paragraph('中国支持多边主义。')] }] });
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(word)));
    // The body padded with 129 MB of spaces: about 130 KB once deflated.
    const body = new TextDecoder().decode(parts['word/document.xml']);
    const at = body.indexOf('<w:body>');
    parts['word/document.xml'] = strToU8(
      `${body.slice(0, at)}<w:body>${' '.repeat(MAX_DOCX_MARKUP_BYTES + 1024 * 1024)}${body.slice(at + 8)}`,
    );
    const bomb = zipSync(parts, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readDocument(bomb, 'bomb.docx')).rejects.toThrow(
      'The Word document would unpack to more than 128 MB of text and markup',
    );
  });

  it('refuses a binary file with a .txt name with a clear message', async () => {
    await expect(readDocument(fixture('binary.txt'), 'binary.txt')).rejects.toThrow(
      /Could not tell the text encoding/,
    );
  });
});
