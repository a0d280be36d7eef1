import { getHeapStatistics, type HeapInfo } from 'node:v8';

/**
 * JavaScript heap that reading a workbook and checking it takes, per byte of its parts unpacked, and besides. Found
 * by running `tandem qa` and `build` on translated workbooks with less and less heap (`--max-old-space-size`): one
 * of 97 MB unpacked (a 10 MB book) ran with 450 MB and ran out with 400 MB, one of 186 MB (a 20 MB book) ran with
 * 880 MB, one of 18 MB ran out with 64 MB and ran with 100 MB.
 */
export const HEAP_PER_UNPACKED_BYTE = 5;
const HEAP_BESIDES = 32 * 1024 * 1024;

const MB = 1024 * 1024;

/** What reading a workbook would take, when it is more than the heap has room for. */
export interface MemoryShortfall {
  /** Bytes of heap reading it would take. */
  readonly needed: number;
  /** Bytes of heap still free: Node's limit less what is in use. */
  readonly room: number;
  /** Node's heap limit: about a quarter of the computer's memory, at most 4 GB, unless set. */
  readonly limit: number;
}

/**
 * Whether reading a workbook of `unpacked` bytes would run out of the JavaScript heap: Node then stops with a fatal
 * error that says nothing of the file, where tandem can say what to do. A book's workbook near the largest allowed
 * (320 MB unpacked) needs about 1.6 GB; Node allows about a quarter of the computer's memory by default, so a
 * computer of 4 GB would run out.
 */
export function readingMemoryShortfall(
  unpacked: number,
  heap: Pick<HeapInfo, 'heap_size_limit' | 'used_heap_size'> = getHeapStatistics(),
): MemoryShortfall | undefined {
  const needed = unpacked * HEAP_PER_UNPACKED_BYTE + HEAP_BESIDES;
  const room = heap.heap_size_limit - heap.used_heap_size;
  return needed > room ? { needed, room, limit: heap.heap_size_limit } : undefined;
}

/**
 * What to tell the user about a workbook too big for the heap: the sizes, and the heap limit to run with (the need
 * and what is in use, rounded up to a whole GB), with how to set it.
 */
export function shortfallMessage(fileName: string, unpacked: number, shortfall: MemoryShortfall): string {
  const inUse = shortfall.limit - shortfall.room;
  const suggested = Math.ceil((shortfall.needed + inUse) / (1024 * MB)) * 1024;
  const size = (bytes: number) =>
    bytes < 1024 * MB ? `${Math.round(bytes / MB)} MB` : `${(bytes / 1024 / MB).toFixed(1)} GB`;
  return (
    `${fileName} is too big to read with the memory Node.js lets tandem use on this computer: its parts unpack to ` +
    `${size(unpacked)}, reading them takes about ${size(shortfall.needed)}, and ${size(shortfall.room)} ` +
    `is free of the ${size(shortfall.limit)} allowed. Run the same tandem command again with more memory allowed: ` +
    `put NODE_OPTIONS=--max-old-space-size=${suggested} before it (macOS, Linux), or run ` +
    `\`set NODE_OPTIONS=--max-old-space-size=${suggested}\` first (Windows command prompt). The computer needs at ` +
    `least ${Math.ceil(suggested / 1024) + 2} GB of memory for that.`
  );
}
