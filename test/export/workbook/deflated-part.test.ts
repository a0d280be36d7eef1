import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatedPart, tableCrc32 } from '../../../src/export/workbook/deflated-part.js';

describe('tableCrc32', () => {
  it('gives the zip format’s CRC-32, also when continued over pieces', () => {
    const bytes = Buffer.from('123456789');
    expect(tableCrc32(bytes)).toBe(0xcbf43926);
    expect(tableCrc32(bytes.subarray(4), tableCrc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
    expect(tableCrc32(new Uint8Array())).toBe(0);
  });
});

describe('DeflatedPart', () => {
  it('compresses text written in many pieces, counting its UTF-8 bytes and checksum', async () => {
    const part = new DeflatedPart('x.xml', 3);
    const pieces = Array.from({ length: 30_000 }, (_, i) => `<row r="${i}">王毅 ${i}</row>`);
    for (const piece of pieces) part.write(piece);
    const done = await part.end();
    const text = Buffer.from(pieces.join(''), 'utf8');
    expect(done.name).toBe('x.xml');
    expect(done.size).toBe(text.byteLength);
    expect(done.crc).toBe(tableCrc32(text));
    expect(Buffer.from(inflateRawSync(done.data)).equals(text)).toBe(true);
  });
});
