import { describe, expect, it } from 'vitest';
import { JSON_FORMAT_VERSION, writeJson, writeJsonBytes } from '../../src/export/json.js';
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
        {
          start: 15,
          end: 18,
          source: '新华社',
          target: 'Xinhua News Agency',
          targets: ['Xinhua News Agency', 'Xinhua'],
          status: 'preferred',
        },
        {
          start: 19,
          end: 27,
          source: '中央广播电视总台',
          target: 'China Media Group',
          targets: ['China Media Group'],
          note: 'Formed in 2018 from CCTV, CNR and CRI.',
          status: 'preferred',
        },
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
    expect(Object.keys(parsed.segments[0].terms[1])).toEqual([
      'start',
      'end',
      'source',
      'target',
      'targets',
      'note',
      'status',
    ]);
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
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "name": "interview",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const shuffled = Object.fromEntries(Object.entries(doc).reverse()) as AlignedDocument;
    shuffled.segments = doc.segments.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s);
    expect(writeJson(shuffled)).toBe(text);
  });

  it('writes each match with its own entry’s fields, also where matches share one targets list', () => {
    const doc = sampleDocument();
    const targets = ['a', 'b'];
    const term = { start: 0, end: 1, source: '王', target: 'a', targets, status: 'preferred' as const };
    const terms = [term, { ...term, note: 'x' }, { ...term, target: 'b', status: 'admitted' as const }, term];
    const segments = [{ ...doc.segments[0]!, terms }];
    const parsed = JSON.parse(writeJson({ ...doc, segments }));
    expect(parsed.segments[0].terms).toEqual(terms);
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
