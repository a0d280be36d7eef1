import { describe, expect, it } from 'vitest';
import { carryOver, SOURCE_CHANGED_NOTE } from '../../src/align/carry-over.js';
import { noteSegment } from '../../src/align/notes/index.js';
import { AlignedDocument, type AlignedSegmentInput, type Orphan } from '../../src/model/index.js';

type Row = [id: string, source: string, target?: string, extra?: Partial<AlignedSegmentInput>];

/** A document of rows `[id, source, target?]`, paragraphs from the ids, notes as the note rules make them. */
function doc(rows: readonly Row[], orphans?: Orphan[]): AlignedDocument {
  return AlignedDocument.parse({
    name: 'interview',
    sourceFile: 'input/interview.txt',
    sourceLanguage: 'zh',
    targetLanguage: 'en',
    created: '2024-05-01T00:00:00.000Z',
    paragraphs: 9,
    segments: rows.map(([id, source, target = '', extra = {}]) => {
      const paragraph = Number(/^p(\d+)/.exec(id)![1]);
      const kind = extra.kind ?? 'text';
      return {
        id,
        paragraph,
        kind,
        source,
        target,
        status: target ? 'translated' : 'new',
        notes: noteSegment({ id, paragraph, source, start: 0, end: source.length, kind }, 'zh'),
        ...extra,
      };
    }),
    ...(orphans ? { orphans } : {}),
  });
}

const S1 = '年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击。';
const T1 = 'In 2020, the sudden outbreak of COVID-19 dealt an unprecedented blow to the world.';
const S2 = '环顾全球，突如其来的疫情加快了百年变局的演进，世界进入动荡变革期。';
const T2 = 'Looking around the world, the sudden pandemic has accelerated changes unseen in a century.';
const S3 = '沧海横流，方显英雄本色。';
const T3 = 'It is in the face of raging torrents that heroes show their mettle.';
const DATE = { date: '2024-05-02' };

describe('carryOver', () => {
  it('keeps target, status, the translator’s notes and confidence where ID and source are unchanged', () => {
    const before = doc([
      ['p1.s1', S1, T1, { status: 'reviewed', confidence: 0.9 }],
      ['p1.s2', S2, T2],
    ]);
    before.segments[0]!.notes.push('Client prefers “pandemic”.');
    const { document, counts } = carryOver(
      doc([
        ['p1.s1', S1],
        ['p1.s2', S2],
      ]),
      before,
      DATE,
    );
    expect(document.segments[0]).toMatchObject({
      target: T1,
      status: 'reviewed',
      confidence: 0.9,
      notes: [
        'Number seems to be missing before 年 (year); check the original.',
        'Client prefers “pandemic”.',
      ],
    });
    expect(counts).toEqual({ kept: 2, moved: 0, needsReview: 0, restored: 0, orphaned: 0, orphans: 0 });
    expect(document.orphans).toBeUndefined();
  });

  it('re-identifies every segment when a paragraph inserted at the top shifts all the IDs', () => {
    const before = doc([
      ['p1.s1', S1, T1],
      ['p2.s1', S2, T2],
      ['p2.s2', S3, T3],
    ]);
    const after = doc([
      ['p1.s1', '编者按。'],
      ['p2.s1', S1],
      ['p3.s1', S2],
      ['p3.s2', S3],
    ]);
    const { document, counts } = carryOver(after, before, DATE);
    expect(document.segments.map((s) => [s.id, s.target])).toEqual([
      ['p1.s1', ''],
      ['p2.s1', T1],
      ['p3.s1', T2],
      ['p3.s2', T3],
    ]);
    expect(counts).toMatchObject({ kept: 0, moved: 3, orphaned: 0 });
  });

  it('gives each repeated speaker label the translation of the same occurrence', () => {
    const label = (id: string, source: string, target: string): Row => [
      id,
      source,
      target,
      { kind: 'speaker' },
    ];
    const before = doc([
      label('p1.s1', '记者', 'Reporter'),
      ['p1.s2', S1, T1],
      label('p1.s3', '王毅', 'Wang Yi'),
      ['p1.s4', S2, T2],
    ]);
    const after = doc([
      ['p1.s1', '编者按。'],
      label('p1.s2', '记者', ''),
      ['p1.s3', S1],
      label('p1.s4', '王毅', ''),
      ['p1.s5', S2],
    ]);
    const { document } = carryOver(after, before, DATE);
    expect(document.segments.map((s) => s.target)).toEqual(['', 'Reporter', T1, 'Wang Yi', T2]);
  });

  it('moves 40,000 translations of one repeated label, each to the same occurrence, in a book-length interview', () => {
    const n = 40_000;
    const label = (id: string, target: string): Row => [id, '记者', target, { kind: 'speaker' }];
    const before = doc(Array.from({ length: n }, (_, i) => label(`p${i + 1}.s1`, `Reporter ${i + 1}`)));
    // A sentence inserted at the start of every paragraph shifts every ID: each label is found by its source alone.
    const after = doc(
      Array.from({ length: n }, (_, i): Row[] => [
        [`p${i + 1}.s1`, '编者按。'],
        label(`p${i + 1}.s2`, ''),
      ]).flat(),
    );
    const { document, counts } = carryOver(after, before, DATE);
    expect(counts).toMatchObject({ kept: 0, moved: n, orphaned: 0 });
    const labels = document.segments.filter((s) => s.kind === 'speaker');
    expect(labels.every((s, i) => s.target === `Reporter ${i + 1}`)).toBe(true);
  });

  it('keeps the old translation of a changed sentence as a suggestion marked needs review, with the old source', () => {
    const edited = '环顾全球，突如其来的新冠疫情加快了百年变局的演进，世界进入了动荡变革期。';
    const before = doc([
      ['p1.s1', S1, T1],
      ['p1.s2', S2, T2, { notes: ['Check “变局”.'] }],
      ['p1.s3', S3, T3],
    ]);
    const { document, counts } = carryOver(
      doc([
        ['p1.s1', S1],
        ['p1.s2', edited],
        ['p1.s3', S3],
      ]),
      before,
      DATE,
    );
    expect(document.segments[1]).toMatchObject({
      source: edited,
      target: T2,
      status: 'needs review',
      notes: ['Check “变局”.', `${SOURCE_CHANGED_NOTE}; the translation is of the earlier source: “${S2}”`],
    });
    expect(counts).toMatchObject({ kept: 2, needsReview: 1, orphaned: 0 });
  });

  it('drops the change note once the translator has reviewed the segment, and keeps it until then', () => {
    const note = `${SOURCE_CHANGED_NOTE}; the translation is of the earlier source: “…”`;
    const pending = carryOver(
      doc([['p1.s1', S1]]),
      doc([['p1.s1', S1, T1, { status: 'needs review', notes: [note] }]]),
      DATE,
    );
    expect(pending.document.segments[0]!.notes).toContain(note);
    const reviewed = carryOver(
      doc([['p1.s1', S1]]),
      doc([['p1.s1', S1, T1, { status: 'reviewed', notes: [note] }]]),
      DATE,
    );
    expect(reviewed.document.segments[0]!.notes).not.toContain(note);
  });

  it('sends the translation of a deleted sentence to the orphans, never away, and leaves untranslated ones be', () => {
    const before = doc([
      ['p1.s1', S1, T1],
      ['p1.s2', S3, T3, { status: 'approved' }],
      ['p1.s3', '谢谢。'],
    ]);
    const { document, counts } = carryOver(doc([['p1.s1', S1]]), before, DATE);
    expect(document.orphans).toEqual([
      {
        id: 'p1.s2',
        source: S3,
        target: T3,
        status: 'approved',
        notes: [],
        reason: 'Source no longer in the document (re-aligned 2024-05-02)',
      },
    ]);
    expect(counts).toMatchObject({ orphaned: 1, orphans: 1 });
  });

  it('does not offer the translation of a different sentence that took a deleted one’s place', () => {
    const before = doc([
      ['p1.s1', S1, T1],
      ['p1.s2', S3, T3],
      ['p1.s3', S2, T2],
    ]);
    const after = doc([
      ['p1.s1', S1],
      ['p1.s2', '我们坚信，人类必将取得最终的胜利。'],
      ['p1.s3', S2],
    ]);
    const { document } = carryOver(after, before, DATE);
    expect(document.segments[1]).toMatchObject({ target: '', status: 'new' });
    expect(document.orphans?.map((o) => o.target)).toEqual([T3]);
  });

  it('restores an orphan whose sentence is back, and keeps earlier orphans and unplaced rows', () => {
    const earlier: Orphan = {
      id: 'p1.s2',
      source: S3,
      target: T3,
      status: 'reviewed',
      notes: [],
      reason: 'gone',
    };
    const other: Orphan = {
      id: 'p7.s1',
      source: '旧句。',
      target: 'Old.',
      status: 'draft',
      notes: [],
      reason: 'gone',
    };
    const before = doc([['p1.s1', S1, T1]], [earlier, other]);
    const unplaced: Orphan = {
      id: '',
      source: '',
      target: 'A row without ID',
      status: 'draft',
      notes: [],
      reason: 'Row 12 of the workbook had no ID',
    };
    const { document, counts } = carryOver(
      doc([
        ['p1.s1', S1],
        ['p1.s2', S3],
      ]),
      before,
      {
        ...DATE,
        unplaced: [unplaced],
      },
    );
    expect(document.segments[1]).toMatchObject({ target: T3, status: 'reviewed' });
    expect(document.orphans).toEqual([
      other,
      { ...unplaced, reason: 'Row 12 of the workbook had no ID (re-aligned 2024-05-02)' },
    ]);
    expect(counts).toMatchObject({ restored: 1, orphans: 2, orphaned: 0 });
  });

  it('loses nothing: every old target ends up in a segment or an orphan', () => {
    const before = doc([
      ['p1.s1', S1, T1],
      ['p1.s2', S2, T2],
      ['p2.s1', S3, T3],
      ['p2.s2', '我们坚信，人类必将取得最终的胜利。', 'We are convinced that mankind will prevail.'],
    ]);
    const after = doc([
      ['p1.s1', '前言。'],
      ['p2.s1', S2.replace('世界', '全球')],
      ['p3.s1', S1],
    ]);
    const { document } = carryOver(after, before, DATE);
    const kept = [
      ...document.segments.map((s) => s.target),
      ...(document.orphans ?? []).map((o) => o.target),
    ];
    for (const segment of before.segments) expect(kept).toContain(segment.target);
  });
});
