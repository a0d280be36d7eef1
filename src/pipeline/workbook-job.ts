import { countTerms } from '../align/count-terms.js';
import { columnLetter, SEGMENT_COLUMNS, type SegmentColumnKey, SHEETS } from '../export/columns.js';
import { type QaReportRow, writeQaWorkbook } from '../export/xlsx.js';
import { buildTermIndex, entriesInLanguage, matchTerms, otherTargetFindings } from '../glossary/index.js';
import type { WorkbookLayout } from '../import/read-workbook.js';
import type { AlignedDocument, Finding, GlossaryEntry } from '../model/index.js';
import { runChecks } from '../qa/index.js';
import { loadWorkbook } from './load-workbook.js';
import { readingStep } from './workbook-progress.js';

/**
 * The work of `tandem qa` and `tandem build` on one workbook, from its file to the bytes of what is to be written:
 * what runs on a worker thread of a `ThreadPool` when the workbooks are big enough (see `eachWorkbook`), or on the main
 * thread. Writing the files, keeping the ones someone edited and the summary stay with the caller, so that the
 * files a run writes are written, and removed on Ctrl-C, in one place.
 */

/** What a job asks of the thread that runs the command. */
export interface WorkbookJobHost {
  /** A step begins, in words: `reading the workbook (15.2 MB)`. */
  readonly step: (words: string) => void;
  /** The `--glossary` entries for a workbook translated into `targetLanguage`; none when no glossary was given. */
  readonly glossary: (targetLanguage: string) => Promise<readonly GlossaryEntry[] | undefined>;
}

interface JobBase {
  readonly workbook: string;
  readonly from?: string;
  readonly to?: string;
}

/** `tandem qa` of one workbook. */
export interface QaJob extends JobBase {
  readonly kind: 'qa';
  /** Whether to make the report workbook's bytes. */
  readonly report: boolean;
}

/** `tandem build` of one workbook. */
export interface BuildJob extends JobBase {
  readonly kind: 'build';
  /** The date the bilingual document shows, `2026-11-26`. */
  readonly date: string;
}

export type WorkbookJob = QaJob | BuildJob;

/** The workbook could not be used at all: why, and the findings that say so. */
export interface FailedJob {
  readonly ok: false;
  readonly error: string;
  readonly findings: Finding[];
}

interface Counts {
  readonly segments: number;
  readonly translated: number;
  readonly empty: number;
}

/** What checking a workbook gave: its findings, counts and the report's bytes. */
export interface QaDone extends Counts {
  readonly ok: true;
  readonly findings: Finding[];
  readonly report?: Uint8Array;
}

/** What building a workbook gave: its counts, findings and the two Word documents' bytes. */
export interface BuildDone extends Counts {
  readonly ok: true;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly orphans: number;
  readonly findings: Finding[];
  readonly bilingual: Uint8Array;
  readonly translation: Uint8Array;
}

export type QaJobResult = QaDone | FailedJob;
export type BuildJobResult = BuildDone | FailedJob;
export type JobResult<J extends WorkbookJob> = J extends QaJob ? QaJobResult : BuildJobResult;

/** Runs a job on this thread. */
export function runWorkbookJob<J extends WorkbookJob>(job: J, host: WorkbookJobHost): Promise<JobResult<J>> {
  return (job.kind === 'qa' ? runQaJob(job, host) : runBuildJob(job, host)) as Promise<JobResult<J>>;
}

/**
 * A result ready to hand over to another thread, and the buffers to move rather than copy: each byte array with a
 * buffer of its own (a small Node Buffer shares its memory with others, which moving would take from them).
 */
export function movableResult<R extends QaJobResult | BuildJobResult>(
  result: R,
): { readonly result: R; readonly buffers: ArrayBuffer[] } {
  if (!result.ok) return { result, buffers: [] };
  const buffers: ArrayBuffer[] = [];
  const own = (bytes: Uint8Array): Uint8Array => {
    const mine =
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      bytes.buffer instanceof ArrayBuffer
        ? bytes
        : new Uint8Array(bytes);
    buffers.push(mine.buffer as ArrayBuffer);
    return mine;
  };
  if ('bilingual' in result) {
    return {
      result: { ...result, bilingual: own(result.bilingual), translation: own(result.translation) },
      buffers,
    };
  }
  return { result: result.report ? { ...result, report: own(result.report) } : result, buffers };
}

async function read(job: WorkbookJob, host: WorkbookJobHost) {
  const read = await loadWorkbook(job.workbook, {
    ...(job.from ? { from: job.from } : {}),
    ...(job.to ? { to: job.to } : {}),
    onReading: (bytes) => host.step(readingStep(bytes)),
  });
  if (read.document && read.layout) return { ...read, document: read.document, layout: read.layout };
  const errors = read.findings.filter((f) => f.severity === 'error');
  const failed: FailedJob = {
    ok: false,
    error: errors.map((f) => f.message).join(' '),
    findings: read.findings,
  };
  return failed;
}

function counts(document: AlignedDocument): Counts {
  const translated = document.segments.filter((s) => s.target.trim() !== '').length;
  return { segments: document.segments.length, translated, empty: document.segments.length - translated };
}

async function runQaJob(job: QaJob, host: WorkbookJobHost): Promise<QaJobResult> {
  const opened = await read(job, host);
  if ('ok' in opened) return opened;
  const { document, layout } = opened;
  const glossary = await host.glossary(document.targetLanguage);
  host.step(`checking ${document.segments.length.toLocaleString('en-US')} segments`);
  const findings = [
    // A deleted row is the `missing-segment` check's to report, in its place among the segments.
    ...opened.findings.filter((f) => f.code !== 'workbook-missing-row'),
    ...checkDocument(document, layout, glossary).map((f) => ({ ...f, file: job.workbook })),
  ];
  if (!job.report) return { ok: true, findings, ...counts(document) };
  host.step('writing the report');
  const report = await writeQaWorkbook(reportRows(document, findings));
  return { ok: true, findings, ...counts(document), report };
}

async function runBuildJob(job: BuildJob, host: WorkbookJobHost): Promise<BuildJobResult> {
  const opened = await read(job, host);
  if ('ok' in opened) return opened;
  const glossary = await host.glossary(opened.document.targetLanguage);
  if (glossary) host.step('matching terms with the glossary');
  const document = glossary ? withTerms(opened.document, glossary) : opened.document;
  const findings = glossary
    ? [...opened.findings, ...otherTargetFindings(glossary, document.sourceLanguage, document.targetLanguage)]
    : opened.findings;
  // The Word libraries are loaded only by the runs that write Word documents.
  const [{ writeBilingualDocx }, { writeTranslatedDocx }] = await Promise.all([
    import('../export/docx.js'),
    import('../export/translated-docx.js'),
  ]);
  host.step('writing the bilingual document');
  const bilingual = await writeBilingualDocx(document, { date: job.date });
  host.step('writing the translation');
  const translation = await writeTranslatedDocx(document);
  return {
    ok: true,
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
    ...counts(document),
    orphans: document.orphans?.length ?? 0,
    findings,
    bilingual,
    translation,
  };
}

/** Matches every segment's source against the given glossary, in place of the matches stored in the workbook. */
function withTerms(doc: AlignedDocument, entries: readonly GlossaryEntry[]): AlignedDocument {
  const index = buildTermIndex(entries, { language: doc.sourceLanguage, targetLanguage: doc.targetLanguage });
  const segments = doc.segments.map((segment) => ({ ...segment, terms: matchTerms(index, segment.source) }));
  return { ...doc, segments, terms: countTerms(segments) };
}

/** The QA checks over a workbook's document: rows deleted from the workbook are left out, so they count as missing. */
function checkDocument(
  document: AlignedDocument,
  layout: WorkbookLayout,
  glossary: readonly GlossaryEntry[] | undefined,
): Finding[] {
  const missing = new Set(layout.missingIds);
  const languages = { language: document.sourceLanguage, targetLanguage: document.targetLanguage };
  const index = glossary ? buildTermIndex(glossary, languages) : undefined;
  const findings = runChecks({
    document: { ...document, segments: document.segments.filter((s) => !missing.has(s.id)) },
    rows: layout.rows,
    expectedIds: layout.expectedIds,
    // The entries this translation can use, turned round for an English source with a zh/en glossary.
    ...(glossary
      ? { glossary: entriesInLanguage(glossary, document.sourceLanguage, document.targetLanguage) }
      : {}),
    ...(index ? { matchSource: (text: string) => matchTerms(index, text) } : {}),
  });
  const other = glossary
    ? otherTargetFindings(glossary, document.sourceLanguage, document.targetLanguage)
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
