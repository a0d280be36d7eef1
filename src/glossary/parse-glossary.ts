import type { Finding } from '../model/index.js';
import { decodeGlossaryText } from './formats/decode-glossary-text.js';
import { detectDelimiter, readDelimited } from './formats/read-delimited.js';
import { readSpreadsheet } from './formats/read-spreadsheet.js';
import { readTbx } from './formats/read-tbx.js';
import { glossaryFinding } from './glossary-finding.js';
import type { GlossaryLoadOptions, GlossaryLoadResult } from './glossary-load.js';
import { rowsToEntries } from './rows/rows-to-entries.js';

export type { GlossaryLoadOptions, GlossaryLoadResult } from './glossary-load.js';

type Format = 'csv' | 'tsv' | 'sheet' | 'tbx';

/** Extensions read, by format. `.txt` and `.tab` are tab-separated, as OmegaT writes glossaries. */
const FORMATS: Readonly<Record<string, Format>> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  txt: 'tsv',
  xlsx: 'sheet',
  xlsm: 'sheet',
  xls: 'sheet',
  ods: 'sheet',
  tbx: 'tbx',
};

/** The extensions tandem reads glossaries from, for messages. */
export const GLOSSARY_FORMATS = '.csv, .tsv, .txt (tab-separated), .xlsx, .ods or .tbx';

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Reads a glossary file into entries, choosing the format by extension: CSV, TSV/TXT (OmegaT), XLSX/ODS (first
 * sheet) or TBX. Never throws on a bad file: every problem is a finding with the file and line or cell, and every
 * good row still loads.
 */
export function parseGlossary(
  bytes: Uint8Array,
  fileName: string,
  options: GlossaryLoadOptions = {},
): GlossaryLoadResult {
  const extension = extensionOf(fileName);
  const format = FORMATS[extension];
  const file = fileName;
  const unreadable = (message: string): GlossaryLoadResult => ({
    entries: [],
    findings: [glossaryFinding('glossary-unreadable', 'error', { file }, message)],
  });
  switch (format) {
    case undefined:
      return {
        entries: [],
        findings: [
          glossaryFinding(
            'glossary-unsupported-format',
            'error',
            { file },
            `${extension ? `“.${extension}”` : 'A file without an extension'} is not a glossary format tandem reads. Save it as ${GLOSSARY_FORMATS}.`,
          ),
        ],
      };
    case 'sheet': {
      const sheet = readSpreadsheet(bytes, { file });
      if (sheet.sheet === undefined) return { entries: [], findings: sheet.findings };
      const result = rowsToEntries(sheet.rows, { file, sheet: sheet.sheet, kind: 'sheet' }, options);
      return { entries: result.entries, findings: [...sheet.findings, ...result.findings] };
    }
    case 'tbx': {
      const decoded = decodeGlossaryText(bytes, 'TBX');
      if ('problem' in decoded) return unreadable(decoded.problem);
      return readTbx(decoded.text, file, options);
    }
    default: {
      const decoded = decodeGlossaryText(bytes, format.toUpperCase());
      if ('problem' in decoded) return unreadable(decoded.problem);
      const delimiter = format === 'csv' ? detectDelimiter(decoded.text) : '\t';
      const table = readDelimited(decoded.text, { delimiter, file, comments: format === 'tsv' });
      const result = rowsToEntries(table.rows, { file, kind: format }, options);
      const findings: Finding[] = [...table.findings, ...result.findings];
      findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return { entries: result.entries, findings };
    }
  }
}
