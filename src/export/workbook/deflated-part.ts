import * as zlib from 'node:zlib';

/** One file of a zip package, compressed: what the zip's directory needs to know of it. */
export interface CompressedPart {
  readonly name: string;
  readonly data: Uint8Array<ArrayBuffer>;
  /** Bytes before compression. */
  readonly size: number;
  readonly crc: number;
}

/** Text gathered before it is encoded and handed to zlib: large enough to keep calls few, small enough to stay cheap. */
const FLUSH_AT = 1 << 16;

/**
 * A package part written as text, piece by piece, and deflated as it goes: zlib compresses on libuv's thread pool
 * while the caller goes on building the next pieces, and only the compressed bytes are kept. A book's workbook never
 * exists as one big XML string.
 */
export class DeflatedPart {
  readonly name: string;
  readonly #stream: zlib.DeflateRaw;
  readonly #output: Buffer[] = [];
  readonly #done: Promise<void>;
  #pending: string[] = [];
  #pendingLength = 0;
  #size = 0;
  #crc = 0;

  constructor(name: string, level: number) {
    this.name = name;
    this.#stream = zlib.createDeflateRaw({ level, chunkSize: 1 << 18 });
    this.#stream.on('data', (chunk: Buffer) => this.#output.push(chunk));
    this.#done = new Promise((resolve, reject) => {
      this.#stream.on('end', resolve);
      this.#stream.on('error', reject);
    });
  }

  /** Appends text (XML, already escaped). */
  write(text: string): void {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= FLUSH_AT) this.#flush();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const bytes = Buffer.from(this.#pending.join(''), 'utf8');
    this.#pending = [];
    this.#pendingLength = 0;
    this.#size += bytes.byteLength;
    this.#crc = crc32(bytes, this.#crc);
    this.#stream.write(bytes);
  }

  /** Finishes the part: the compressed bytes with their size and checksum. */
  async end(): Promise<CompressedPart> {
    this.#flush();
    this.#stream.end();
    await this.#done;
    const data = Buffer.concat(this.#output);
    return {
      name: this.name,
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      size: this.#size,
      crc: this.#crc,
    };
  }
}

/** CRC-32 of the zip format, continuing from `previous`: zlib's own where Node has it (20.15 and later), else a table. */
function crc32(data: Uint8Array, previous: number): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  return native ? native(data, previous) : tableCrc32(data, previous);
}

let table: Uint32Array | undefined;

/** CRC-32 computed with a lookup table, for Node versions without `zlib.crc32`. */
export function tableCrc32(data: Uint8Array, previous = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
