import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import PQueue from 'p-queue';
import { pairSegments } from '../align/pair-segments.js';
import { pairTranslation } from '../align/pair-translation.js';
import { alignSentences, type DictionaryEntry } from '../align/translation/index.js';
import {
  entriesInLanguage,
  glossaryTarget,
  type OtherTargetEntries,
  otherTargetEntries,
} from '../glossary/index.js';
import { DocumentEntries } from '../glossary/term-entries.js';
import { madeByTandem } from '../import/made-by-tandem.js';
import {
  type AlignedDocument,
  defaultTarget,
  type Finding,
  type GlossaryEntry,
  type Segment,
  type SourceDocument,
} from '../model/index.js';
import { isSupportedInput, readDocument } from '../read/index.js';
import { detectLanguage, detectSpeakers, segmentDocument, segmentLines } from '../segment/index.js';
import { collectInputs, outputNames, type SkippedInput } from './collect-inputs.js';
import { type EarlierWorkbooks, earlierWorkbooks, workbookTargetLanguage } from './earlier-workbooks.js';
import { checkDocumentOutput, type KeptDocument } from './foreign-document.js';
import { glossaryLanguages, type LoadedGlossary, loadGlossaries } from './load-glossaries.js';
import { POOL_MIN_BYTES, TermMatcher } from './matching/term-matcher.js';
import { type OutputFormat, WRITERS } from './output-writers.js';
import { carryEarlierWork, type RealignReport, readEarlierWork } from './realign.js';
import { makeOutputFolder, writeFileAtomic } from './write-file-atomic.js';

export { OUTPUT_FORMATS, type OutputFormat } from './output-writers.js';

export interface AlignJobOptions {
  /** Files and folders to align. */
  readonly inputs: readonly string[];
  /** Glossary files and folders. */
  readonly glossaries: readonly string[];
  /** Source language; detected from each document's text when absent. */
  readonly from?: string;
  /** Target language; `en` by default (`zh` for English sources). */
  readonly to?: string;
  /** Output folder, created when missing. */
  readonly out: string;
  readonly formats: readonly OutputFormat[];
  /** Transcript speaker labels; detected from the text when absent. */
  readonly speakers?: readonly string[];
  /** Whether a CJK ；ends a sentence. */
  readonly breakOnSemicolon?: boolean;
  /**
   * An existing translation of the (single) input: its sentences are aligned to the source's and fill the
   * Target column, status `draft`, with a confidence per row.
   */
  readonly translation?: string;
  /** Both sides hold one segment per line: split nothing (hunalign/Bertalign convention). */
  readonly presegmented?: boolean;
  /** Files processed at once; the number of CPUs by default. */
  readonly jobs?: number;
  /** Clock for the `created` stamp; tests pass a fixed one. */
  readonly now?: () => Date;
  /** Called as the run goes on: when it starts, as each file passes each stage, when each file is done. */
  readonly onProgress?: (event: ProgressEvent) => void;
}

/**
 * What `onProgress` hears. A file's events come in this order: `read`, `carrying-over` (when an earlier workbook is
 * there), `segmented`, `matching` (every {@link MATCHING_STEP} segments and once all are matched), `paired`,
 * `writing` (now and then, for a long document's workbook), `written` per output, `file-done`; a file that
 * fails stops early and still ends with `file-done`. Files run at once interleave theirs. `bytes` let a progress bar
 * weigh files by size and estimate the time left before any file is done.
 */
export type ProgressEvent =
  /** The run begins: how many files, their total size and the formats each file will be written in, in order. */
  | {
      readonly type: 'start';
      readonly files: number;
      readonly bytes: number;
      readonly formats: readonly OutputFormat[];
    }
  /** A file was read from disk (`bytes` is its size); decoding and segmenting come next. */
  | { readonly type: 'read'; readonly input: string; readonly bytes: number }
  /** A file was split into `segments` segments; term matching comes next. */
  | { readonly type: 'segmented'; readonly input: string; readonly segments: number }
  /** Glossary terms were matched in `matched` of the file's `total` segments (`matched === total`: all done). */
  | { readonly type: 'matching'; readonly input: string; readonly matched: number; readonly total: number }
  /**
   * The output folder holds a workbook of an earlier run: it is read now (seconds for a book), before the file is
   * segmented, and the translator's work in it is carried over once the new rows are made, before `paired`.
   */
  | { readonly type: 'carrying-over'; readonly input: string }
  /**
   * The file's rows are made (slots paired, or the translation aligned, and an earlier workbook's work carried
   * over): only writing the outputs is left.
   */
  | { readonly type: 'paired'; readonly input: string }
  /**
   * `share` (0–1) of an output is made; only outputs that take a while say so (a long document's workbook, every
   * few thousand rows). Another output may be made meanwhile: all are made before the first is written.
   */
  | {
      readonly type: 'writing';
      readonly input: string;
      readonly format: OutputFormat;
      readonly share: number;
    }
  /** One output of the file was written to `path`. */
  | { readonly type: 'written'; readonly input: string; readonly format: OutputFormat; readonly path: string }
  /** The file is finished, written or failed; `bytes` is its size as counted in `start`. */
  | { readonly type: 'file-done'; readonly result: FileResult; readonly bytes: number };

/** Segments matched between two `matching` events: a book's bar moves, and reporting costs nothing. */
export const MATCHING_STEP = 2000;

/**
 * Reports one file's term matching: call the function it returns with the number of segments matched so far, in
 * any steps and from any loop (or as workers finish chunks). It passes on a `matching` event when at least
 * {@link MATCHING_STEP} more segments are matched than last reported, and when all `total` are.
 */
export function matchingReporter(
  input: string,
  total: number,
  onProgress: ((event: ProgressEvent) => void) | undefined,
): (matched: number) => void {
  let reported = 0;
  return (matched) => {
    if (!onProgress || matched <= reported || (matched < total && matched - reported < MATCHING_STEP)) return;
    reported = matched;
    onProgress({ type: 'matching', input, matched, total });
  };
}

export interface FileResult {
  readonly input: string;
  /** Base name of the outputs (`interview` → `interview.xlsx`). */
  readonly name: string;
  /** Whether every requested output was written. */
  readonly ok: boolean;
  /** What went wrong when `ok` is false. */
  readonly error?: string;
  readonly sourceLanguage?: string;
  readonly targetLanguage?: string;
  readonly speakers?: readonly string[];
  readonly segments: number;
  readonly termMatches: number;
  /** Paths written; a failed file lists those written before the failure. */
  readonly outputs: string[];
  /** Notes on segments (missing numerals, low alignment confidence, …), counted. */
  readonly notes: number;
  /**
   * When `<out>/<name>.xlsx` existed, or another workbook in `<out>` was made from the same input: what was carried
   * over from it and where it was kept.
   */
  readonly realign?: RealignReport;
  /**
   * Where the Word documents this run replaced were kept, those tandem had written and someone saved since (a
   * reviewer's comments): in the output folder's backup folder.
   */
  readonly keptDocuments?: readonly KeptDocument[];
  /** Glossary entries that give renderings in another target language than this document's, left out, per file. */
  readonly otherTargets?: readonly OtherTargetEntries[];
  readonly ms: number;
}

export interface AlignJobResult {
  readonly files: FileResult[];
  readonly glossary: LoadedGlossary;
  /** Inputs that named nothing usable. */
  readonly problems: { readonly path: string; readonly message: string }[];
  /** Files found in the input folders and left out: the Word documents tandem wrote. */
  readonly skipped: readonly SkippedInput[];
}

/** Runs `tandem align`: reads, segments, matches terms, pairs slots and writes every requested format for each input. */
export async function alignFiles(options: AlignJobOptions): Promise<AlignJobResult> {
  const { files, problems, skipped } = await collectInputs(options.inputs, isSupportedInput, tandemOutput);
  const glossary = await loadGlossaries(options.glossaries, glossaryLanguages(options));
  const names = outputNames(files);
  await makeOutputFolder(options.out);
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  options.onProgress?.({
    type: 'start',
    files: files.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    formats: options.formats,
  });
  const jobs = options.jobs ?? Math.max(1, availableParallelism());
  // The word thread takes the other core: not when the run is held to one, nor on a machine of one.
  const matcher = new TermMatcher(
    glossary.entries,
    matchingHelpers(jobs),
    jobs >= 2 && availableParallelism() >= 2,
  );
  // Read once for the run, and only if some input's `<name>.xlsx` is missing.
  const earlier = earlierWorkbooks(options.out, names);
  if (sizes.some((size) => size >= POOL_MIN_BYTES)) {
    matcher.prepare(options.from, options.from && translatedInto(options.from, options, glossary));
  }
  const queue = new PQueue({ concurrency: jobs });
  try {
    const results = await Promise.all(
      files.map((file, i) =>
        queue.add(async () => {
          const result = await alignOne(file, names[i]!, options, glossary, matcher, earlier);
          options.onProgress?.({ type: 'file-done', result, bytes: sizes[i]! });
          return result;
        }),
      ),
    );
    return { files: results as FileResult[], glossary, problems, skipped };
  } finally {
    await matcher.close();
  }
}

/**
 * Why a Word document found in an input folder is not a document to translate: tandem wrote it, a bilingual review
 * document or a translation (its `dc:creator` says so, and stays so when Word saves it again). An output folder
 * that is, or is inside, an input folder holds such files after the first run; aligning them again would make
 * workbooks of tables of segments, and rename the real input's outputs to tell them apart.
 */
async function tandemOutput(path: string): Promise<string | undefined> {
  if (extname(path).toLowerCase() !== '.docx') return undefined;
  try {
    if (madeByTandem(await readFile(path)))
      return 'a Word document tandem wrote, not a document to translate';
  } catch {
    // Unreadable now: kept, so that reading it says why.
  }
  return undefined;
}

/** Matching threads are never more than this: each holds its own copy of the glossary and its index. */
const MAX_MATCHING_THREADS = 4;

/**
 * Worker threads that share a big document's term matching (the costliest stage) with the main thread: one per core
 * beyond the first that `--jobs` allows, on machines of three cores or more. On two cores (measured with
 * `npm run bench` on two hyperthreads), a helper made one big file 5% faster but a batch 8% slower and 45% bigger,
 * as it competes with the main thread and compression for the one other core; there matching stays on the main
 * thread.
 */
function matchingHelpers(jobs: number): number {
  const cores = availableParallelism();
  if (cores < 3) return 0;
  return Math.max(0, Math.min(jobs, cores, MAX_MATCHING_THREADS + 1) - 1);
}

/** The language of a document, told from its first 20,000 characters (`und` when it has no words). */
function documentLanguage(document: SourceDocument): string {
  let sample = '';
  for (const paragraph of document.paragraphs) {
    sample += `${paragraph.text}\n`;
    if (sample.length >= 20_000) break;
  }
  return detectLanguage(sample.slice(0, 20_000));
}

/** Reads the existing translation given with `--translation` and tells its language. */
async function readTranslation(
  path: string,
  options: AlignJobOptions,
): Promise<{ document: SourceDocument; language: string }> {
  const document = await readDocument(await readFile(path), path);
  if (document.paragraphs.length === 0) throw new Error(`The translation ${path} has no text.`);
  const language = options.to ?? documentLanguage(document);
  if (language === 'und') throw new Error(`Could not tell the language of ${path}; give it with --to.`);
  return { document, language };
}

/**
 * The language a document in `source` is translated into: `--to`; else the one the glossary names for that source
 * (a zh/fr termbase: French), else the default (English, or Chinese from English).
 */
function translatedInto(source: string, options: AlignJobOptions, glossary: LoadedGlossary): string {
  return options.to ?? glossaryTarget(glossary.entries, source) ?? defaultTarget(source);
}

/**
 * Glossary entries as alignment anchors: each source variant with the renderings that count as its translation,
 * turned round where the glossary goes the other way (a zh/en glossary for an English document), as for matching.
 */
function dictionaryOf(
  entries: readonly GlossaryEntry[],
  sourceLanguage: string,
  targetLanguage: string,
): DictionaryEntry[] {
  return entriesInLanguage(entries, sourceLanguage, targetLanguage)
    .filter((entry) => entry.status !== 'forbidden' && entry.targets.length > 0)
    .flatMap((entry) => entry.sources.map((source) => ({ source, targets: entry.targets })));
}

async function alignOne(
  input: string,
  name: string,
  options: AlignJobOptions,
  glossary: LoadedGlossary,
  matcher: TermMatcher,
  earlier: EarlierWorkbooks,
): Promise<FileResult> {
  const glossaryFindings: readonly Finding[] = glossary.findings;
  const started = performance.now();
  // Outputs written before a later one failed are on disk: the summary must name them.
  const outputs: string[] = [];
  const failed = (error: unknown): FileResult => ({
    input,
    name,
    ok: false,
    error: error instanceof Error ? error.message : String(error),
    segments: 0,
    termMatches: 0,
    outputs: [...outputs],
    notes: 0,
    ms: performance.now() - started,
  });
  try {
    // Before any work: the Word document this run would write must not replace one tandem did not write, and one
    // a reviewer has edited since is kept.
    const keepDocument = options.formats.includes('docx')
      ? await checkDocumentOutput(join(options.out, `${name}.docx`), 'Align', input)
      : undefined;
    const bytes = await readFile(input);
    options.onProgress?.({ type: 'read', input, bytes: bytes.byteLength });
    const source = { ...(await readDocument(bytes, input)), name };
    if (source.paragraphs.length === 0) {
      return failed(new Error(`${input} has no text to translate (it is empty or only blank lines).`));
    }
    const sourceLanguage = options.from ?? documentLanguage(source);
    if (sourceLanguage === 'und') {
      return failed(
        new Error(`Could not tell the language of ${input} (it has no words); give it with --from.`),
      );
    }
    const translation = options.translation ? await readTranslation(options.translation, options) : undefined;
    // Without --to, a document aligned before goes on in its workbook's language, whatever the default now is.
    const targetLanguage =
      options.to ??
      translation?.language ??
      (await workbookTargetLanguage(join(options.out, `${name}.xlsx`))) ??
      translatedInto(sourceLanguage, options, glossary);
    const otherTargets = otherTargetEntries(glossary.entries, sourceLanguage, targetLanguage);
    const now = options.now?.() ?? new Date();
    // A workbook from an earlier run holds the translator's work: it is read now, before this run's document is
    // built, so that a book's two never fill memory at once, and carried over once the new rows are made. An earlier
    // run over other inputs may have named this input's workbook differently: then it is found by its input.
    const earlierWork = await readEarlierWork({
      workbook: join(options.out, `${name}.xlsx`),
      replaces: options.formats.includes('xlsx'),
      now,
      onReading: () => options.onProgress?.({ type: 'carrying-over', input }),
      findEarlier: () => earlier.find(input, targetLanguage),
    });
    const texts = source.paragraphs.map((p) => p.text);
    // Word tokens of the document's Han runs, worked out on another core while this one segments and matches.
    const lookahead = matcher.lookAhead(sourceLanguage, texts);
    const speakers = options.presegmented ? [] : (options.speakers ?? detectSpeakers(texts));
    const segments = options.presegmented
      ? segmentLines(source)
      : segmentDocument(source, {
          language: sourceLanguage,
          speakers,
          ...(options.breakOnSemicolon === undefined ? {} : { breakOnSemicolon: options.breakOnSemicolon }),
        });
    options.onProgress?.({ type: 'segmented', input, segments: segments.length });
    const matches = await matcher.match(
      sourceLanguage,
      targetLanguage,
      segments.map((segment) => segment.source),
      matchingReporter(input, segments.length, options.onProgress),
      lookahead,
    );
    const pairOptions = {
      sourceLanguage,
      targetLanguage,
      created: now.toISOString(),
      findings: glossaryFindings,
    };
    let paired: AlignedDocument;
    if (translation) {
      const sentences = options.presegmented
        ? segmentLines(translation.document)
        : segmentDocument(translation.document, { language: targetLanguage, speakers: [] });
      const beads = alignSentences(
        segments.map((s) => s.source),
        sentences.map((s) => s.source),
        {
          sourceLanguage,
          targetLanguage,
          dictionary: dictionaryOf(glossary.entries, sourceLanguage, targetLanguage),
          sourceParagraphs: segments.map((s) => s.paragraph),
          targetParagraphs: sentences.map((s) => s.paragraph),
        },
      );
      paired = pairTranslation(
        source,
        segments,
        matches,
        sentences.map((s: Segment) => ({ text: s.source, paragraph: s.paragraph })),
        beads,
        pairOptions,
      );
    } else {
      paired = pairSegments(source, segments, matches, pairOptions);
    }
    const { document, report } = carryEarlierWork(paired, earlierWork, now);
    options.onProgress?.({ type: 'paired', input });
    // Every output is made before the first is written: the main thread makes the next one while the workbook's
    // last parts are still being compressed on other threads.
    const writing = (format: OutputFormat) => (share: number) =>
      options.onProgress?.({ type: 'writing', input, format, share });
    // Counted once for the workbook and the JSON, which both number the matched entries.
    const entries = options.formats.some((f) => f === 'xlsx' || f === 'json')
      ? new DocumentEntries(document.segments)
      : undefined;
    const made = options.formats.map((format) =>
      Promise.resolve().then(() => WRITERS[format](document, writing(format), entries)),
    );
    // Awaited in order below; handled now, so that a later one failing first is not reported as unhandled.
    for (const bytes of made) bytes.catch(() => {});
    let keptDocument: KeptDocument | undefined;
    for (const [i, format] of options.formats.entries()) {
      const path = join(options.out, `${name}.${format}`);
      const data = await made[i]!;
      if (format === 'docx' && keepDocument) keptDocument = await keepDocument(now);
      await writeFileAtomic(path, data);
      outputs.push(path);
      options.onProgress?.({ type: 'written', input, format, path });
    }
    return {
      input,
      name,
      ok: true,
      sourceLanguage,
      targetLanguage,
      speakers,
      segments: document.segments.length,
      termMatches: matches.reduce((n, m) => n + m.length, 0),
      outputs,
      notes: document.segments.reduce((n, s) => n + s.notes.length, 0),
      ...(report ? { realign: report } : {}),
      ...(keptDocument ? { keptDocuments: [keptDocument] } : {}),
      ...(otherTargets.length > 0 ? { otherTargets } : {}),
      ms: performance.now() - started,
    };
  } catch (error) {
    return failed(error);
  }
}
