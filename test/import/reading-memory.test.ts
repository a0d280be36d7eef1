import { describe, expect, it } from 'vitest';
import { readingMemoryShortfall, shortfallMessage } from '../../src/import/reading-memory.js';

const MB = 1024 * 1024;

describe('readingMemoryShortfall', () => {
  it('lets a workbook through when the heap has room for five times its unpacked size and a little more', () => {
    const heap = { heap_size_limit: 2096 * MB, used_heap_size: 96 * MB };
    // 5 × 390 MB + 32 MB = 1,982 MB ≤ 2,000 MB free.
    expect(readingMemoryShortfall(390 * MB, heap)).toBeUndefined();
    expect(readingMemoryShortfall(400 * MB, heap)).toEqual({
      needed: 5 * 400 * MB + 32 * MB,
      room: 2000 * MB,
      limit: 2096 * MB,
    });
  });

  it('counts what is already in use: the same workbook may not fit later in a run', () => {
    expect(readingMemoryShortfall(300 * MB, { heap_size_limit: 2096 * MB, used_heap_size: 96 * MB })).toBe(
      undefined,
    );
    expect(
      readingMemoryShortfall(300 * MB, { heap_size_limit: 2096 * MB, used_heap_size: 900 * MB }),
    ).toBeDefined();
  });

  it('asks this process: a small workbook fits in the default heap', () => {
    expect(readingMemoryShortfall(10 * MB)).toBeUndefined();
  });
});

describe('shortfallMessage', () => {
  it('says how big the file is, what it takes, what is free, and the setting to run again with', () => {
    const shortfall = { needed: 1632 * MB, room: 900 * MB, limit: 1072 * MB };
    const message = shortfallMessage('book.xlsx', 320 * MB, shortfall);
    expect(message).toContain('book.xlsx is too big to read with the memory Node.js lets tandem use');
    expect(message).toContain(
      'its parts unpack to 320 MB, reading them takes about 1.6 GB, and 900 MB is free',
    );
    expect(message).toContain('of the 1.0 GB allowed');
    // 1,632 MB needed + 172 MB in use, rounded up to whole GB.
    expect(message).toContain('put NODE_OPTIONS=--max-old-space-size=2048 before it (macOS, Linux)');
    expect(message).toContain('`set NODE_OPTIONS=--max-old-space-size=2048` first (Windows command prompt)');
    expect(message).toContain('at least 4 GB of memory');
  });
});
