/** Characters of text gathered into one string before it is encoded: one call per few dozen rows, not per row. */
const PENDING_CHARS = 1 << 14;

/** Texts up to this long are copied by {@link ByteWriter.ascii} a byte at a time; longer ones are encoded natively. */
const ASCII_LOOP_CHARS = 256;

/** Where a {@link ByteWriter}'s chunks go, and where its next chunk comes from. */
export interface ChunkSink {
  /** A fresh chunk to write into; every chunk has the same length. */
  take(): Buffer;
  /**
   * Bytes written, `chunk.subarray(0, used)` of a chunk from {@link take} (`owned`: the writer is done with it), or
   * a buffer of their own (`owned` false: a text too long for a chunk). `final` on the last call.
   */
  put(bytes: Buffer, final: boolean, owned: Buffer | undefined): void;
}

/**
 * UTF-8 text written into chunks of a fixed size, rather than joined into one big string (which holds two bytes per
 * character once it has any Chinese) and encoded at the end.
 *
 * Two ways in. {@link write} takes any text; pieces are gathered into strings of about {@link PENDING_CHARS}
 * characters, each encoded at once (encoding each row's XML on its own cost a call into the encoder per row).
 * {@link ascii}, {@link digits}, {@link utf8} and {@link bytes} put bytes straight into the chunk, for writers of
 * many small pieces (a workbook's rows, a JSON document's term matches): building each row as a string made most of
 * a book's garbage, hundreds of megabytes for the 10 MB benchmark text, and collecting it took longer than writing
 * the bytes.
 */
export class ByteWriter {
  readonly #sink: ChunkSink;
  #chunk: Buffer;
  #used = 0;
  #pending = '';

  constructor(sink: ChunkSink) {
    this.#sink = sink;
    this.#chunk = sink.take();
  }

  /** Appends any text. */
  write(text: string): void {
    this.#pending += text;
    if (this.#pending.length >= PENDING_CHARS) this.#encode();
  }

  /**
   * Appends text known to be ASCII (markup, names of elements, keys), a byte per character. Anything else is passed
   * on to {@link utf8}, so a mistake costs speed, never the text.
   */
  ascii(text: string): void {
    const n = text.length;
    // A long text is encoded faster natively, and may not fit a chunk.
    if (n > ASCII_LOOP_CHARS || n > this.#chunk.length) {
      this.utf8(text);
      return;
    }
    if (this.#pending !== '') this.#encode();
    if (this.#used + n > this.#chunk.length) this.#nextChunk();
    const chunk = this.#chunk;
    let at = this.#used;
    for (let i = 0; i < n; i++) {
      const unit = text.charCodeAt(i);
      if (unit > 0x7f) {
        this.#used = at;
        this.utf8(text.slice(i));
        return;
      }
      chunk[at++] = unit;
    }
    this.#used = at;
  }

  /** Appends a number as `String(n)` writes it; whole numbers from 0 up without making a string. */
  digits(n: number): void {
    if (!(Number.isSafeInteger(n) && n >= 0)) {
      this.ascii(String(n));
      return;
    }
    const width = digitCount(n);
    if (width > this.#chunk.length) {
      this.utf8(String(n));
      return;
    }
    if (this.#pending !== '') this.#encode();
    if (this.#used + width > this.#chunk.length) this.#nextChunk();
    const chunk = this.#chunk;
    let at = this.#used + width;
    this.#used = at;
    let rest = n;
    do {
      chunk[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Appends any text as UTF-8, encoded at once rather than gathered. */
  utf8(text: string): void {
    if (this.#pending !== '') this.#encode();
    this.#put(text);
  }

  /** Appends bytes already encoded (a piece written over and over, encoded once). */
  bytes(bytes: Uint8Array): void {
    if (this.#pending !== '') this.#encode();
    const n = bytes.length;
    if (this.#used + n > this.#chunk.length) {
      this.#nextChunk();
      if (n > this.#chunk.length) {
        this.#sink.put(Buffer.from(bytes), false, undefined);
        return;
      }
    }
    const chunk = this.#chunk;
    let at = this.#used;
    if (n > ASCII_LOOP_CHARS) chunk.set(bytes, at);
    else for (let i = 0; i < n; i++) chunk[at + i] = bytes[i]!;
    at += n;
    this.#used = at;
  }

  /** Sends what is left; nothing may be written after. */
  end(): void {
    this.#encode();
    this.#sink.put(this.#chunk.subarray(0, this.#used), true, this.#chunk);
  }

  #encode(): void {
    const text = this.#pending;
    this.#pending = '';
    this.#put(text);
  }

  #put(text: string): void {
    // UTF-8 takes at most three bytes for a UTF-16 code unit.
    if (this.#used + text.length * 3 > this.#chunk.length && this.#used > 0) this.#nextChunk();
    if (text.length * 3 > this.#chunk.length) this.#sink.put(Buffer.from(text, 'utf8'), false, undefined);
    else this.#used += this.#chunk.write(text, this.#used, 'utf8');
  }

  /** Sends the bytes written so far on and starts a fresh chunk. */
  #nextChunk(): void {
    // An empty chunk has room enough already.
    if (this.#used === 0) return;
    this.#sink.put(this.#chunk.subarray(0, this.#used), false, this.#chunk);
    this.#chunk = this.#sink.take();
    this.#used = 0;
  }
}

/** Decimal digits of a whole number from 0 up: what {@link ByteWriter.digits} writes of it. */
export function digitCount(n: number): number {
  let count = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
}
