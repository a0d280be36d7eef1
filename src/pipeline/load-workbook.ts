import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { MAX_WORKBOOK_BYTES, readWorkbook, type WorkbookReadResult } from '../import/read-workbook.js';
import { type AlignedDocument, defaultTarget, type Finding, primaryLanguage } from '../model/index.js';
import { detectLanguage } from '../segment/index.js';

/** Workbook file types `tandem build` and `tandem qa` read; a folder given to them is searched for these. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.ods', '.xls', '.csv'] as const;

/** Options of {@link loadWorkbook}. */
export interface LoadWorkbookOptions {
  /** Source language, over what the workbook says or its text suggests. */
  readonly from?: string;
  /** Target language, over what the workbook says or its text suggests. */
  readonly to?: string;
  /** Called with the file's size just before it is read: a book's workbook takes seconds. */
  readonly onReading?: (bytes: number) => void;
}

/**
 * Whether a file found in a folder is a workbook to read: backups (`backup/interview.20240501-102030.xlsx`) and QA
 * reports (`interview.qa.xlsx`) that tandem itself wrote beside the workbooks are not.
 */
export function isWorkbookFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!(WORKBOOK_EXTENSIONS as readonly string[]).includes(extname(name))) return false;
  return !/\.qa\.xlsx$/.test(name) && !/\.\d{8}-\d{6}(?:-\d+)?\.xlsx$/.test(name);
}

/**
 * Reads a translator's workbook from disk and settles its languages: `--from`/`--to` first, then the workbook's
 * `Meta` sheet, then the text itself (a CSV has no Meta). Never throws for a bad file: problems are findings.
 */
export async function loadWorkbook(
  path: string,
  options: LoadWorkbookOptions = {},
): Promise<WorkbookReadResult> {
  const fail = (code: string, message: string): WorkbookReadResult => ({
    findings: [{ code, severity: 'error', message, file: path }],
  });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > MAX_WORKBOOK_BYTES) {
      return fail(
        'workbook-too-large',
        `${path} is ${Math.round(info.size / 1024 / 1024)} MB, more than any translator's workbook (${MAX_WORKBOOK_BYTES / 1024 / 1024} MB at most); it was not read.`,
      );
    }
    options.onReading?.(info.size);
    bytes = await readFile(path);
  } catch (error) {
    return fail('workbook-unreadable', `Cannot read ${path}: ${(error as Error).message}`);
  }
  const result = readWorkbook(bytes, path);
  if (!result.document) return result;
  const findings = [...result.findings];
  const document = withLanguages(result.document, options, path, findings);
  return { ...result, document, findings };
}

function withLanguages(
  doc: AlignedDocument,
  options: LoadWorkbookOptions,
  file: string,
  findings: Finding[],
): AlignedDocument {
  let source = options.from ?? doc.sourceLanguage;
  if (!source) {
    source = detectLanguage(
      doc.segments
        .map((s) => s.source)
        .join('\n')
        .slice(0, 20_000),
    );
    if (source === 'und') {
      findings.push({
        code: 'workbook-unknown-language',
        severity: 'warning',
        message: 'The source language could not be told from the text; give it with --from.',
        file,
      });
    }
  }
  let target = options.to ?? doc.targetLanguage;
  if (!target) {
    const translated = doc.segments
      .map((s) => s.target)
      .join('\n')
      .slice(0, 20_000);
    const detected = /\p{L}/u.test(translated) ? detectLanguage(translated) : 'und';
    target =
      detected !== 'und' && primaryLanguage(detected) !== primaryLanguage(source)
        ? detected
        : defaultTarget(source);
  }
  return { ...doc, sourceLanguage: source, targetLanguage: target };
}
