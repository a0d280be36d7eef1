import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { alignSummary } from './cli/align-summary.js';
import { countOf } from './cli/count-of.js';
import { keptLine } from './cli/kept-line.js';
import { advanceProgress, EMPTY_PROGRESS, logProgress, renderProgress } from './cli/progress.js';
import { realignLines } from './cli/realign-summary.js';
import { whenStopped } from './cli/stop-on-signals.js';
import { parseJobs, parseLanguage, UsageError } from './cli/usage-error.js';
import { type OtherTargetEntries, otherTargetMessage } from './glossary/glossary-targets.js';
import { formatFinding } from './model/index.js';
import type { AlignJobResult, FileResult } from './pipeline/align-files.js';
import { OUTPUT_FORMATS, type OutputFormat } from './pipeline/output-formats.js';

const VERSION = '0.1.0';

const MAIN_HELP = `tandem ${VERSION}: source documents into translator workbooks, bilingual Word documents and JSON

Usage:
  tandem align <files or folders…> [options]   segment, match glossary terms, write XLSX/DOCX/JSON
  tandem build <workbooks…> [options]          translated workbook → bilingual and translated DOCX
  tandem qa <workbooks…> [options]             check a translated workbook
  tandem --help | tandem <command> --help
  tandem --version

Run \`tandem <command> --help\` for the options.
`;

const ALIGN_HELP = `Usage: tandem align <files or folders…> [options]

Reads each document (.txt in UTF-8, UTF-16 or GB18030; .docx), splits it into sentences, matches
every sentence against the glossary and writes, for each input, into the output folder:
  <name>.xlsx   the translator's workbook (Segments sheet: ID | Source | Target | Status | Terms | Notes)
  <name>.docx   a bilingual Word document for review
  <name>.json   the same for other programs (with --format json)

Options:
  --glossary <file|folder>  glossary file (CSV, TSV, XLSX, ODS, TBX) or folder of them; repeatable.
                            Default: ./glossary when it exists.
  --from <lang>             source language (zh, ja, en, de, …). Default: detected from the text.
  --to <lang>               target language. Default: en (zh for English sources).
  --out <folder>            output folder. Default: output
  --format <list>           comma-separated: ${OUTPUT_FORMATS.join(', ')}. Default: xlsx,docx
  --speakers <labels>       transcript speaker labels, comma-separated (记者,王毅 · 问,答 · Q,A);
                            each becomes its own segment. Default: detected from the text.
  --no-speakers             do not detect speaker labels.
  --semicolon               a Chinese/Japanese ；ends a sentence (off by default).
  --translation <file>      an existing translation of the input (.txt or .docx): its sentences are
                            aligned to the source's and fill the Target column (status draft, with a
                            Confidence per row; low-confidence rows are flagged in Notes). One input only.
  --presegmented            with --translation: both files hold one segment per line; split nothing.
  --jobs <n>                files processed at once, and the cores a big document's term matching
                            uses. Default: number of CPUs.
  --json                    print a machine-readable summary on stdout instead of text: per file its
                            segments, term matches, outputs, problems and milliseconds.
  --quiet                   print nothing but errors (no progress).
  -h, --help                this help.

Examples:
  tandem align input --glossary glossary --out output
  tandem align interview.docx --from zh --to en --format xlsx,docx,json
  tandem align transcript.txt --speakers 问,答
  tandem align interview.txt --translation interview-en.docx --format xlsx,json

Re-running align when <out>/<name>.xlsx exists keeps the translator's work: Target, Status and Notes
of every segment whose source is unchanged are carried over (also when IDs shifted), a segment whose
source changed keeps its old translation with status "needs review", translations whose segment is
gone go to an Orphans sheet, and the previous workbook is kept in <out>/backup/.

Exit code: 0 when every input was written, 1 when any input or option could not be used.
`;

function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(/[,，、]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

function parseFormats(value: string | undefined): OutputFormat[] {
  const list = parseList(value) ?? ['xlsx', 'docx'];
  const formats: OutputFormat[] = [];
  for (const item of list) {
    const format = item.toLowerCase().replace(/^\./, '');
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(
        `Expected \`--format\` to be a list of ${OUTPUT_FORMATS.join(', ')}, got \`${item}\``,
      );
    }
    if (!formats.includes(format as OutputFormat)) formats.push(format as OutputFormat);
  }
  if (formats.length === 0)
    throw new UsageError(`Expected \`--format\` to name at least one of ${OUTPUT_FORMATS.join(', ')}`);
  return formats;
}

async function runAlign(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      glossary: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      speakers: { type: 'string' },
      'no-speakers': { type: 'boolean' },
      semicolon: { type: 'boolean' },
      translation: { type: 'string' },
      presegmented: { type: 'boolean' },
      jobs: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.log(ALIGN_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('Expected at least one input file or folder: `tandem align <files or folders…>`');
  const glossaries = values.glossary ?? (existsSync('glossary') ? ['glossary'] : []);
  const from = parseLanguage('--from', values.from);
  const to = parseLanguage('--to', values.to);
  const speakers = values['no-speakers'] ? [] : parseList(values.speakers);
  if (values.translation !== undefined && (positionals.length !== 1 || !existsSync(values.translation))) {
    throw new UsageError(
      positionals.length !== 1
        ? `Expected one source document with \`--translation\`, got ${positionals.length}: align one pair at a time`
        : `Expected \`--translation\` to name an existing file, got \`${values.translation}\``,
    );
  }
  if (values.presegmented && values.translation === undefined) {
    throw new UsageError('Expected `--presegmented` to come with `--translation <file>`');
  }
  const jobs = parseJobs(values.jobs);
  const mode: ReportMode = values.json ? 'json' : values.quiet ? 'quiet' : 'text';
  const started = performance.now();
  let progress = EMPTY_PROGRESS;
  const showBar = mode === 'text' && out.isTTY === true;
  const logLine = logProgress();
  const outDir = values.out ?? 'output';
  // Loaded when a run needs it, so that `tandem --help` and a mistyped option answer at once.
  const { alignFiles } = await import('./pipeline/align-files.js');
  // Stopped by Ctrl-C, the run shows the files it finished (a progress bar keeps them for the end) and their count.
  const finished: FileResult[] = [];
  let total = 0;
  const stopped = whenStopped(() => {
    if (showBar) for (const file of finished) printFile(file, out);
    if (total === 0) return undefined;
    const written = finished.filter((file) => file.ok).length;
    return `${written} of ${countOf(total, 'file', 'files')} ${written === 1 ? 'was' : 'were'} written to ${outDir}.`;
  });
  let result: AlignJobResult;
  try {
    result = await alignFiles({
      inputs: positionals,
      glossaries,
      out: outDir,
      formats: parseFormats(values.format),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(speakers ? { speakers } : {}),
      ...(values.semicolon ? { breakOnSemicolon: true } : {}),
      ...(values.translation ? { translation: values.translation } : {}),
      ...(values.presegmented ? { presegmented: true } : {}),
      ...(jobs ? { jobs } : {}),
      onProgress: (event) => {
        if (event.type === 'start') total = event.files;
        if (event.type === 'file-done') finished.push(event.result);
        progress = advanceProgress(progress, event, performance.now() - started);
        if (showBar) out.status?.(renderProgress(progress));
        else if (mode === 'text') {
          const line = logLine(event, progress);
          if (line) out.log(line);
          if (event.type === 'file-done') printFile(event.result, out);
        }
      },
    });
  } finally {
    stopped();
  }
  if (showBar) {
    out.status?.('');
    for (const file of result.files) printFile(file, out);
  }
  return report(result, out, mode, outDir, performance.now() - started);
}

type ReportMode = 'text' | 'quiet' | 'json';

function printFile(file: FileResult, out: Output): void {
  if (!file.ok) {
    out.error(`✗ ${file.input}: ${file.error}`);
    return;
  }
  const speakers = file.speakers?.length ? `, speakers ${file.speakers.join(', ')}` : '';
  out.log(
    `✓ ${file.input} (${file.sourceLanguage} → ${file.targetLanguage}${speakers}): ` +
      `${countOf(file.segments, 'segment', 'segments')}, ${countOf(file.termMatches, 'term match', 'term matches')}, ` +
      `${countOf(file.notes, 'note', 'notes')} → ${file.outputs.join(', ')}`,
  );
  if (file.realign) for (const line of realignLines(file.realign)) out.log(`    ${line}`);
  for (const kept of file.keptDocuments ?? []) out.log(`    ${keptLine(kept)}`);
}

/**
 * The glossary entries left out of documents for giving renderings in another target language, once per glossary
 * file and target for the whole run: a batch of a hundred documents would otherwise say the same a hundred times.
 */
function printOtherTargets(files: readonly FileResult[], out: Output): void {
  const groups = new Map<string, { other: OtherTargetEntries; target: string; documents: number }>();
  for (const file of files) {
    for (const other of file.otherTargets ?? []) {
      const target = file.targetLanguage ?? '';
      const key = JSON.stringify([other.file, other.entries, other.languages, target]);
      const group = groups.get(key);
      if (group) group.documents++;
      else groups.set(key, { other, target, documents: 1 });
    }
  }
  for (const { other, target, documents } of groups.values()) {
    const message = otherTargetMessage(other, target, { command: 'tandem align', documents });
    out.error(`  ${formatFinding({ code: 'glossary-other-target', severity: 'warning', message })}`);
  }
}

/** Prints the run's summary (per-file lines were printed as files finished); returns the exit code. */
function report(result: AlignJobResult, out: Output, mode: ReportMode, outDir: string, ms: number): number {
  const { glossary } = result;
  const problems = [...result.problems, ...glossary.unreadable];
  const failedFiles = result.files.filter((f) => !f.ok).length;
  const noInput = result.files.length === 0 && problems.length === 0;
  const exitCode = problems.length + failedFiles > 0 || noInput ? 1 : 0;
  if (mode === 'json') {
    out.log(JSON.stringify(alignSummary(result, { ok: exitCode === 0, out: outDir, ms }), null, 2));
    return exitCode;
  }
  for (const problem of problems) out.error(`error: ${problem.message}`);
  if (noInput) out.error('error: no input to align.');
  if (mode === 'quiet') {
    for (const file of result.files) if (!file.ok) out.error(`✗ ${file.input}: ${file.error}`);
    return exitCode;
  }
  if (result.skipped.length > 0) {
    const shown = result.skipped.slice(0, 5).map((s) => s.path);
    const more = result.skipped.length - shown.length;
    out.log(
      `Skipped ${countOf(result.skipped.length, 'Word document', 'Word documents')} tandem wrote, ` +
        `${result.skipped.length === 1 ? 'not a document' : 'not documents'} to translate: ${shown.join(', ')}` +
        `${more > 0 ? ` and ${more} more` : ''}. Name one on the command line to align it all the same.`,
    );
  }
  if (glossary.files.length > 0) {
    const entries = glossary.entries.length;
    out.log(
      `Glossary: ${countOf(entries, 'entry', 'entries')} from ${countOf(glossary.files.length, 'file', 'files')}`,
    );
  } else {
    out.log('Glossary: none (use --glossary <file|folder> to match terms)');
  }
  const shown = glossary.findings.slice(0, 20);
  for (const finding of shown) out.error(`  ${formatFinding(finding)}`);
  if (glossary.findings.length > shown.length) {
    out.error(`  … and ${glossary.findings.length - shown.length} more glossary problems`);
  }
  printOtherTargets(result.files, out);
  const ok = result.files.length - failedFiles;
  out.log(
    `${ok} of ${countOf(result.files.length, 'file', 'files')} written to ${outDir}${failedFiles ? `, ${failedFiles} failed` : ''}.`,
  );
  return exitCode;
}

/** Where the CLI prints; tests pass their own. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
  /** Whether a person watches (a terminal): then a progress bar replaces per-file lines. */
  readonly isTTY?: boolean;
  /** Redraws the one-line status (progress bar); an empty line clears it. */
  status?(line: string): void;
}

export const consoleOutput: Output = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  isTTY: process.stderr.isTTY === true,
  // Cut to the terminal's width: a line that wraps would not be redrawn in place.
  status: (line) => process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns || 80) - 1)}`),
};

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], out: Output = consoleOutput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.log(MAIN_HELP);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version' || command === '-v') {
      out.log(VERSION);
      return 0;
    }
    if (command === 'align') return await runAlign(rest, out);
    // Each command's modules are loaded when it runs: loading all of them took a third of a second every time.
    if (command === 'build') return await (await import('./cli/build.js')).runBuild(rest, out);
    if (command === 'qa') return await (await import('./cli/qa.js')).runQa(rest, out);
    throw new UsageError(`Expected a command (align, build, qa), got \`${command}\`. Run \`tandem --help\`.`);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`error: ${error.message}`);
      return 1;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      out.error(`error: ${(error as Error).message}. Run \`tandem ${command} --help\`.`);
      return 1;
    }
    out.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
