import { isZip, unpackedSize, zipDirectory } from './zip-directory.js';

/** What kind of file a workbook's bytes are, told from the bytes (never from the extension, which may lie). */
export type SpreadsheetKind = 'xlsx' | 'ods' | 'xls' | 'csv';

/** What {@link inspectSpreadsheet} found: a kind SheetJS may be handed, or why it must not be. */
export type SpreadsheetCheck =
  | {
      readonly ok: true;
      readonly kind: SpreadsheetKind;
      /** Bytes of the parts once unpacked (a zip's), or of the file (CSV, .xls): what reading it will take in. */
      readonly unpacked: number;
    }
  | {
      readonly ok: false;
      readonly problem:
        | 'empty'
        | 'encrypted'
        | 'too-large'
        | 'damaged'
        | 'word-document'
        | 'other-zip'
        | 'binary'
        | 'other-ole';
    };

/** More than this much unpacked XML is no glossary, and would exhaust memory (a zip bomb). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * The same bound for the workbooks tandem writes and reads back. It follows from the largest document tandem aligns
 * (`MAX_TEXT_BYTES`, 20 MB of text): that document's workbook, every row translated, unpacks to about 200 MB (10 MB
 * of Chinese gives 83 MB before translation, `npm run bench`), so the bound leaves room for longer translations and
 * notes. Reading a workbook this big takes SheetJS about 3 GB.
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 320 * 1024 * 1024;
/** A workbook is a few dozen parts; thousands are a trap (each costs SheetJS an allocation). */
const MAX_ENTRIES = 10_000;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Tells what a workbook file is and refuses, before SheetJS sees a byte, what it should never be handed: a zip whose
 * parts would unpack past `maxUnpacked` (declared sizes are summed, then every part is unpacked under
 * that cap, so a directory that lies about its sizes is caught too: a few hundred milliseconds for the largest
 * workbook allowed), encrypted zips, password-protected Office
 * files (an OLE container holding `EncryptedPackage`), Word documents, and binary files that are no spreadsheet
 * (SheetJS would read random bytes as a one-column CSV). Text is taken for CSV.
 */
export function inspectSpreadsheet(
  bytes: Uint8Array,
  /** Unpacked bytes allowed in all: {@link MAX_UNPACKED_BYTES}, or {@link MAX_WORKBOOK_UNPACKED_BYTES} for workbooks. */
  maxUnpacked = MAX_UNPACKED_BYTES,
): SpreadsheetCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return inspectOle(bytes);
  if (isZip(bytes)) return inspectZip(bytes, maxUnpacked);
  return looksLikeText(bytes)
    ? { ok: true, kind: 'csv', unpacked: bytes.length }
    : { ok: false, problem: 'binary' };
}

/** An OLE (Compound File) container: an old .xls, or an encrypted .xlsx (Office wraps those in OLE). */
function inspectOle(bytes: Uint8Array): SpreadsheetCheck {
  // Directory entry names are UTF-16LE; an encrypted OOXML package always has these two streams.
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
    return { ok: false, problem: 'encrypted' };
  }
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) {
    return { ok: true, kind: 'xls', unpacked: bytes.length };
  }
  if (containsUtf16(bytes, 'WordDocument')) return { ok: false, problem: 'word-document' };
  return { ok: false, problem: 'other-ole' };
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

function inspectZip(bytes: Uint8Array, maxUnpacked: number): SpreadsheetCheck {
  const entries = zipDirectory(bytes, MAX_ENTRIES);
  if (entries === undefined) return { ok: false, problem: 'damaged' };
  if (entries === 'too-many') return { ok: false, problem: 'too-large' };
  const unpacked = unpackedSize(bytes, entries, maxUnpacked);
  if (typeof unpacked === 'string') return { ok: false, problem: unpacked };
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin'))
    return { ok: true, kind: 'xlsx', unpacked };
  if (names.has('content.xml') && names.has('mimetype')) return { ok: true, kind: 'ods', unpacked };
  if (entries.some((entry) => entry.name.startsWith('word/'))) return { ok: false, problem: 'word-document' };
  return { ok: false, problem: 'other-zip' };
}

/** Text files have no NUL bytes (UTF-16 aside) and few control characters; binaries have plenty of both. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  // UTF-16 without a mark has a NUL in every other byte of ASCII text; decodeText will sort that out.
  if (nul > n * 0.3) return nul < n * 0.6;
  return nul === 0 && control < n * 0.01;
}
