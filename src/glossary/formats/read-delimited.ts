import type { Finding } from '../../model/index.js';
import { glossaryFinding } from '../glossary-finding.js';
import type { TableRow } from '../rows/rows-to-entries.js';

export interface DelimitedOptions {
  /** Field separator: `,`, `;` or a tab. */
  readonly delimiter: string;
  /** File name for findings. */
  readonly file: string;
  /** Skip lines starting with `#` (OmegaT writes a `# Glossary in tab-separated format` line). */
  readonly comments?: boolean;
}

export interface DelimitedResult {
  readonly rows: TableRow[];
  readonly findings: Finding[];
}

/**
 * Splits CSV/TSV text into rows, RFC 4180 style: quoted fields may hold separators, line breaks and doubled
 * quotes; lines end in CRLF, LF or CR. Lenient where people are: spaces around a quoted CSV field are allowed, and
 * text after a closing quote is kept (`"Made in China" 2025` → `Made in China 2025`). A quote that never closes is
 * reported at the line it opens, and reading starts again on the next line rather than swallowing the file.
 */
export function readDelimited(text: string, options: DelimitedOptions): DelimitedResult {
  const { delimiter, file } = options;
  const padded = delimiter !== ' ' && delimiter !== '\t';
  const rows: TableRow[] = [];
  const findings: Finding[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  const skipLine = (from: number): number => {
    let p = from;
    while (p < n && text[p] !== '\n' && text[p] !== '\r') p++;
    if (text[p] === '\r' && text[p + 1] === '\n') return p + 2;
    return p < n ? p + 1 : n;
  };

  records: while (i < n) {
    const recordStart = i;
    const recordLine = line;
    if (options.comments && text[i] === '#') {
      i = skipLine(i);
      line++;
      continue;
    }
    const cells: string[] = [];
    for (;;) {
      let k = i;
      if (padded) while (text[k] === ' ') k++;
      if (text[k] === '"') {
        let value = '';
        let p = k + 1;
        let closed = false;
        let linesInside = 0;
        while (p < n) {
          const c = text[p]!;
          if (c === '"') {
            if (text[p + 1] === '"') {
              value += '"';
              p += 2;
              continue;
            }
            let q = p + 1;
            if (padded) while (text[q] === ' ') q++;
            const fieldEnds = q >= n || text[q] === delimiter || text[q] === '\n' || text[q] === '\r';
            closed = true;
            p = fieldEnds ? q : p + 1;
            // Text after the closing quote (`"Made in China" 2025`) belongs to the field, as Excel reads it.
            while (p < n && text[p] !== delimiter && text[p] !== '\n' && text[p] !== '\r') value += text[p++];
            break;
          }
          if (c === '\r' || c === '\n') {
            linesInside++;
            value += '\n';
            p += c === '\r' && text[p + 1] === '\n' ? 2 : 1;
            continue;
          }
          value += c;
          p++;
        }
        if (!closed) {
          findings.push(
            glossaryFinding(
              'glossary-unterminated-quote',
              'error',
              { file, line: recordLine },
              'A quoted field starts on this line but its closing double quote (") is missing. Add it, or double a quote that belongs to the term (""). The line was skipped.',
            ),
          );
          i = skipLine(recordStart);
          line = recordLine + 1;
          continue records;
        }
        line += linesInside;
        cells.push(value);
        i = p;
      } else {
        let p = i;
        while (p < n && text[p] !== delimiter && text[p] !== '\n' && text[p] !== '\r') p++;
        cells.push(text.slice(i, p));
        i = p;
      }
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < n) i++;
    line++;
    rows.push({ cells, line: recordLine });
  }
  return { rows, findings };
}

/** Picks the CSV separator from the first line: the most frequent of `,` `;` tab outside quotes, else `,`. */
export function detectDelimiter(text: string): string {
  const firstLine = /^[^\r\n]*/.exec(text.replace(/^(?:[ \t]*\r?\n)+/, ''))?.[0] ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, count] of counts) if (count > counts.get(best)!) best = d;
  return best;
}
