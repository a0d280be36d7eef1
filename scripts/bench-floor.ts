/**
 * The benchmark's reference rows: the bare floor (read, split at 。！？, write the same rows with SheetJS and
 * JSON.stringify), the floor's split alone and Intl.Segmenter. This module imports nothing of tandem, so that a
 * reference row's memory is not inflated by tandem's modules.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { need, type Scenario } from './bench-types.js';

/** The floor's sentence split: a break after every 。！？ and at every line end, nothing else. */
export function splitTrivially(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 0x3002 || code === 0xff01 || code === 0xff1f) {
        const sentence = line.slice(start, i + 1).trim();
        if (sentence) sentences.push(sentence);
        start = i + 1;
      }
    }
    const rest = line.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

/** Longest text given to Intl.Segmenter at once: ICU slows down badly on huge strings. */
const INTL_CHUNK = 10_000;

export const REFERENCE_SCENARIOS: Readonly<Record<string, Scenario>> = {
  /** The bare floor, timed from reading the file to the last byte written. */
  async floor(params, timed) {
    const path = need(params.text, 'text');
    const out = need(params.out, 'out');
    let rows = 0;
    let bytes = 0;
    await timed(async () => {
      const data = await readFile(path);
      bytes = data.byteLength;
      const sentences = splitTrivially(new TextDecoder('utf-8', { fatal: true }).decode(data));
      rows = sentences.length;
      const ids = sentences.map((_, i) => `s${i + 1}`);
      const sheet = XLSX.utils.aoa_to_sheet([
        ['ID', 'Source', 'Target', 'Status'],
        ...sentences.map((s, i) => [ids[i], s, '', 'new']),
      ]);
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, 'Segments');
      const xlsx = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
      await writeFile(join(out, 'floor.xlsx'), xlsx);
      const json = sentences.map((source, i) => ({ id: ids[i], source, target: '', status: 'new' }));
      await writeFile(join(out, 'floor.json'), `${JSON.stringify(json, null, 2)}\n`);
    });
    return { bytes, segments: rows };
  },

  /** The floor's split alone. */
  async 'trivial-split'(params, timed) {
    const text = await readFile(need(params.text, 'text'), 'utf8');
    const sentences = await timed(() => splitTrivially(text));
    return { bytes: Buffer.byteLength(text), segments: sentences.length };
  },

  /** Intl.Segmenter at sentence granularity, line by line (tandem's paragraphs), long lines in chunks. */
  async 'intl-sentences'(params, timed) {
    const text = await readFile(need(params.text, 'text'), 'utf8');
    const paragraphs = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
    const count = await timed(() => {
      const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
      let n = 0;
      for (const paragraph of paragraphs) {
        for (let at = 0; at < paragraph.length; at += INTL_CHUNK) {
          for (const s of segmenter.segment(paragraph.slice(at, at + INTL_CHUNK))) if (s.segment.trim()) n++;
        }
      }
      return n;
    });
    return { bytes: Buffer.byteLength(text), segments: count };
  },
};
