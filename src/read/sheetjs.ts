import { createInflateRaw, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { MAX_UNPACKED_BYTES, MAX_WORKBOOK_UNPACKED_BYTES } from './inspect-spreadsheet.js';

/** The undocumented synchronous entry of Node's zlib streams that SheetJS calls. */
interface RawInflate {
  readonly _finishFlushFlag: number;
  readonly bytesWritten: number;
  _processChunk(chunk: Uint8Array, flag: number): Buffer;
}

/** What SheetJS asks of an inflater: one call over the rest of the zip, then how many bytes the part took. */
export interface SheetJsInflate {
  readonly _finishFlushFlag: number;
  bytesRead: number;
  _processChunk(chunk: Uint8Array, flag: number): Buffer;
}

/**
 * A constructor of inflaters for SheetJS that stop with an error past `maxOutput` bytes of output. SheetJS calls
 * `new InflateRaw()` (a constructor that returns an object gives that object), then reads `bytesRead`, which Node
 * deprecated in favour of `bytesWritten` with a warning on every read: it is read here under its new name.
 */
export function boundedInflateRaw(maxOutput: number): new () => SheetJsInflate {
  return function InflateRaw(): SheetJsInflate {
    const inflate = createInflateRaw({ maxOutputLength: maxOutput }) as unknown as RawInflate;
    return {
      _finishFlushFlag: inflate._finishFlushFlag,
      bytesRead: 0,
      _processChunk(chunk, flag) {
        const out = inflate._processChunk(chunk, flag);
        this.bytesRead = inflate.bytesWritten;
        return out;
      },
    };
  } as unknown as new () => SheetJsInflate;
}

/**
 * SheetJS, set to unpack zip parts with Node's zlib rather than its own inflate in JavaScript, which took a second
 * of the six it took to read a book's 15 MB workbook back. zlib also stops at the larger of the bounds on unpacked
 * spreadsheets ({@link MAX_UNPACKED_BYTES} for glossaries, {@link MAX_WORKBOOK_UNPACKED_BYTES} for workbooks), a
 * bound SheetJS's inflate does not have (the container is checked before SheetJS sees it, against the bound of its
 * kind; a second line costs nothing). Every module that reads spreadsheets imports SheetJS from here.
 */
XLSX.CFB.utils.use_zlib({
  InflateRaw: boundedInflateRaw(Math.max(MAX_UNPACKED_BYTES, MAX_WORKBOOK_UNPACKED_BYTES)),
  deflateRawSync,
});

export { XLSX };
