import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeBilingualDocx } from '../../src/export/docx.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import {
  inspectSpreadsheet,
  MAX_UNPACKED_BYTES,
  MAX_WORKBOOK_UNPACKED_BYTES,
} from '../../src/read/inspect-spreadsheet.js';
import { editWorkbook, text } from '../fixtures/roundtrip/workbook-edits.js';
import { sampleDocument } from '../helpers/sample-document.js';

/** The one error a refused file gives. */
function refusal(bytes: Uint8Array, name = 'hostile.xlsx') {
  const result = readWorkbook(bytes, name);
  expect(result.document).toBeUndefined();
  expect(result.findings).toHaveLength(1);
  expect(result.findings[0]).toMatchObject({ severity: 'error', file: name });
  return result.findings[0]!;
}

/** A minimal xlsx package around one sheet's XML, as any program could write it. */
function xlsxWith(sheetXml: string, sheetName = 'Segments'): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
      ),
    },
    { level: 1 },
  );
}

/** Offsets of the central directory records of a zip, to tamper with what they declare. */
function centralRecords(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets: number[] = [];
  for (let p = 0; p + 4 <= bytes.length; p++) if (view.getUint32(p, true) === 0x02014b50) offsets.push(p);
  return offsets;
}

/** A zip written by hand, so each part can declare whatever size a test wants (CRCs are left 0: never checked). */
function rawZip(
  entries: readonly { name: string; data: Uint8Array; size: number; method: number }[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    chunks.push(local, entry.data);
    central.push(record);
    offset += local.length + entry.data.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const bytes = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const chunk of all) {
    bytes.set(chunk, p);
    p += chunk.length;
  }
  return bytes;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanKeys = prototypeKeys();
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(cleanKeys);
});

describe('hostile and broken files', () => {
  it('refuses what is not a spreadsheet, saying what it is', async () => {
    const pdf = strToU8(
      '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001\u0002\u0003',
    );
    expect(refusal(pdf, 'interview.pdf')).toMatchObject({ code: 'workbook-not-spreadsheet' });
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(refusal(random).message).toContain('is not a spreadsheet (expected .xlsx, .ods, .xls or .csv)');
    const docx = await writeBilingualDocx(sampleDocument());
    expect(refusal(docx, 'interview.docx').message).toBe(
      'interview.docx is a Word document, not a spreadsheet. Give tandem the workbook (.xlsx) that `tandem align` wrote.',
    );
    expect(refusal(new Uint8Array(0)).message).toBe('hostile.xlsx is empty (0 bytes).');
    expect(refusal(strToU8('garbage\n'), 'interview.xlsx').message).toContain(
      'it holds plain text, not a workbook',
    );
    expect(refusal(zipSync({ 'readme.txt': strToU8('hello') }))).toMatchObject({
      code: 'workbook-not-spreadsheet',
    });
  });

  it('refuses a damaged zip (a download cut short) before SheetJS reads it', async () => {
    const bytes = await writeWorkbook(sampleDocument());
    expect(refusal(bytes.subarray(0, bytes.length - 100)).message).toContain('is damaged');
  });

  it('refuses a password-protected workbook (an OLE container of encrypted parts) with what to do', () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array(64).fill(4));
    XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4096).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as number[]);
    expect(inspectSpreadsheet(bytes)).toEqual({ ok: false, problem: 'encrypted' });
    const finding = refusal(bytes);
    expect(finding.code).toBe('workbook-password');
    expect(finding.message).toContain('remove the password');
  });

  it('refuses a zip whose parts declare a huge size, before unpacking anything', async () => {
    const bytes = new Uint8Array(await writeWorkbook(sampleDocument()));
    const view = new DataView(bytes.buffer);
    view.setUint32(centralRecords(bytes)[0]! + 24, 400 * 1024 * 1024, true);
    expect(refusal(bytes)).toMatchObject({ code: 'workbook-too-large' });
  });

  it('refuses a zip bomb that lies about its sizes (321 MB of zeros declared as 1 KB)', () => {
    const bomb = deflateRawSync(Buffer.alloc(321 * 1024 * 1024), { level: 9 });
    const bytes = rawZip([
      { name: 'xl/workbook.xml', data: strToU8('<workbook/>'), size: 11, method: 0 },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(bomb), size: 1024, method: 8 },
    ]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(inspectSpreadsheet(bytes)).toEqual({ ok: false, problem: 'too-large' });
    expect(inspectSpreadsheet(bytes, MAX_WORKBOOK_UNPACKED_BYTES)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(refusal(bytes).message).toContain('would unpack to more than 320 MB');
  });

  it('lets a workbook unpack further than a glossary may: a 20 MB book, translated, unpacks to about 200 MB', () => {
    // 250 MB of XML: past the glossary bound, within the workbook bound.
    const big = deflateRawSync(Buffer.alloc(250 * 1024 * 1024, 0x20), { level: 1 });
    const bytes = rawZip([
      { name: 'xl/workbook.xml', data: strToU8('<workbook/>'), size: 11, method: 0 },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(big), size: 250 * 1024 * 1024, method: 8 },
    ]);
    expect(250 * 1024 * 1024).toBeGreaterThan(MAX_UNPACKED_BYTES);
    expect(inspectSpreadsheet(bytes)).toEqual({ ok: false, problem: 'too-large' });
    expect(inspectSpreadsheet(bytes, MAX_WORKBOOK_UNPACKED_BYTES)).toEqual({
      ok: true,
      kind: 'xlsx',
      unpacked: 250 * 1024 * 1024 + 11,
    });
  });

  it('refuses a sheet of more rows than a spreadsheet holds within seconds, saying how many are read', () => {
    const bytes = xlsxWith(
      '<row><c t="inlineStr"><is><t>ID</t></is></c><c t="inlineStr"><is><t>Source</t></is></c><c t="inlineStr"><is><t>Target</t></is></c></row>' +
        '<row><c t="inlineStr"><is><t>p1.s1</t></is></c></row>'.repeat(1_048_576),
    );
    const finding = refusal(bytes);
    expect(finding.code).toBe('workbook-too-many-rows');
    expect(finding.message).toBe(
      'Sheet Segments has more than 1,048,576 rows; only that many are read, and a workbook made by tandem never has that many. Remove the empty or extra rows and try again.',
    );
  });

  it('refuses a CSV of more rows than a spreadsheet holds the same way', () => {
    const csv = `ID,Source,Target\n${'p1.s1,源,target\n'.repeat(1_048_576)}`;
    expect(refusal(strToU8(csv), 'huge.csv')).toMatchObject({ code: 'workbook-too-many-rows' });
  });

  it('keeps __proto__ and constructor, as headers, IDs, sheet names or JSON, away from every prototype', async () => {
    const doc = sampleDocument();
    const bytes = editWorkbook(await writeWorkbook(doc), (workbook, rows) => {
      rows[0]!.push(text('__proto__'), text('constructor'), text('prototype'));
      rows[1]!.push(text('{"polluted":true}'), text('polluted'), text('polluted'));
      rows.push(
        [text('__proto__'), text('{"polluted":true}'), text('{"polluted":true}')],
        [text('constructor'), text('prototype'), text('polluted')],
        [text('hasOwnProperty'), text('x'), text('x')],
      );
      const entries = workbook.Sheets.TermEntries!['!data']!;
      entries[1]![2] = text('{"__proto__":{"polluted":true}}');
      const matches = workbook.Sheets.TermMatches!['!data']!;
      matches.push([text('p1.s1'), text('{"__proto__":[[0,3,0]]}')]);
      const evil = XLSX.utils.aoa_to_sheet([['__proto__'], ['{"polluted":true}']], { dense: true });
      XLSX.utils.book_append_sheet(workbook, evil, '__proto__');
      XLSX.utils.book_append_sheet(workbook, evil, 'constructor');
    });
    const { document, findings } = readWorkbook(bytes, 'interview.xlsx');
    expect(document?.segments.map((s) => s.id)).toEqual(doc.segments.map((s) => s.id));
    expect(findings.filter((f) => f.code === 'workbook-unknown-id').map((f) => f.id)).toEqual([
      '__proto__',
      'constructor',
      'hasOwnProperty',
    ]);
    expect(document?.segments[0]?.terms[0]?.targets).toEqual(['{"__proto__":{"polluted":true}}']);
  });
});
