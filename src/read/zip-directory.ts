import { inflateRawSync } from 'node:zlib';

/** One part of a zip archive as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else no workbook uses. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared: a zip bomb may lie about it. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

/** Whether the bytes start like a zip archive (xlsx, ods, docx). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === ZIP_LOCAL;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Lists a zip's parts from its central directory, without unpacking anything. `undefined` when the directory cannot
 * be read (damaged, or a Zip64 archive, which no translator's file needs); `maxEntries` caps the work on a hostile one.
 */
export function zipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] | 'too-many' | undefined {
  const dv = view(bytes);
  let end = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (dv.getUint32(p, true) === ZIP_END) {
      end = p;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = dv.getUint16(end + 10, true);
  const offset = dv.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return 'too-many';
  if (count > maxEntries) return 'too-many';
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== ZIP_CENTRAL) return undefined;
    const nameLength = dv.getUint16(p + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: dv.getUint16(p + 10, true),
      encrypted: (dv.getUint16(p + 8, true) & 1) === 1,
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * Unpacks one part, refusing to produce more than `maxBytes` whatever its header declares: `too-large` for a part
 * that would (a zip bomb), `damaged` for one that cannot be unpacked.
 */
export function unpackZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): Uint8Array | 'too-large' | 'damaged' {
  const dv = view(bytes);
  const local = entry.localOffset;
  if (entry.encrypted || local + 30 > bytes.length || dv.getUint32(local, true) !== ZIP_LOCAL)
    return 'damaged';
  const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) return 'damaged';
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > maxBytes ? 'too-large' : data;
  if (entry.method !== 8) return 'damaged';
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged';
  }
}

/**
 * Unpacks `entries` one by one under a cap on their total, whatever the directory declares (a zip bomb may lie about
 * its sizes), and gives the total: `too-large` past `maxBytes`, `encrypted` or `damaged` for a part that cannot be
 * unpacked. The declared sizes are summed first, so an honest bomb is refused before anything is unpacked.
 */
export function unpackedSize(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  maxBytes: number,
): number | 'too-large' | 'encrypted' | 'damaged' {
  let declared = 0;
  for (const entry of entries) {
    if (entry.encrypted) return 'encrypted';
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return 'too-large';
    declared += entry.size;
    if (declared > maxBytes) return 'too-large';
  }
  let unpacked = 0;
  for (const entry of entries) {
    const data = unpackZipEntry(bytes, entry, maxBytes - unpacked);
    if (typeof data === 'string') return data;
    unpacked += data.length;
  }
  return unpacked;
}
