import { AlignedDocument, type AlignedSegmentInput } from '../../src/model/index.js';

/** A row for a test: source and target, the rest defaulted; ids run p1.s1, p1.s2, … unless given. */
export type TestRow = Omit<AlignedSegmentInput, 'id' | 'paragraph'> & { id?: string; paragraph?: number };

/** A valid Chinese → English document (or the languages given) with these rows. */
export function makeDocument(
  rows: readonly TestRow[],
  languages: { source?: string; target?: string } = {},
): AlignedDocument {
  return AlignedDocument.parse({
    name: 'interview',
    sourceFile: 'interview.txt',
    sourceLanguage: languages.source ?? 'zh',
    targetLanguage: languages.target ?? 'en',
    created: '2021-01-02T10:19:00.000Z',
    paragraphs: 1,
    segments: rows.map((row, k) => ({ paragraph: 1, ...row, id: row.id ?? `p1.s${k + 1}` })),
  });
}

/** One row's document, for checks that look at one segment at a time. */
export function oneRow(source: string, target: string, languages: { source?: string; target?: string } = {}) {
  return { document: makeDocument([{ source, target }], languages) };
}
