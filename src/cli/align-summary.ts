import type { CarryOverCounts } from '../align/carry-over.js';
import { findingJson } from '../export/finding-json.js';
import { otherTargetMessage } from '../glossary/index.js';
import type { Severity } from '../model/index.js';
import type { AlignJobResult, FileResult } from '../pipeline/align-files.js';

/**
 * A problem in the `--json` summary. Per file: why the file failed (`align-failed`), why nothing was carried over
 * from an earlier workbook (`realign-nothing-carried-over`), and the earlier workbook's own problems (its codes,
 * with `file` and `cell`). At the top: inputs and glossaries that named nothing usable.
 */
export interface SummaryProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The path as given on the command line (top-level problems). */
  readonly path?: string;
  readonly id?: string;
  readonly cell?: string;
  readonly file?: string;
  readonly line?: number;
}

/** One input in the `--json` summary: the file's result as the pipeline reports it, its problems listed. */
export interface SummaryFile
  extends Pick<
    FileResult,
    | 'input'
    | 'name'
    | 'ok'
    | 'error'
    | 'sourceLanguage'
    | 'targetLanguage'
    | 'speakers'
    | 'segments'
    | 'termMatches'
    | 'notes'
    | 'outputs'
    | 'keptDocuments'
  > {
  /**
   * When `<out>/<name>.xlsx` existed, or another workbook of the same input was found: the earlier workbook, whether
   * it was found by its input under another name (and left as it is), where it was kept, what was carried over.
   */
  readonly realign?: {
    readonly previous: string;
    readonly foundBySourceFile?: true;
    readonly backup?: string;
    readonly counts?: CarryOverCounts;
  };
  readonly problems: readonly SummaryProblem[];
  /** Milliseconds this file took, rounded. */
  readonly ms: number;
}

/** What `tandem align --json` prints: see README, "The `--json` summary". */
export interface AlignSummary {
  /** Whether the exit code is 0: every input written, no input or glossary unusable. */
  readonly ok: boolean;
  readonly out: string;
  readonly totals: {
    readonly files: number;
    readonly written: number;
    readonly failed: number;
    readonly segments: number;
    readonly termMatches: number;
    /** Problems in all: top-level and per file. */
    readonly problems: number;
    readonly ms: number;
  };
  readonly files: readonly SummaryFile[];
  /** Inputs and glossaries that named nothing usable. */
  readonly problems: readonly SummaryProblem[];
  /** Files found in the input folders and left out (Word documents tandem wrote), and why. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  readonly glossary: {
    readonly files: readonly string[];
    readonly entries: number;
    readonly findings: readonly ReturnType<typeof findingJson>[];
  };
}

function fileProblems(file: FileResult): SummaryProblem[] {
  const problems: SummaryProblem[] = [];
  if (!file.ok) problems.push({ code: 'align-failed', severity: 'error', message: file.error ?? 'failed' });
  if (file.realign?.problem) {
    problems.push({
      code: 'realign-nothing-carried-over',
      severity: 'warning',
      message: file.realign.problem,
    });
  }
  for (const finding of file.realign?.findings ?? []) problems.push(findingJson(finding));
  for (const other of file.otherTargets ?? []) {
    problems.push({
      code: 'glossary-other-target',
      severity: 'warning',
      message: otherTargetMessage(other, file.targetLanguage ?? ''),
      file: other.file,
    });
  }
  return problems;
}

function summaryFile(file: FileResult): SummaryFile {
  const realign = file.realign;
  return {
    input: file.input,
    name: file.name,
    ok: file.ok,
    ...(file.error === undefined ? {} : { error: file.error }),
    ...(file.sourceLanguage === undefined ? {} : { sourceLanguage: file.sourceLanguage }),
    ...(file.targetLanguage === undefined ? {} : { targetLanguage: file.targetLanguage }),
    ...(file.speakers === undefined ? {} : { speakers: file.speakers }),
    segments: file.segments,
    termMatches: file.termMatches,
    notes: file.notes,
    outputs: file.outputs,
    ...(realign
      ? {
          realign: {
            previous: realign.previous,
            ...(realign.foundBySourceFile ? { foundBySourceFile: true as const } : {}),
            ...(realign.backup ? { backup: realign.backup } : {}),
            ...(realign.counts ? { counts: realign.counts } : {}),
          },
        }
      : {}),
    ...(file.keptDocuments ? { keptDocuments: file.keptDocuments } : {}),
    problems: fileProblems(file),
    ms: Math.round(file.ms),
  };
}

/** The `--json` summary of a run of `tandem align`. */
export function alignSummary(
  result: AlignJobResult,
  options: { readonly ok: boolean; readonly out: string; readonly ms: number },
): AlignSummary {
  const files = result.files.map(summaryFile);
  const problems: SummaryProblem[] = [
    ...result.problems.map((p) => ({ code: 'input-unusable', severity: 'error' as const, ...p })),
    ...result.glossary.unreadable.map((p) => ({
      code: 'glossary-unreadable',
      severity: 'error' as const,
      ...p,
    })),
  ];
  const failed = files.filter((f) => !f.ok).length;
  return {
    ok: options.ok,
    out: options.out,
    totals: {
      files: files.length,
      written: files.length - failed,
      failed,
      segments: files.reduce((n, f) => n + f.segments, 0),
      termMatches: files.reduce((n, f) => n + f.termMatches, 0),
      problems: problems.length + files.reduce((n, f) => n + f.problems.length, 0),
      ms: Math.round(options.ms),
    },
    files,
    problems,
    skipped: result.skipped,
    glossary: {
      files: result.glossary.files,
      entries: result.glossary.entries.length,
      findings: result.glossary.findings.map(findingJson),
    },
  };
}
