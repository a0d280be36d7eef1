import { basename, dirname, extname, join } from 'node:path';
import { columnLetter, SEGMENT_COLUMNS, type SegmentColumnKey, SHEETS } from '../export/columns.js';
import { type QaReportRow, writeQaWorkbook } from '../export/xlsx.js';
import { buildTermIndex, entriesInLanguage, matchTerms, otherTargetFindings } from '../glossary/index.js';
import type { WorkbookLayout } from '../import/read-workbook.js';
import type { AlignedDocument, Finding } from '../model/index.js';
import { runChecks } from '../qa/index.js';
import { collectInputs, outputNames } from './collect-inputs.js';
import { checkReportOutput, type KeptDocument } from './foreign-document.js';
import { type LoadedGlossary, type WorkbookGlossaries, workbookGlossaries } from './load-glossaries.js';
import { isWorkbookFile, loadWorkbook } from './load-workbook.js';
import { readingStep, type WorkbookProgressEvent } from './workbook-progress.js';
import { makeOutputFolder, writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link qaFiles}. */
export interface QaOptions {
  readonly workbooks: readonly string[];
  /** Extra glossary files and folders: approved and forbidden terms beyond the matches stored in the workbook. */
  readonly glossaries?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Write `<name>.qa.xlsx` for the translator. Default true. */
  readonly report?: boolean;
  /** Folder of the report; by default each workbook's own folder. */
  readonly out?: string;
  /** Hears each workbook's steps as they start, and when it is done. */
  readonly onProgress?: (event: WorkbookProgressEvent) => void;
  /** Clock for the names of backups; tests pass a fixed one. */
  readonly now?: () => Date;
}

/** What checking one workbook gave. */
export interface QaFileResult {
  readonly workbook: string;
  /** Whether the workbook could be read and checked. */
  readonly ok: boolean;
  readonly error?: string;
  /** Problems in the workbook itself, then the checks' findings, each with code, severity, id, cell and message. */
  readonly findings: Finding[];
  readonly segments: number;
  readonly translated: number;
  readonly empty: number;
  /** The QA report written for the translator. */
  readonly report?: string;
  /** The report it replaced, saved since tandem wrote it, and where that was kept. */
  readonly keptReport?: KeptDocument;
}

export interface QaResult {
  readonly files: QaFileResult[];
  readonly glossary?: LoadedGlossary;
  readonly problems: { readonly path: string; readonly message: string }[];
}

/**
 * Runs `tandem qa`: reads each workbook, runs every QA check over its translation with the workbook's rows (for
 * `Segments!C14` cells) and the ids the document should have (for deleted rows), and writes a report workbook
 * `<name>.qa.xlsx` beside it for the translator.
 */
export async function qaFiles(options: QaOptions): Promise<QaResult> {
  const { files, problems } = await collectInputs(options.workbooks, isWorkbookFile);
  const glossaries = workbookGlossaries(options);
  const names = options.out ? outputNames(files) : files.map((file) => basename(file, extname(file)));
  const results: QaFileResult[] = [];
  options.onProgress?.({ type: 'start', workbooks: files.length });
  for (const [i, file] of files.entries()) {
    const result = await qaOne(file, names[i]!, options, glossaries);
    options.onProgress?.({ type: 'workbook-done', workbook: file, ok: result.ok });
    results.push(result);
  }
  return { files: results, ...(glossaries ? { glossary: await glossaries.loaded() } : {}), problems };
}

async function qaOne(
  workbook: string,
  name: string,
  options: QaOptions,
  glossaries: WorkbookGlossaries | undefined,
): Promise<QaFileResult> {
  const step = (words: string) => options.onProgress?.({ type: 'step', workbook, step: words });
  const read = await loadWorkbook(workbook, {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    onReading: (bytes) => step(readingStep(bytes)),
  });
  if (!read.document || !read.layout) {
    const errors = read.findings.filter((f) => f.severity === 'error');
    return {
      workbook,
      ok: false,
      error: errors.map((f) => f.message).join(' '),
      findings: read.findings,
      segments: 0,
      translated: 0,
      empty: 0,
    };
  }
  const { document, layout } = read;
  const glossary = await glossaries?.for(document.targetLanguage);
  step(`checking ${document.segments.length.toLocaleString('en-US')} segments`);
  const findings = [
    // A deleted row is the `missing-segment` check's to report, in its place among the segments.
    ...read.findings.filter((f) => f.code !== 'workbook-missing-row'),
    ...checkDocument(document, layout, glossary).map((f) => ({ ...f, file: workbook })),
  ];
  const translated = document.segments.filter((s) => s.target.trim() !== '').length;
  const counts = {
    segments: document.segments.length,
    translated,
    empty: document.segments.length - translated,
  };
  let report: string | undefined;
  let keptReport: KeptDocument | undefined;
  if (options.report ?? true) {
    const path = join(options.out ?? dirname(workbook), `${name}.qa.xlsx`);
    try {
      step('writing the report');
      await makeOutputFolder(dirname(path));
      const keep = await checkReportOutput(path);
      const bytes = await writeQaWorkbook(reportRows(document, findings));
      keptReport = await keep?.(options.now?.() ?? new Date());
      await writeFileAtomic(path, bytes);
      report = path;
    } catch (error) {
      // The check itself succeeded: say the report is missing rather than fail the run.
      findings.push({
        code: 'qa-report-not-written',
        severity: 'warning',
        message: `The QA report could not be written: ${error instanceof Error ? error.message : String(error)}`,
        file: path,
      });
    }
  }
  return {
    workbook,
    ok: true,
    findings,
    ...counts,
    ...(report ? { report } : {}),
    ...(keptReport ? { keptReport } : {}),
  };
}

/** The QA checks over a workbook's document: rows deleted from the workbook are left out, so they count as missing. */
function checkDocument(
  document: AlignedDocument,
  layout: WorkbookLayout,
  glossary: LoadedGlossary | undefined,
): Finding[] {
  const missing = new Set(layout.missingIds);
  const languages = { language: document.sourceLanguage, targetLanguage: document.targetLanguage };
  const index = glossary ? buildTermIndex(glossary.entries, languages) : undefined;
  const findings = runChecks({
    document: { ...document, segments: document.segments.filter((s) => !missing.has(s.id)) },
    rows: layout.rows,
    expectedIds: layout.expectedIds,
    // The entries this translation can use, turned round for an English source with a zh/en glossary.
    ...(glossary
      ? { glossary: entriesInLanguage(glossary.entries, document.sourceLanguage, document.targetLanguage) }
      : {}),
    ...(index ? { matchSource: (text: string) => matchTerms(index, text) } : {}),
  });
  const other = glossary
    ? otherTargetFindings(glossary.entries, document.sourceLanguage, document.targetLanguage)
    : [];
  return [...other, ...findings.map((finding) => ({ ...finding, ...relocate(finding.cell, layout) }))];
}

/**
 * The checks name cells as tandem lays the sheet out (`Segments!C14`); a translator's copy may have its columns
 * elsewhere (hidden helpers dropped, a CSV named after its file), so each cell is moved to the column it is really in.
 */
function relocate(cell: string | undefined, layout: WorkbookLayout): { cell?: string } {
  const parsed = cell === undefined ? undefined : /^(.+)!([A-Z]+)(\d+)$/.exec(cell);
  if (!parsed || parsed[1] !== SHEETS.segments) return cell === undefined ? {} : { cell };
  const key = SEGMENT_COLUMNS.find((_, i) => columnLetter(i) === parsed[2])?.key as
    | SegmentColumnKey
    | undefined;
  const column = key === undefined ? undefined : layout.columns[key];
  return { cell: `${layout.sheet}!${column === undefined ? parsed[2] : columnLetter(column)}${parsed[3]}` };
}

function reportRows(document: AlignedDocument, findings: readonly Finding[]): QaReportRow[] {
  const byId = new Map(document.segments.map((s) => [s.id, s]));
  return findings.map((finding) => {
    const segment = finding.id === undefined ? undefined : byId.get(finding.id);
    return segment ? { finding, source: segment.source, target: segment.target } : { finding };
  });
}
