import { promisify } from 'node:util';
import * as nodeZlib from 'node:zlib';
import { deflateRaw as deflateRawCallback, constants as zlib } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { ByteWriter } from './byte-writer.js';

const deflateRaw = promisify(deflateRawCallback);

/**
 * zlib's CRC-32 (Node 20.15 and later): native, a dozen times faster than fflate's table loop, which took a quarter
 * of a second of the main thread for a book's workbook. Older Node falls back to fflate's.
 */
const nativeCrc32: ((data: Uint8Array, value?: number) => number) | undefined = (
  nodeZlib as { crc32?: (data: Uint8Array, value?: number) => number }
).crc32;

/** Bytes of text gathered before they are compressed: a few calls per megabyte of XML, little memory. */
const CHUNK_BYTES = 1 << 20;

/**
 * zlib's output buffer for a chunk: a workbook's XML deflates to a fifth or so, so a chunk's output is nearly always
 * one buffer. zlib's default of 16 KB gave a dozen, each a callback on the main thread, joined into one at the end.
 */
const OUTPUT_BYTES = 1 << 18;

/**
 * A zip entry deflated by Node's zlib rather than fflate's JavaScript deflate (which takes twice as long), on
 * libuv's thread pool, so that the entries of a package compress on other cores while the next rows are written.
 * Each chunk is deflated on its own and ends on a byte boundary (a sync flush) but the last, so the pieces join
 * into one stream; they are handed to the zip in order. The entry keeps the CRC and size of the uncompressed data,
 * as fflate's pass-through entry does.
 */
class NativeDeflate extends ZipPassThrough {
  readonly #level: number;
  #previous: Promise<void> = Promise.resolve();
  #failed = false;
  #crc = 0;
  #release: (() => void) | undefined;

  constructor(filename: string, level: number) {
    super(filename);
    this.compression = 8;
    this.#level = level;
  }

  /** `release`, when given, is called once zlib is done with `chunk`, so that its memory can take other bytes. */
  override push(chunk: Uint8Array, final = false, release?: () => void): void {
    this.#release = release;
    if (!nativeCrc32) {
      super.push(chunk, final);
      return;
    }
    if (!this.ondata) throw new Error('Expected the entry to be added to a zip before data is pushed to it.');
    this.#crc = nativeCrc32(chunk, this.#crc);
    this.size += chunk.length;
    if (final) this.crc = this.#crc;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const deflated = deflateRaw(chunk, {
      level: this.#level,
      finishFlush: final ? zlib.Z_FINISH : zlib.Z_SYNC_FLUSH,
      chunkSize: OUTPUT_BYTES,
    });
    const release = this.#release;
    this.#release = undefined;
    if (release) deflated.then(release, release);
    // Awaited below, in order; marked handled now so that a failure is not reported before its turn.
    deflated.catch(() => {});
    this.#previous = this.#previous.then(async () => {
      if (this.#failed) return;
      try {
        const data = await deflated;
        this.ondata(null, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), final);
      } catch (error) {
        this.#failed = true;
        this.ondata(Object.assign(error as Error, { code: 0 }), new Uint8Array(0), true);
      }
    });
  }
}

/**
 * Chunks of {@link CHUNK_BYTES} that zlib is done with, for the next ones: fresh memory costs page faults every time
 * (a tenth of a second of a book's workbook, in a profile). Chunks come back only when the writer lets the event loop
 * run, which the workbook's writers do every few thousand rows.
 */
class ChunkPool {
  readonly #free: Buffer[] = [];

  take(): Buffer {
    return this.#free.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  }

  give(chunk: Buffer): void {
    // A few are enough: zlib keeps up with the rows, so only the chunks it is working on are out.
    if (this.#free.length < 4) this.#free.push(chunk);
  }
}

/** Text written into one zip entry, compressed a chunk at a time as it fills (see {@link ByteWriter}). */
export class TextEntry extends ByteWriter {
  constructor(entry: NativeDeflate, pool: ChunkPool) {
    super({
      take: () => pool.take(),
      put: (bytes, final, owned) => entry.push(bytes, final, owned && (() => pool.give(owned))),
    });
  }
}

/**
 * A zip package written entry by entry (the OOXML container of workbooks and Word documents). Entries appear in
 * the order they were added, whatever order they are filled in: a later entry's compressed bytes wait for the ones
 * before it.
 */
export class ZipWriter {
  readonly #zip: Zip;
  readonly #output: Uint8Array[] = [];
  readonly #done: Promise<readonly Uint8Array[]>;
  readonly #level: number;
  readonly #pool = new ChunkPool();

  /** `level`: zlib's compression level for every entry. */
  constructor(level: number) {
    this.#level = level;
    let resolve: (pieces: readonly Uint8Array[]) => void = () => {};
    let reject: (error: Error) => void = () => {};
    this.#done = new Promise((yes, no) => {
      resolve = yes;
      reject = no;
    });
    this.#zip = new Zip((error, data, final) => {
      if (error) {
        reject(error);
        return;
      }
      this.#output.push(data);
      if (final) resolve(this.#output);
    });
  }

  /** A new entry to write text into; end it with {@link TextEntry.end}. */
  text(name: string): TextEntry {
    const entry = new NativeDeflate(name, this.#level);
    // Fixed, so the same document gives the same bytes.
    entry.mtime = new Date(1980, 0, 1);
    this.#zip.add(entry);
    return new TextEntry(entry, this.#pool);
  }

  /** A new entry holding `bytes`. */
  bytes(name: string, bytes: Uint8Array): void {
    const entry = new NativeDeflate(name, this.#level);
    entry.mtime = new Date(1980, 0, 1);
    this.#zip.add(entry);
    entry.push(bytes, true);
  }

  /** The package's bytes, once every entry added has been ended. */
  async finish(): Promise<Uint8Array> {
    return concat(await this.finishInPieces());
  }

  /**
   * {@link finish} as the pieces the package was made of, in order, for a file to be written from without joining
   * them first.
   */
  finishInPieces(): Promise<readonly Uint8Array[]> {
    this.#zip.end();
    return this.#done;
  }
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}
