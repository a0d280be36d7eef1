import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Output } from '../cli.js';
import { findingJson } from '../export/finding-json.js';
import { type BuildFileResult, buildFiles } from '../pipeline/build-files.js';
import { countOf } from './count-of.js';
import { keptLine } from './kept-line.js';
import { countFindings, groupFindings } from './print-findings.js';
import { parseJobs, parseLanguage, UsageError } from './usage-error.js';
import { workbookProgress } from './workbook-progress.js';

/** `tandem build --help`. */
export const BUILD_HELP = `Usage: tandem build <workbooks…> [options]

Turns translator workbooks back into Word documents. For each workbook (.xlsx as saved by Excel,
LibreOffice, WPS or Google Sheets; also .ods, .xls and .csv) it writes:
  <name>.docx        the bilingual document (ID | Source | Target | Status), now with the translations
  <name>.<lang>.docx the translation alone, paragraph by paragraph as in the source, e.g. interview.en.docx;
                     a segment with no translation shows as a highlighted [p3.s2 not translated: …]

The workbook is all it needs. Rows are matched by their ID, so sorting, filtering, hiding and
inserting rows are fine. Problems (deleted rows, a row without ID, an edited Source cell, a cell the
spreadsheet turned into a date or formula, …) are reported with their cell, e.g. Segments!C14.

Options:
  --out <folder>            where to write the documents. Default: the workbook's own folder.
  --glossary <file|folder>  match terms with this glossary instead of the matches stored in the workbook.
  --from <lang>             source language, when the workbook does not say (a CSV). Default: detected.
  --to <lang>               target language, when the workbook does not say. Default: detected.
  --jobs <n>                workbooks built at once, each on a core of its own when they are big
                            enough to be worth it (4 MB in all). Default: number of CPUs.
  --json                    print a machine-readable summary on stdout instead of text.
  --quiet                   print nothing but errors.
  -h, --help                this help.

Examples:
  tandem build output/interview.xlsx
  tandem build ~/Downloads/interview-done.xlsx --out output
  tandem build segments.csv --from zh --to en

Exit code: 0 when the documents were written, 1 when a workbook could not be used (not a spreadsheet,
no Segments sheet, a header missing: the message says which) or a document could not be written.
`;

/** Runs `tandem build`; returns the exit code. */
export async function runBuild(args: readonly string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      glossary: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      jobs: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.log(BUILD_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    throw new UsageError('Expected at least one workbook: `tandem build <workbook.xlsx…>`');
  }
  for (const glossary of values.glossary ?? []) {
    if (!existsSync(glossary))
      throw new UsageError(`Expected \`--glossary\` to name a file or folder, got \`${glossary}\``);
  }
  const from = parseLanguage('--from', values.from);
  const to = parseLanguage('--to', values.to);
  const jobs = parseJobs(values.jobs);
  const progress = values.json || values.quiet ? undefined : workbookProgress(out);
  const result = await buildFiles({
    workbooks: positionals,
    ...(values.out ? { out: values.out } : {}),
    ...(values.glossary ? { glossaries: values.glossary } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(jobs ? { jobs } : {}),
    ...(progress ? { onProgress: progress.onProgress } : {}),
  });
  progress?.finish();
  const problems = [...result.problems, ...(result.glossary?.unreadable ?? [])];
  const failed = result.files.filter((f) => !f.ok);
  const exitCode = failed.length > 0 || problems.length > 0 || result.files.length === 0 ? 1 : 0;

  if (values.json) {
    out.log(
      JSON.stringify(
        {
          ok: exitCode === 0,
          files: result.files.map((file) => ({
            ...file,
            findings: file.findings.map(findingJson),
            ms: Math.round(file.ms),
          })),
          problems,
        },
        null,
        2,
      ),
    );
    return exitCode;
  }
  for (const problem of problems) out.error(`error: ${problem.message}`);
  if (result.files.length === 0 && problems.length === 0) out.error('error: no workbook to build.');
  for (const file of result.files) {
    if (!file.ok) out.error(`✗ ${file.workbook}: ${file.error}`);
    else if (!values.quiet) printBuilt(file, out);
  }
  if (!values.quiet && result.files.length > 0) {
    const built = result.files.length - failed.length;
    out.log(
      `Built ${built} of ${countOf(result.files.length, 'workbook', 'workbooks')}.` +
        (built > 0
          ? ` Check the translation with \`tandem qa ${result.files.find((f) => f.ok)!.workbook}\`.`
          : ''),
    );
  }
  return exitCode;
}

function printBuilt(file: BuildFileResult, out: Output): void {
  const problems = file.findings.filter((f) => f.severity !== 'info');
  out.log(
    `✓ ${file.workbook} (${file.sourceLanguage} → ${file.targetLanguage}): ${countOf(file.segments, 'segment', 'segments')} · ` +
      `${file.translated.toLocaleString('en-US')} translated · ${file.empty.toLocaleString('en-US')} empty · ` +
      countOf(problems.length, 'problem', 'problems'),
  );
  const [bilingual, translation] = file.outputs;
  out.log(`    → ${bilingual} (bilingual)${translation ? `, ${translation} (translation)` : ''}`);
  for (const kept of file.keptDocuments) out.log(`    ${keptLine(kept)}`);
  if (file.empty > 0) {
    out.log(
      `    ${countOf(file.empty, 'segment', 'segments')} without a translation ${file.empty === 1 ? 'shows as a highlighted placeholder' : 'show as highlighted placeholders'}.`,
    );
  }
  if (file.orphans > 0) {
    out.log(
      `    ${countOf(file.orphans, 'translation on the Orphans sheet is', 'translations on the Orphans sheet are')} not in the documents.`,
    );
  }
  if (file.findings.length > 0) {
    out.log(`    ${countFindings(file.findings)}:`);
    for (const line of groupFindings(file.findings, 10, '    ')) out.log(line);
  }
}
