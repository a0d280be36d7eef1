import { describe, expect, it } from 'vitest';
import { detectDelimiter, readDelimited } from '../../src/glossary/formats/read-delimited.js';

function read(text: string, delimiter = ',', comments = false) {
  return readDelimited(text, { delimiter, file: 'g.csv', comments });
}

describe('readDelimited (RFC 4180 and what spreadsheets really write)', () => {
  it('reads quoted fields holding separators, doubled quotes and line breaks, with the line each row starts on', () => {
    const text =
      'source,target,note\r\n"中国,中华","China","the ""Middle Kingdom"",\r\nnot used"\r\n美国,United States,\r\n';
    const { rows, findings } = read(text);
    expect(findings).toEqual([]);
    expect(rows).toEqual([
      { cells: ['source', 'target', 'note'], line: 1 },
      { cells: ['中国,中华', 'China', 'the "Middle Kingdom",\nnot used'], line: 2 },
      { cells: ['美国', 'United States', ''], line: 4 },
    ]);
  });

  it('accepts LF, CRLF and lone CR line ends and a last line without one', () => {
    expect(read('a,b\nc,d\r\ne,f\rg,h').rows.map((r) => [r.cells.join('+'), r.line])).toEqual([
      ['a+b', 1],
      ['c+d', 2],
      ['e+f', 3],
      ['g+h', 4],
    ]);
  });

  it('allows spaces around quoted CSV fields and keeps text after a closing quote', () => {
    expect(read('a, "b, c" ,"Made in China" 2025').rows[0]!.cells).toEqual([
      'a',
      'b, c',
      'Made in China 2025',
    ]);
  });

  it('reports a quote that never closes at its line and goes on with the next line', () => {
    const { rows, findings } = read('source,target\n上海合作组织,"SCO\n金砖国家,BRICS\n');
    expect(findings).toMatchObject([{ code: 'glossary-unterminated-quote', line: 2, severity: 'error' }]);
    expect(rows.map((r) => [r.cells, r.line])).toEqual([
      [['source', 'target'], 1],
      [['金砖国家', 'BRICS'], 3],
    ]);
  });

  it('reads tab-separated text and skips OmegaT comment lines', () => {
    const { rows } = read('# Glossary in tab-separated format\n多边主义\tmultilateralism\t\n', '\t', true);
    expect(rows).toEqual([{ cells: ['多边主义', 'multilateralism', ''], line: 2 }]);
  });

  it('detects the separator from the first line', () => {
    expect(detectDelimiter('source,target\n')).toBe(',');
    expect(detectDelimiter('\nSource;Target;Note\n')).toBe(';');
    expect(detectDelimiter('source\ttarget\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
  });
});
