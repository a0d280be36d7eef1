import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, constants as zlib } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boundedInflateRaw, XLSX } from '../../src/read/sheetjs.js';

const MODULE = fileURLToPath(new URL('../../src/read/sheetjs.ts', import.meta.url));

describe('SheetJS with Node zlib', () => {
  it('reads a compressed workbook back, value for value', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`p1.s${i + 1}`, `外交部发言人第${i}次答问。`, '']);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([['ID', 'Source', 'Target'], ...rows]),
      'Segments',
    );
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
    const read = XLSX.read(bytes, { type: 'buffer', dense: true });
    const back = XLSX.utils.sheet_to_json<string[]>(read.Sheets.Segments!, { header: 1, defval: '' });
    expect(back).toEqual([['ID', 'Source', 'Target'], ...rows]);
  });

  it('prints nothing on the terminal: no deprecation warning from reading a workbook', () => {
    // A process of its own: Node prints a deprecation once per process, at the first use, which may be an import.
    const script = `
      const { XLSX } = await import(${JSON.stringify(MODULE)});
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['ID', 'Source']]), 'Segments');
      const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
      process.stdout.write(String(XLSX.read(bytes, { type: 'buffer' }).SheetNames));
      await new Promise((resolve) => setTimeout(resolve, 10));
    `;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Segments');
  });

  it('tells SheetJS how many bytes a part took, so the next part is found', () => {
    const part = deflateRawSync(Buffer.from('<sst/>'.repeat(100)));
    const rest = Buffer.concat([part, Buffer.from('PK\u0003\u0004 next entry')]);
    const Inflate = boundedInflateRaw(1 << 20);
    const inflate = new Inflate();
    const out = inflate._processChunk(rest, inflate._finishFlushFlag);
    expect(out.toString()).toBe('<sst/>'.repeat(100));
    expect(inflate.bytesRead).toBe(part.length);
  });

  it('stops a part that unpacks past the bound, whatever the zip directory says', () => {
    const Inflate = boundedInflateRaw(1_000);
    const inflate = new Inflate();
    const bomb = deflateRawSync(Buffer.alloc(1_000_000));
    expect(() => inflate._processChunk(bomb, zlib.Z_FINISH)).toThrow(
      /Cannot create a Buffer larger than|larger than/i,
    );
  });
});
