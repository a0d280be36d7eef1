import { basename, dirname, extname, join } from 'node:path';
import type { Finding } from '../model/index.js';
import { collectInputs, outputNames } from './collect-inputs.js';
import { type EachWorkbookOptions, eachWorkbook, type WorkbookTurn } from './each-workbook.js';
import { checkReportOutput, type KeptDocument } from './foreign-document.js';
import { type LoadedGlossary, workbookGlossaries } from './load-glossaries.js';
import { isWorkbookFile } from './load-workbook.js';
import type { QaJobResult } from './workbook-job.js';
import { makeOutputFolder, writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link qaFiles}. */
export interface QaOptions extends EachWorkbookOptions {
  readonly workbooks: readonly string[];
  /** Extra glossary files and folders: approved and forbidden terms beyond the matches stored in the workbook. */
  readonly glossaries?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Write `<name>.qa.xlsx` for the translator. Default true. */
  readonly report?: boolean;
  /** Folder of the report; by default each workbook's own folder. */
  readonly out?: string;
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
  /** Milliseconds the workbook took, from reading it to writing its report. */
  readonly ms: number;
}

export interface QaResult {
  readonly files: QaFileResult[];
  readonly glossary?: LoadedGlossary;
  readonly problems: { readonly path: string; readonly message: string }[];
}

/**
 * Runs `tandem qa`: reads each workbook, runs every QA check over its translation with the workbook's rows (for
 * `Segments!C14` cells) and the ids the document should have (for deleted rows), and writes a report workbook
 * `<name>.qa.xlsx` beside it for the translator. Workbooks are checked `jobs` at a time (see {@link eachWorkbook}).
 */
export async function qaFiles(options: QaOptions): Promise<QaResult> {
  const { files, problems } = await collectInputs(options.workbooks, isWorkbookFile);
  const glossaries = workbookGlossaries(options);
  const names = options.out ? outputNames(files) : files.map((file) => basename(file, extname(file)));
  const results = await eachWorkbook(files, glossaries, options, (file, i, turn) =>
    qaOne(file, names[i]!, options, turn),
  );
  return { files: results, ...(glossaries ? { glossary: await glossaries.loaded() } : {}), problems };
}

async function qaOne(
  workbook: string,
  name: string,
  options: QaOptions,
  { compute }: WorkbookTurn,
): Promise<QaFileResult> {
  const report = options.report ?? true;
  const started = performance.now();
  const failed = (error: string, findings: Finding[] = []): QaFileResult => ({
    workbook,
    ok: false,
    error,
    findings,
    segments: 0,
    translated: 0,
    empty: 0,
    ms: performance.now() - started,
  });
  let done: QaJobResult;
  try {
    done = await compute({
      kind: 'qa',
      workbook,
      report,
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    });
  } catch (error) {
    return failed(
      `${workbook} could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!done.ok) return failed(done.error, done.findings);
  const { findings, segments, translated, empty } = done;
  let written: string | undefined;
  let keptReport: KeptDocument | undefined;
  if (done.report) {
    const path = join(options.out ?? dirname(workbook), `${name}.qa.xlsx`);
    try {
      await makeOutputFolder(dirname(path));
      const keep = await checkReportOutput(path);
      keptReport = await keep?.(options.now?.() ?? new Date());
      await writeFileAtomic(path, done.report);
      written = path;
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
    segments,
    translated,
    empty,
    ...(written ? { report: written } : {}),
    ...(keptReport ? { keptReport } : {}),
    ms: performance.now() - started,
  };
}
