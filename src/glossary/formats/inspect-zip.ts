/** What the zip's own directory says about it, read before any decompression. */
export type ZipCheck =
  | { readonly ok: true; readonly entries: number; readonly uncompressed: number }
  | { readonly ok: false; readonly problem: 'not-zip' | 'damaged' | 'encrypted' | 'too-large' };

/** More than this much decompressed XML is no glossary, and would exhaust memory (a zip bomb). */
export const MAX_UNCOMPRESSED = 256 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

/**
 * Reads a zip's central directory (no decompression) to refuse what SheetJS should never be handed: files that
 * are not zips (SheetJS would read random bytes as CSV), encrypted entries, and archives that would inflate past
 * {@link MAX_UNCOMPRESSED}. Zip64 archives count as too large: no glossary needs one.
 */
export function inspectZip(bytes: Uint8Array): ZipCheck {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return { ok: false, problem: 'not-zip' };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'damaged' };
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, problem: 'too-large' };
  if (count > MAX_ENTRIES) return { ok: false, problem: 'too-large' };
  let p = offset;
  let uncompressed = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      return { ok: false, problem: 'damaged' };
    const flags = view.getUint16(p + 8, true);
    const size = view.getUint32(p + 24, true);
    if (flags & 1) return { ok: false, problem: 'encrypted' };
    if (size === 0xffffffff) return { ok: false, problem: 'too-large' };
    uncompressed += size;
    if (uncompressed > MAX_UNCOMPRESSED) return { ok: false, problem: 'too-large' };
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { ok: true, entries: count, uncompressed };
}
