/**
 * A Word document in two halves: the `docx` library writes the shell (styles, page setup, footer, document
 * properties: every part but the body's content) and we stream the body, written as strings, into its
 * `word/document.xml`. The body is encoded and compressed a few megabytes at a time, so memory stays near the
 * size of the finished file however long the document is.
 */
import { deflateRawSync, constants as zlib } from 'node:zlib';
import { type Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync, Zip, ZipPassThrough } from 'fflate';

/** The placeholder's text, marking where the body goes: the shell's body holds nothing to mistake it for. */
const MARKER = 'tandem-body-placeholder';
const DOCUMENT_PART = 'word/document.xml';
/** Bytes of body XML gathered before they are compressed. */
const CHUNK_BYTES = 1 << 22;

/** The paragraph that stands in a shell's section for the body {@link packDocx} writes there. */
export function bodyPlaceholder(): Paragraph {
  return new Paragraph({ text: MARKER });
}

/**
 * A zip entry compressed by Node's zlib rather than fflate's JavaScript deflate, which takes twice as long.
 * Each chunk is deflated on its own and ends on a byte boundary (a sync flush) but the last, so the pieces
 * join into one stream. fflate's pass-through entry keeps the CRC and size of the uncompressed data.
 */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const finishFlush = final ? zlib.Z_FINISH : zlib.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(chunk, { finishFlush }), final);
  }
}

/**
 * The .docx bytes of `shell`, whose single section holds one {@link bodyPlaceholder}, with `body`
 * (WordprocessingML of paragraphs and tables, in pieces) in its place. The other parts are the library's, in
 * the library's order.
 */
export async function packDocx(shell: Document, body: Iterable<string>): Promise<Uint8Array> {
  const parts = unzipSync(await Packer.toBuffer(shell));
  const output: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    output.push(data);
  });
  for (const [path, data] of Object.entries(parts)) {
    const entry = new NativeDeflate(path);
    zip.add(entry);
    if (path === DOCUMENT_PART) writeDocument(entry, strFromU8(data), body);
    else entry.push(data, true);
  }
  zip.end();
  const bytes = new Uint8Array(output.reduce((n, data) => n + data.length, 0));
  let at = 0;
  for (const data of output) {
    bytes.set(data, at);
    at += data.length;
  }
  return bytes;
}

/** Streams the shell's `word/document.xml` into `entry` with `body` in place of the placeholder paragraph. */
function writeDocument(entry: ZipPassThrough, shell: string, body: Iterable<string>): void {
  const marker = shell.indexOf(`>${MARKER}<`);
  const start = shell.lastIndexOf('<w:p>', marker);
  const end = shell.indexOf('</w:p>', marker);
  if (marker < 0 || start < 0 || end < 0)
    throw new Error(`${DOCUMENT_PART} of the shell has no body placeholder`);
  // Each piece is encoded straight into the chunk rather than joined into one string first: nearly twice as
  // fast.
  const encoder = new TextEncoder();
  let chunk = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  const write = (text: string) => {
    // UTF-8 takes at most three bytes for a UTF-16 code unit.
    if (used + text.length * 3 > chunk.length && used > 0) {
      entry.push(chunk.subarray(0, used));
      chunk = new Uint8Array(CHUNK_BYTES);
      used = 0;
    }
    if (text.length * 3 > chunk.length) entry.push(encoder.encode(text));
    else used += encoder.encodeInto(text, chunk.subarray(used)).written;
  };
  write(shell.slice(0, start));
  for (const piece of body) write(piece);
  write(shell.slice(end + '</w:p>'.length));
  entry.push(chunk.subarray(0, used), true);
}
