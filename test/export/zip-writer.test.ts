import { crc32 as expectedCrc } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from '../../src/export/zip-writer.js';

describe('ZipWriter', () => {
  it('writes entries in the order they were added, whatever order they are filled in', async () => {
    const zip = new ZipWriter(3);
    const first = zip.text('first.xml');
    zip.bytes('second.bin', new Uint8Array([1, 2, 3]));
    const third = zip.text('third.xml');
    third.write('<c>三</c>');
    third.end();
    first.write('<a>');
    first.write('一');
    first.write('</a>');
    first.end();
    const files = unzipSync(await zip.finish());
    expect(Object.keys(files)).toEqual(['first.xml', 'second.bin', 'third.xml']);
    expect(strFromU8(files['first.xml']!)).toBe('<a>一</a>');
    expect([...files['second.bin']!]).toEqual([1, 2, 3]);
    expect(strFromU8(files['third.xml']!)).toBe('<c>三</c>');
  });

  it('keeps text that spans many chunks, and pieces bigger than a chunk, exactly', async () => {
    const zip = new ZipWriter(1);
    const entry = zip.text('big.xml');
    const pieces = Array.from({ length: 60_000 }, (_, i) => `<row r="${i}">王毅 ${i} “引号”</row>`);
    const huge = 'あ'.repeat(700_000);
    for (const piece of pieces.slice(0, 30_000)) entry.write(piece);
    entry.write(huge);
    for (const piece of pieces.slice(30_000)) entry.write(piece);
    entry.end();
    const files = unzipSync(await zip.finish());
    expect(strFromU8(files['big.xml']!)).toBe(
      pieces.slice(0, 30_000).join('') + huge + pieces.slice(30_000).join(''),
    );
  });

  it('keeps every byte when chunks that zlib is done with are filled again', async () => {
    const zip = new ZipWriter(1);
    const entry = zip.text('big.xml');
    const other = zip.text('other.xml');
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i}"><c t="s"><v>${i * 7}</v></c>王毅</row>`,
    );
    for (let i = 0; i < rows.length; i++) {
      entry.write(rows[i]!);
      other.write(rows[rows.length - 1 - i]!);
      // Pauses let zlib's answers in, so chunks go back to the pool and are taken again while others are out.
      if (i % 5_000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    entry.end();
    other.end();
    const files = unzipSync(await zip.finish());
    expect(strFromU8(files['big.xml']!)).toBe(rows.join(''));
    expect(strFromU8(files['other.xml']!)).toBe([...rows].reverse().join(''));
  });

  it("records the CRC-32 and size of every entry's uncompressed data, across chunks", async () => {
    const zip = new ZipWriter(3);
    const entry = zip.text('big.xml');
    const text = Array.from({ length: 200_000 }, (_, i) => `<r>${i} 王毅</r>`).join('');
    for (let at = 0; at < text.length; at += 7_000) entry.write(text.slice(at, at + 7_000));
    entry.end();
    zip.bytes('small.bin', new Uint8Array([9, 8, 7]));
    const bytes = Buffer.from(await zip.finish());
    // Central directory records (PK\x01\x02): CRC at +16, compressed size at +20, uncompressed size at +24.
    const recorded: { crc: number; size: number }[] = [];
    for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) {
      recorded.push({ crc: bytes.readUInt32LE(at + 16), size: bytes.readUInt32LE(at + 24) });
    }
    const utf8 = Buffer.from(text);
    expect(recorded).toEqual([
      { crc: expectedCrc(utf8), size: utf8.length },
      { crc: expectedCrc(new Uint8Array([9, 8, 7])), size: 3 },
    ]);
  });

  it('gives the same bytes for the same content', async () => {
    const make = async () => {
      const zip = new ZipWriter(6);
      const entry = zip.text('a.xml');
      entry.write('<a/>');
      entry.end();
      return zip.finish();
    };
    expect(Buffer.from(await make()).equals(Buffer.from(await make()))).toBe(true);
  });
});
