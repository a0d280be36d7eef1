import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pairSegments } from '../../src/align/pair-segments.js';
import { writeWorkbook } from '../../src/export/xlsx.js';
import { buildTermIndex, matchTerms } from '../../src/glossary/index.js';
import { MAX_WORKBOOK_BYTES } from '../../src/import/read-workbook.js';
import { loadGlossaries } from '../../src/pipeline/load-glossaries.js';
import { MAX_WORKBOOK_UNPACKED_BYTES } from '../../src/read/inspect-spreadsheet.js';
import { MAX_TEXT_BYTES, readDocument } from '../../src/read/read-document.js';
import { detectSpeakers, segmentDocument } from '../../src/segment/index.js';

const SAMPLE = new URL('../../input/interview.txt', import.meta.url);
const GLOSSARY = new URL('../../glossary/foreign-affairs.tsv', import.meta.url).pathname;

/**
 * The bounds on what tandem reads must let through what it writes: the workbook of the largest document `align`
 * takes, once every row is translated, must still be read by `qa`, `build` and the next `align`. Measured on the
 * sample interview and its glossary, translated by a stand-in as long in UTF-8 as each source (English from Chinese
 * is shorter), and scaled up to the largest document.
 */
describe('size bounds', () => {
  it('let the translated workbook of the largest document allowed be read back, with room to spare', async () => {
    const doc = await readDocument(readFileSync(SAMPLE), SAMPLE.pathname);
    const speakers = detectSpeakers(doc.paragraphs.map((p) => p.text));
    const segments = segmentDocument(doc, { language: 'zh', speakers });
    const glossary = await loadGlossaries([GLOSSARY]);
    const index = buildTermIndex(glossary.entries, { language: 'zh' });
    const aligned = pairSegments(
      doc,
      segments,
      segments.map((s) => matchTerms(index, s.source)),
      { sourceLanguage: 'zh', targetLanguage: 'en', created: '2026-01-01T00:00:00.000Z' },
    );
    const translated = aligned.segments.map((segment) => ({
      ...segment,
      target: 'x'.repeat(Buffer.byteLength(segment.source)),
      status: 'translated' as const,
      notes: ['Checked against the original.'],
    }));
    const workbook = await writeWorkbook({ ...aligned, segments: translated });
    const parts = unzipSync(workbook);
    const size = (name: string) => parts[name]?.length ?? 0;
    const unpacked = Object.keys(parts).reduce((n, name) => n + size(name), 0);
    // Parts that grow with the text: the shared strings, Segments, TermMatches and Structure. The rest (the
    // Glossary and TermEntries sheets of matched entries, styles) is bounded by the glossary, not the document.
    const withText =
      size('xl/sharedStrings.xml') +
      size('xl/worksheets/sheet1.xml') +
      size('xl/worksheets/sheet3.xml') +
      size('xl/worksheets/sheet5.xml');
    expect(withText).toBeGreaterThan(unpacked / 2);
    const textBytes = doc.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text) + 1, 0);

    // About ten bytes of XML per byte of text: 200 MB for the largest document, which the bound takes with a quarter
    // to spare.
    const largest = (withText / textBytes) * MAX_TEXT_BYTES + (unpacked - withText);
    expect(largest * 1.25).toBeLessThan(MAX_WORKBOOK_UNPACKED_BYTES);
    // And such a workbook, compressed as this one is, is not refused for its file size first.
    expect(MAX_WORKBOOK_UNPACKED_BYTES * (workbook.length / unpacked) * 1.25).toBeLessThan(
      MAX_WORKBOOK_BYTES,
    );
  });
});
