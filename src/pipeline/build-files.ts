import { basename, dirname, extname, join } from 'node:path';
import { countTerms } from '../align/count-terms.js';
import { writeBilingualDocx } from '../export/docx.js';
import { writeTranslatedDocx } from '../export/translated-docx.js';
import { buildTermIndex, matchTerms, otherTargetFindings } from '../glossary/index.js';
import { type AlignedDocument, type Finding, primaryLanguage } from '../model/index.js';
import { collectInputs, outputNames } from './collect-inputs.js';
import { checkDocumentOutput, type KeptDocument } from './foreign-document.js';
import { type LoadedGlossary, type WorkbookGlossaries, workbookGlossaries } from './load-glossaries.js';
import { isWorkbookFile, loadWorkbook } from './load-workbook.js';
import { readingStep, type WorkbookProgressEvent } from './workbook-progress.js';
import { makeOutputFolder, writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link buildFiles}. */
export interface BuildOptions {
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
  /** Hears each workbook's steps as they start, and when it is done. */
  readonly onProgress?: (event: WorkbookProgressEvent) => void;
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
 */
export async function buildFiles(options: BuildOptions): Promise<BuildResult> {
  const { files, problems } = await collectInputs(options.workbooks, isWorkbookFile);
  const glossaries = workbookGlossaries(options);
  const names = options.out ? outputNames(files) : files.map((file) => basename(file, extname(file)));
  const results: BuildFileResult[] = [];
  options.onProgress?.({ type: 'start', workbooks: files.length });
  for (const [i, file] of files.entries()) {
    const result = await buildOne(file, names[i]!, options, glossaries);
    options.onProgress?.({ type: 'workbook-done', workbook: file, ok: result.ok });
    results.push(result);
  }
  return { files: results, ...(glossaries ? { glossary: await glossaries.loaded() } : {}), problems };
}

async function buildOne(
  workbook: string,
  name: string,
  options: BuildOptions,
  glossaries: WorkbookGlossaries | undefined,
): Promise<BuildFileResult> {
  const base = { workbook, outputs: [], keptDocuments: [], segments: 0, translated: 0, empty: 0, orphans: 0 };
  const step = (words: string) => options.onProgress?.({ type: 'step', workbook, step: words });
  const read = await loadWorkbook(workbook, {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    onReading: (bytes) => step(readingStep(bytes)),
  });
  if (!read.document) {
    const errors = read.findings.filter((f) => f.severity === 'error');
    return { ...base, ok: false, error: errors.map((f) => f.message).join(' '), findings: read.findings };
  }
  const glossary = await glossaries?.for(read.document.targetLanguage);
  if (glossary) step('matching terms with the glossary');
  const document = glossary ? withTerms(read.document, glossary) : read.document;
  const findings = glossary
    ? [
        ...read.findings,
        ...otherTargetFindings(glossary.entries, document.sourceLanguage, document.targetLanguage),
      ]
    : read.findings;
  const translated = document.segments.filter((s) => s.target.trim() !== '').length;
  const counts = {
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
    segments: document.segments.length,
    translated,
    empty: document.segments.length - translated,
    orphans: document.orphans?.length ?? 0,
  };
  const out = options.out ?? dirname(workbook);
  const targets: [string, string, () => Promise<Uint8Array>][] = [
    [
      join(out, `${name}.docx`),
      'writing the bilingual document',
      () =>
        writeBilingualDocx(document, { date: (options.now?.() ?? new Date()).toISOString().slice(0, 10) }),
    ],
    [
      join(out, `${name}.${primaryLanguage(document.targetLanguage)}.docx`),
      'writing the translation',
      () => writeTranslatedDocx(document),
    ],
  ];
  const outputs: string[] = [];
  const keptDocuments: KeptDocument[] = [];
  try {
    await makeOutputFolder(out);
    for (const [path, doing, write] of targets) {
      step(doing);
      const keep = await checkDocumentOutput(path, 'Build');
      const data = await write();
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
    };
  }
  return { ...base, ...counts, ok: true, outputs, keptDocuments, findings };
}

/** Matches every segment's source against the given glossary, in place of the matches stored in the workbook. */
function withTerms(doc: AlignedDocument, glossary: LoadedGlossary): AlignedDocument {
  const index = buildTermIndex(glossary.entries, {
    language: doc.sourceLanguage,
    targetLanguage: doc.targetLanguage,
  });
  const segments = doc.segments.map((segment) => ({ ...segment, terms: matchTerms(index, segment.source) }));
  return { ...doc, segments, terms: countTerms(segments) };
}
