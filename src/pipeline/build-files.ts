import { basename, dirname, extname, join } from 'node:path';
import { type Finding, primaryLanguage } from '../model/index.js';
import { collectInputs, outputNames } from './collect-inputs.js';
import { type EachWorkbookOptions, eachWorkbook, type WorkbookTurn } from './each-workbook.js';
import { checkDocumentOutput, type KeptDocument } from './foreign-document.js';
import { type LoadedGlossary, workbookGlossaries } from './load-glossaries.js';
import { isWorkbookFile } from './load-workbook.js';
import type { BuildJobResult } from './workbook-job.js';
import { makeOutputFolder, writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link buildFiles}. */
export interface BuildOptions extends EachWorkbookOptions {
  /** Workbooks (or folders of them) as translators sent them back. */
  readonly workbooks: readonly string[];
  /** Output folder; by default each workbook's own folder, so the documents land beside it. */
  readonly out?: string;
  /** Glossary files and folders: when given, terms are matched afresh with them instead of read from the workbook. */
  readonly glossaries?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Clock for the date in the bilingual document; tests pass a fixed one. */
  readonly now?: () => Date;
}

/** What building one workbook gave. */
export interface BuildFileResult {
  readonly workbook: string;
  /** Whether the documents were written. */
  readonly ok: boolean;
  /** Why not, when `ok` is false. */
  readonly error?: string;
  readonly outputs: string[];
  /**
   * Where the Word documents this build replaced were kept, those tandem had written and someone saved since (a
   * reviewer's comments, a client's changes): in the backup folder beside them.
   */
  readonly keptDocuments: KeptDocument[];
  readonly sourceLanguage?: string;
  readonly targetLanguage?: string;
  readonly segments: number;
  readonly translated: number;
  readonly empty: number;
  /** Translations kept on the workbook's Orphans sheet: not in the documents. */
  readonly orphans: number;
  /** Problems found in the workbook, each with its cell. */
  readonly findings: Finding[];
  /** Milliseconds the workbook took, from reading it to writing its documents. */
  readonly ms: number;
}

export interface BuildResult {
  readonly files: BuildFileResult[];
  readonly glossary?: LoadedGlossary;
  /** Inputs that named nothing usable. */
  readonly problems: { readonly path: string; readonly message: string }[];
}

/**
 * Runs `tandem build`: reads each translator's workbook and writes `<name>.docx` (bilingual, with the translations)
 * and `<name>.<target language>.docx` (the translation alone). The workbook is all it needs. A workbook that cannot
 * be used writes nothing and says why; one with problems still builds, and its problems come back as findings.
 * Workbooks are built `jobs` at a time (see {@link eachWorkbook}).
 */
export async function buildFiles(options: BuildOptions): Promise<BuildResult> {
  const { files, problems } = await collectInputs(options.workbooks, isWorkbookFile);
  const glossaries = workbookGlossaries(options);
  const names = options.out ? outputNames(files) : files.map((file) => basename(file, extname(file)));
  const results = await eachWorkbook(files, glossaries, options, (file, i, turn) =>
    buildOne(file, names[i]!, options, turn),
  );
  return { files: results, ...(glossaries ? { glossary: await glossaries.loaded() } : {}), problems };
}

async function buildOne(
  workbook: string,
  name: string,
  options: BuildOptions,
  { compute }: WorkbookTurn,
): Promise<BuildFileResult> {
  const started = performance.now();
  const base = { workbook, outputs: [], keptDocuments: [], segments: 0, translated: 0, empty: 0, orphans: 0 };
  const ms = () => ({ ms: performance.now() - started });
  let done: BuildJobResult;
  try {
    done = await compute({
      kind: 'build',
      workbook,
      date: (options.now?.() ?? new Date()).toISOString().slice(0, 10),
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...base, ok: false, error: `${workbook} could not be built: ${reason}`, findings: [], ...ms() };
  }
  if (!done.ok) return { ...base, ok: false, error: done.error, findings: done.findings, ...ms() };
  const { findings } = done;
  const counts = {
    sourceLanguage: done.sourceLanguage,
    targetLanguage: done.targetLanguage,
    segments: done.segments,
    translated: done.translated,
    empty: done.empty,
    orphans: done.orphans,
  };
  const out = options.out ?? dirname(workbook);
  const targets: [string, Uint8Array][] = [
    [join(out, `${name}.docx`), done.bilingual],
    [join(out, `${name}.${primaryLanguage(done.targetLanguage)}.docx`), done.translation],
  ];
  const outputs: string[] = [];
  const keptDocuments: KeptDocument[] = [];
  try {
    await makeOutputFolder(out);
    for (const [path, data] of targets) {
      const keep = await checkDocumentOutput(path, 'Build');
      if (keep) keptDocuments.push(await keep(options.now?.() ?? new Date()));
      await writeFileAtomic(path, data);
      outputs.push(path);
    }
  } catch (error) {
    return {
      ...base,
      ...counts,
      ok: false,
      outputs,
      keptDocuments,
      error: error instanceof Error ? error.message : String(error),
      findings,
      ...ms(),
    };
  }
  return { ...base, ...counts, ok: true, outputs, keptDocuments, findings, ...ms() };
}
