import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/export/byte-writer.js';

/** A writer over chunks of `size` bytes, and what it sent: the text, the calls, and which chunks came back. */
function writer(size: number) {
  const sent: { bytes: Buffer; final: boolean; owned: boolean }[] = [];
  const taken: Buffer[] = [];
  const out = new ByteWriter({
    take: () => {
      const chunk = Buffer.alloc(size);
      taken.push(chunk);
      return chunk;
    },
    put: (bytes, final, owned) => {
      // Copied: a chunk given back may be written again.
      sent.push({ bytes: Buffer.from(bytes), final, owned: owned !== undefined });
      if (owned !== undefined && !taken.includes(owned)) throw new Error('gave back a chunk it never took');
    },
  });
  const text = () => Buffer.concat(sent.map((s) => s.bytes)).toString('utf8');
  return { out, sent, text };
}

describe('ByteWriter', () => {
  it('writes every kind of piece in order across chunk boundaries', () => {
    const { out, sent, text } = writer(16);
    const expected: string[] = [];
    const pieces: [keyof ByteWriter, unknown, string][] = [
      ['ascii', '<row r="', '<row r="'],
      ['digits', 0, '0'],
      ['digits', 1234567890123, '1234567890123'],
      ['digits', 2 ** 53 + 2, '9007199254740994'],
      ['write', '中国 → China\n', '中国 → China\n'],
      ['ascii', 'ab', 'ab'],
      ['utf8', '人类命运共同体', '人类命运共同体'],
      ['bytes', Buffer.from('"source":"中方"}'), '"source":"中方"}'],
      ['digits', -3, '-3'],
      ['digits', 0.25, '0.25'],
      ['digits', 2 ** 60, String(2 ** 60)],
      // Not ASCII after all: nothing is lost.
      ['ascii', 'ID 中方 😀', 'ID 中方 😀'],
      // Longer than a chunk, as text and as bytes.
      ['utf8', '长'.repeat(40), '长'.repeat(40)],
      ['bytes', Buffer.from('x'.repeat(40)), 'x'.repeat(40)],
      ['ascii', 'y'.repeat(300), 'y'.repeat(300)],
      ['write', 'end', 'end'],
    ];
    for (const [method, value, text] of pieces) {
      (out[method] as (v: unknown) => void).call(out, value);
      expected.push(text);
    }
    out.end();
    expect(text()).toBe(expected.join(''));
    expect(sent.filter((s) => s.final)).toHaveLength(1);
    expect(sent.at(-1)?.final).toBe(true);
    // Nothing empty is sent before the end, and no chunk holds more than it can.
    expect(sent.slice(0, -1).every((s) => s.bytes.length > 0)).toBe(true);
    expect(sent.filter((s) => s.owned).every((s) => s.bytes.length <= 16)).toBe(true);
  });

  it('gathers written text and sends it before any piece written after it', () => {
    const { out, text } = writer(1 << 10);
    out.write('<a>');
    out.digits(7);
    out.write('</a>');
    out.ascii('<b/>');
    out.end();
    expect(text()).toBe('<a>7</a><b/>');
  });

  it('sends one final, empty chunk when nothing was written', () => {
    const { out, sent } = writer(8);
    out.end();
    expect(sent).toEqual([{ bytes: Buffer.alloc(0), final: true, owned: true }]);
  });
});
