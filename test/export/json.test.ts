import { describe, expect, it } from 'vitest';
import { countTerms } from '../../src/align/count-terms.js';
import { findingJson } from '../../src/export/finding-json.js';
import { JSON_FORMAT_VERSION, writeJson, writeJsonBytes } from '../../src/export/json.js';
import { DocumentEntries } from '../../src/glossary/term-entries.js';
import { readJson } from '../../src/import/read-json.js';
import type { AlignedDocument } from '../../src/model/index.js';
import { expectRoundTrip, type RoundTripFormat } from '../helpers/round-trip.js';
import { sampleDocument } from '../helpers/sample-document.js';

const json: RoundTripFormat<string> = {
  name: 'json',
  write: writeJson,
  read: (text) => readJson(text, 'interview.json'),
};

describe('writeJson', () => {
  it('writes the documented shape: properties, segments with term offsets, glossary and findings', () => {
    const doc = sampleDocument();
    const parsed = JSON.parse(writeJson(doc));
    expect(Object.keys(parsed)).toEqual([
      'formatVersion',
      'name',
      'sourceFile',
      'sourceLanguage',
      'targetLanguage',
      'created',
      'paragraphs',
      'segments',
      'glossary',
      'findings',
    ]);
    expect(parsed.formatVersion).toBe(JSON_FORMAT_VERSION);
    expect(parsed.segments[0]).toEqual({
      id: 'p1.s1',
      paragraph: 1,
      kind: 'text',
      source: '王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访',
      target: '',
      status: 'new',
      notes: ['Numeral seems to be missing before 年.'],
      terms: [
        { start: 15, end: 18, source: '新华社', target: 'Xinhua News Agency' },
        { start: 19, end: 27, source: '中央广播电视总台', target: 'China Media Group' },
      ],
    });
    const source = parsed.segments[0].source as string;
    for (const term of parsed.segments[0].terms) expect(source.slice(term.start, term.end)).toBe(term.source);
    expect(parsed.segments.find((s: { id: string }) => s.id === 'p3.s6').confidence).toBe(0.87);
    expect(parsed.segments[0]).not.toHaveProperty('confidence');
    expect(Object.keys(parsed.segments.find((s: { id: string }) => s.id === 'p3.s6'))).toEqual([
      'id',
      'paragraph',
      'kind',
      'source',
      'target',
      'status',
      'confidence',
      'notes',
      'terms',
    ]);
    expect(Object.keys(parsed.segments[0].terms[1])).toEqual(['start', 'end', 'source', 'target']);
    expect(parsed.glossary[0]).toEqual({
      source: '新华社',
      target: 'Xinhua News Agency',
      targets: ['Xinhua News Agency', 'Xinhua'],
      status: 'preferred',
      count: 3,
    });
    expect(parsed.findings).toEqual(doc.findings);
  });

  it('is pretty-printed, ends with a newline and keeps its key order whatever the model’s', () => {
    const doc = sampleDocument();
    const text = writeJson(doc);
    expect(text.startsWith('{\n  "formatVersion": 2,\n  "name": "interview",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const shuffled = Object.fromEntries(Object.entries(doc).reverse()) as AlignedDocument;
    shuffled.segments = doc.segments.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s);
    expect(writeJson(shuffled)).toBe(text);
  });

  it('writes findings in the same shape as the command line’s --json', () => {
    const doc = sampleDocument();
    const finding = {
      line: 7,
      file: 'glossary/terms.tsv',
      message: 'Repeats the entry at line 3.',
      cell: 'Segments!C4',
      id: 'p1.s2',
      severity: 'warning' as const,
      code: 'glossary-duplicate',
    };
    const text = writeJson({ ...doc, findings: [finding] });
    expect(text).toContain(`    ${JSON.stringify(findingJson(finding))}\n  ]\n}\n`);
    expect(Object.keys(JSON.parse(text).findings[0])).toEqual([
      'code',
      'severity',
      'id',
      'cell',
      'message',
      'file',
      'line',
    ]);
  });

  it('escapes every string as JSON.stringify does: quotes, backslashes, control characters, lone surrogates', () => {
    const doc = sampleDocument();
    const texts = [
      '他说"好"\\不\t好\n',
      '\u0000\u001f\u007f\u2028\u2029',
      '\ud83d\ude00 emoji, then a lone \ud83d and a lone \ude00',
      '王毅 ASCII first, then 中文',
      '',
    ];
    const segments = texts.map((source, i) => ({
      ...doc.segments[0]!,
      id: `p1.s${i + 1} "${source.slice(0, 3)}"`,
      source,
      target: source,
      notes: [source],
      terms: [],
    }));
    const text = writeJson({ ...doc, segments, terms: [] });
    const lines = text.split('\n').filter((line) => line.startsWith('    {"id"'));
    expect(lines).toHaveLength(texts.length);
    for (const [i, line] of lines.entries()) {
      const s = segments[i]!;
      expect(line).toContain(`"source":${JSON.stringify(s.source)},"target":${JSON.stringify(s.target)},`);
      expect(line).toContain(`{"id":${JSON.stringify(s.id)},`);
    }
    expect(JSON.parse(text).segments.map((s: { source: string }) => s.source)).toEqual(texts);
  });

  it('uses entry numbers counted for it, and counts afresh when they were counted over other segments', () => {
    const doc = sampleDocument();
    const alone = Buffer.from(writeJsonBytes(doc)).toString('utf8');
    expect(Buffer.from(writeJsonBytes(doc, new DocumentEntries(doc.segments))).toString('utf8')).toBe(alone);
    const stale = new DocumentEntries(doc.segments.slice(1));
    expect(Buffer.from(writeJsonBytes(doc, stale)).toString('utf8')).toBe(alone);
  });

  it('writes each match with its own entry’s fields, also where matches share one targets list', () => {
    const doc = sampleDocument();
    const targets = ['a', 'b'];
    const term = { start: 0, end: 1, source: '王', target: 'a', targets, status: 'preferred' as const };
    const terms = [term, { ...term, note: 'x' }, { ...term, target: 'b', status: 'admitted' as const }, term];
    const segments = [{ ...doc.segments[0]!, terms }];
    const shared = { ...doc, segments, terms: countTerms(segments) };
    const parsed = JSON.parse(writeJson(shared));
    expect(parsed.segments[0].terms).toEqual([
      { start: 0, end: 1, source: '王', target: 'a' },
      { ...term, note: 'x' },
      { start: 0, end: 1, source: '王', target: 'b' },
      { start: 0, end: 1, source: '王', target: 'a' },
    ]);
    expect(readJson(writeJson(shared), 'shared.json').document?.segments[0]?.terms).toEqual(terms);
  });

  it('writes format 2: a match the glossary list describes holds only offsets, source and target', () => {
    const doc = sampleDocument();
    const text = writeJson(doc);
    const parsed = JSON.parse(text);
    const matches = parsed.segments.flatMap((s: { terms: object[] }) => s.terms);
    expect(matches).toHaveLength(doc.segments.reduce((n, s) => n + s.terms.length, 0));
    for (const match of matches) expect(Object.keys(match)).toEqual(['start', 'end', 'source', 'target']);
    expect(text).not.toMatch(/"start":\d+,"end":\d+,"source":"[^"]*","target":"[^"]*","targets"/);
    // Format 1 wrote every match in full, as a document with no glossary list is still written. With each entry
    // matched a few times (the sample's short rows, ten times over), format 2 is smaller even with the glossary
    // list it relies on.
    const rows = doc.segments.filter((s) => s.source.length < 1000);
    const segments = Array.from({ length: 10 }, (_, i) =>
      rows.map((s) => ({ ...s, id: `${s.id}.${i}` })),
    ).flat();
    const many = { ...doc, segments, terms: countTerms(segments) };
    const compact = writeJson(many);
    const full = writeJson({ ...many, terms: [] });
    expect(JSON.parse(full).segments[0].terms[1]).toHaveProperty(
      'note',
      'Formed in 2018 from CCTV, CNR and CRI.',
    );
    expect(compact.length).toBeLessThan(full.length * 0.85);
  });

  it('writes a match in full when its entry differs from the glossary item of its source and target', () => {
    const doc = sampleDocument();
    const term = {
      start: 0,
      end: 1,
      source: '王',
      target: 'a',
      targets: ['a', 'b'],
      status: 'preferred' as const,
    };
    const terms = [
      term,
      { ...term, start: 1, end: 2, note: 'other' },
      { ...term, start: 2, end: 3, targets: ['b', 'a'] },
      { ...term, start: 3, end: 4, status: 'admitted' as const },
      { ...term, start: 4, end: 5, targets: ['a'] },
      { ...term, start: 5, end: 6, targets: ['a', 'b', 'c'] },
      { ...term, start: 6, end: 7 },
    ];
    const segments = [{ ...doc.segments[0]!, terms }];
    const differing = { ...doc, segments, terms: countTerms(segments) };
    expect(differing.terms).toHaveLength(1);
    const text = writeJson(differing);
    const written = JSON.parse(text).segments[0].terms;
    expect(written).toEqual([
      { start: 0, end: 1, source: '王', target: 'a' },
      terms[1],
      terms[2],
      terms[3],
      terms[4],
      terms[5],
      { start: 6, end: 7, source: '王', target: 'a' },
    ]);
    expect(Object.keys(written[1])).toEqual([
      'start',
      'end',
      'source',
      'target',
      'targets',
      'note',
      'status',
    ]);
    expect(readJson(text, 'differing.json').document?.segments[0]?.terms).toEqual(terms);
  });

  it('writes every match in full when the document’s terms list lacks its pair', () => {
    const doc = sampleDocument();
    const lacking = { ...doc, terms: doc.terms.filter((t) => t.source !== '中央广播电视总台') };
    const text = writeJson(lacking);
    const first = JSON.parse(text).segments[0].terms;
    expect(first[0]).toEqual({ start: 15, end: 18, source: '新华社', target: 'Xinhua News Agency' });
    expect(first[1]).toEqual(doc.segments[0]!.terms[1]);
    expect(readJson(text, 'lacking.json').document).toEqual(lacking);
  });
});

describe('writeJsonBytes', () => {
  it('gives the same text as writeJson, as UTF-8, also when it takes many chunks', () => {
    const doc = sampleDocument();
    expect(Buffer.from(writeJsonBytes(doc)).toString('utf8')).toBe(writeJson(doc));
    const segments = Array.from({ length: 15_000 }, (_, i) => ({ ...doc.segments[1]!, id: `p1.s${i + 1}` }));
    const big = { ...doc, paragraphs: 1, segments };
    const text = writeJson(big);
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(Buffer.from(writeJsonBytes(big)).toString('utf8')).toBe(text);
  });
});

describe('readJson', () => {
  it('reads back everything the JSON writer wrote', async () => {
    await expectRoundTrip(json, sampleDocument());
  });

  it('reads back the sample’s term matches whole, each item’s compact matches sharing one targets list', () => {
    const doc = sampleDocument();
    const text = writeJson(doc);
    const { document, findings } = readJson(text, 'interview.json');
    expect(findings).toEqual([]);
    expect(document!.segments.map((s) => s.terms)).toEqual(doc.segments.map((s) => s.terms));
    expect(document!.terms).toEqual(doc.terms);
    const cmg = document!.segments.flatMap((s) => s.terms).filter((t) => t.source === '中央广播电视总台');
    expect(cmg).toHaveLength(3);
    expect(cmg.every((t) => t.note === 'Formed in 2018 from CCTV, CNR and CRI.')).toBe(true);
    expect(cmg[1]!.targets).toBe(cmg[0]!.targets);
    expect(writeJson(document!)).toBe(text);
  });

  it('reads a format 1 file, where every match holds its entry in full', () => {
    const text = `{
  "formatVersion": 1,
  "name": "old",
  "sourceFile": "old.txt",
  "sourceLanguage": "zh",
  "targetLanguage": "en",
  "created": "2025-06-01T00:00:00.000Z",
  "paragraphs": 1,
  "segments": [
    {"id":"p1.s1","paragraph":1,"kind":"text","source":"接受新华社采访","target":"","status":"new","notes":[],"terms":[{"start":2,"end":5,"source":"新华社","target":"Xinhua News Agency","targets":["Xinhua News Agency","Xinhua"],"note":"State news agency.","status":"preferred"},{"start":5,"end":7,"source":"采访","target":"interview","targets":["interview"],"status":"preferred"}]},
    {"id":"p1.s2","paragraph":1,"kind":"text","source":"新华社","target":"","status":"new","notes":[],"terms":[{"start":0,"end":3,"source":"新华社","target":"Xinhua News Agency","targets":["Xinhua News Agency"],"status":"admitted"}]}
  ],
  "glossary": [
    {"source":"新华社","target":"Xinhua News Agency","targets":["Xinhua News Agency","Xinhua"],"note":"State news agency.","status":"preferred","count":2},
    {"source":"采访","target":"interview","targets":["interview"],"status":"preferred","count":1}
  ],
  "findings": []
}
`;
    const { document, findings } = readJson(text, 'old.json');
    expect(findings).toEqual([]);
    expect(document?.segments[0]?.terms).toEqual([
      {
        start: 2,
        end: 5,
        source: '新华社',
        target: 'Xinhua News Agency',
        targets: ['Xinhua News Agency', 'Xinhua'],
        note: 'State news agency.',
        status: 'preferred',
      },
      { start: 5, end: 7, source: '采访', target: 'interview', targets: ['interview'], status: 'preferred' },
    ]);
    // Matches of one source and target with other details than the glossary item's, as format 1 could write.
    expect(document?.segments[1]?.terms).toEqual([
      {
        start: 0,
        end: 3,
        source: '新华社',
        target: 'Xinhua News Agency',
        targets: ['Xinhua News Agency'],
        status: 'admitted',
      },
    ]);
    expect(document?.terms.map((t) => t.count)).toEqual([2, 1]);
  });

  it('reports a compact match with no glossary item by its path and segment id, and gives no document', () => {
    const parsed = JSON.parse(writeJson(sampleDocument()));
    parsed.glossary = parsed.glossary.filter((t: { source: string }) => t.source !== '新冠肺炎');
    const result = readJson(JSON.stringify(parsed), 'edited.json');
    expect(result.document).toBeUndefined();
    expect(result.findings).toEqual([
      {
        code: 'json-invalid',
        severity: 'error',
        message: expect.stringMatching(
          /^segments\.5\.terms\.0: the term 新冠肺炎 → COVID-19 is not in the file's glossary list: add /,
        ),
        file: 'edited.json',
        id: 'p3.s4',
      },
    ]);
  });

  it('reports a match with only some of targets, note and status', () => {
    const parsed = JSON.parse(writeJson(sampleDocument()));
    parsed.segments[0].terms[0].targets = ['Xinhua'];
    parsed.segments[0].terms[1].note = 'A note without targets and status.';
    parsed.segments[5].terms[0].status = 'forbidden';
    const result = readJson(JSON.stringify(parsed), 'edited.json');
    expect(result.document).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.id, f.message.split(':')[0]])).toEqual([
      ['json-invalid', 'p1.s1', 'segments.0.terms.0'],
      ['json-invalid', 'p1.s1', 'segments.0.terms.1'],
      ['json-invalid', 'p3.s4', 'segments.5.terms.0'],
    ]);
  });

  it('warns about a file from a newer format and still reads it', () => {
    const text = writeJson(sampleDocument()).replace('"formatVersion": 2,', '"formatVersion": 3,');
    const { document, findings } = readJson(text, 'new.json');
    expect(document?.name).toBe('interview');
    expect(findings).toEqual([expect.objectContaining({ code: 'json-newer-format', severity: 'warning' })]);
  });

  it('reports invalid JSON as a finding', () => {
    const result = readJson('{"segments": [', 'broken.json');
    expect(result.document).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'json-unreadable', severity: 'error', file: 'broken.json' }),
    ]);
  });

  it('reports every schema problem with its path and segment id', () => {
    const parsed = JSON.parse(writeJson(sampleDocument()));
    parsed.segments[3].status = 'done';
    parsed.segments[5].terms[0].start = -1;
    const result = readJson(JSON.stringify(parsed), 'edited.json');
    expect(result.document).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.id, f.message.split(':')[0]])).toEqual([
      ['json-invalid', 'p3.s2', 'segments.3.status'],
      ['json-invalid', 'p3.s4', 'segments.5.terms.0.start'],
    ]);
  });

  it('drops unknown keys, so __proto__ in a file pollutes nothing', () => {
    const text = writeJson(sampleDocument()).replace(
      '"name":',
      '"__proto__": { "polluted": true },\n  "name":',
    );
    const { document, findings } = readJson(text, 'hostile.json');
    expect(findings).toEqual([]);
    expect(document).toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
  });

  it('reads a file with a byte-order mark, as Windows editors save it', () => {
    expect(readJson(`\uFEFF${writeJson(sampleDocument())}`, 'bom.json').document?.name).toBe('interview');
  });
});
