import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Output } from '../cli.js';
import { findingJson } from '../export/finding-json.js';
import { type QaFileResult, qaFiles } from '../pipeline/qa-files.js';
import { countOf } from './count-of.js';
import { keptLine } from './kept-line.js';
import { countFindings, groupFindings } from './print-findings.js';
import { parseJobs, parseLanguage, UsageError } from './usage-error.js';
import { workbookProgress } from './workbook-progress.js';

/** `tandem qa --help`. */
export const QA_HELP = `Usage: tandem qa <workbooks…> [options]

Checks a translator's workbook: empty and copied targets, segments missing from the workbook, glossary
terms not used and forbidden terms used, numbers missing or changed (Chinese numerals too: 十四五 →
14th, 百分之三 → 3%), one source translated differently, unpaired brackets and quotes, stray spaces,
targets much shorter or longer than usual, and problems in the workbook itself (rows without ID,
edited sources, cells turned into dates or formulas). Each finding has a code, a severity (error,
warning, info), the segment's ID, its cell (e.g. Segments!C14) and a message.

For the translator it writes <name>.qa.xlsx beside the workbook: one row per finding with the cell,
the source and the target, with filter buttons to show one check at a time.

Options:
  --json                    print { "findings": [ … ], "files": [ … ] } on stdout: every finding, and
                            per workbook whether it was checked, its counts and milliseconds (no
                            report file is written).
  --strict                  exit with 1 when any error is found.
  --glossary <file|folder>  also check against this glossary (approved and forbidden terms).
  --out <folder>            where to write the report. Default: the workbook's own folder.
  --no-report               do not write <name>.qa.xlsx.
  --all                     list every finding (by default at most 10 per check; the report has all).
  --quiet                   print nothing but errors: no progress, no findings (the report is still
                            written; with --strict the exit code says whether there were errors).
  --from <lang>, --to <lang>  languages, when the workbook does not say (a CSV).
  --jobs <n>                workbooks checked at once, each on a core of its own when they are big
                            enough to be worth it (4 MB in all). Default: number of CPUs.
  -h, --help                this help.

Examples:
  tandem qa output/interview.xlsx
  tandem qa output/interview.xlsx --glossary glossary --strict
  tandem qa output/interview.xlsx --json > findings.json

Exit code: 0 when the workbook was checked (findings or not), 1 when it could not be read, or with
--strict when any error was found.
`;

/** Runs `tandem qa`; returns the exit code. */
export async function runQa(args: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      glossary: { type: 'string', multiple: true },
      out: { type: 'string' },
      'no-report': { type: 'boolean' },
      all: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      from: { type: 'string' },
      to: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.log(QA_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('Expected a workbook: `tandem qa <workbook.xlsx>`');
  for (const glossary of values.glossary ?? []) {
    if (!existsSync(glossary))
      throw new UsageError(`Expected \`--glossary\` to name a file or folder, got \`${glossary}\``);
  }
  parseLanguage('--from', values.from);
  parseLanguage('--to', values.to);
  const jobs = parseJobs(values.jobs);
  const progress = values.json || values.quiet ? undefined : workbookProgress(out);
  const result = await qaFiles({
    workbooks: positionals,
    ...(values.glossary ? { glossaries: values.glossary } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.out ? { out: values.out } : {}),
    ...(jobs ? { jobs } : {}),
    // Machine output has no side effects: the report file is for people.
    report: !values.json && !values['no-report'],
    ...(progress ? { onProgress: progress.onProgress } : {}),
  });
  progress?.finish();
  const problems = [...result.problems, ...(result.glossary?.unreadable ?? [])];
  const findings = result.files.flatMap((file) => file.findings);
  const unusable = result.files.some((file) => !file.ok) || problems.length > 0 || result.files.length === 0;
  const failedStrict = values.strict === true && findings.some((f) => f.severity === 'error');
  const exitCode = unusable || failedStrict ? 1 : 0;

  if (values.json) {
    const files = result.files.map(fileJson);
    out.log(JSON.stringify({ findings: findings.map(findingJson), files }, null, 2));
    for (const problem of problems) out.error(`error: ${problem.message}`);
    return exitCode;
  }
  for (const problem of problems) out.error(`error: ${problem.message}`);
  if (result.files.length === 0 && problems.length === 0) out.error('error: no workbook to check.');
  for (const file of result.files) {
    if (!file.ok) out.error(`✗ ${file.workbook}: ${file.error}`);
    else if (!values.quiet) printChecked(file, out, values.all ? Number.POSITIVE_INFINITY : 10);
  }
  if (failedStrict) out.error('QA failed (--strict): there are errors to fix.');
  return exitCode;
}

/** A workbook's line in the `--json` output: whether it was checked, its counts, its report and its time. */
function fileJson(file: QaFileResult) {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const finding of file.findings) bySeverity[finding.severity]++;
  return {
    workbook: file.workbook,
    ok: file.ok,
    ...(file.error ? { error: file.error } : {}),
    segments: file.segments,
    translated: file.translated,
    empty: file.empty,
    findings: bySeverity,
    ...(file.report ? { report: file.report } : {}),
    ...(file.keptReport ? { keptReport: file.keptReport } : {}),
    ms: Math.round(file.ms),
  };
}

function printChecked(file: QaFileResult, out: Output, perCode: number): void {
  out.log(
    `${file.workbook}: ${countOf(file.segments, 'segment', 'segments')} · ${file.translated.toLocaleString('en-US')} translated · ${file.empty.toLocaleString('en-US')} empty — ` +
      countFindings(file.findings),
  );
  for (const line of groupFindings(file.findings, perCode)) out.log(line);
  if (file.keptReport) out.log(keptLine(file.keptReport));
  if (file.report) out.log(`Report for the translator: ${file.report}`);
}
