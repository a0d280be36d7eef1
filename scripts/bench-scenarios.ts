/**
 * tandem's benchmark rows: the whole command and each stage. Each runs in a child process of its own
 * (scripts/bench-child.ts), prepares its inputs untimed, then passes the measured work to `timed` exactly once.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pairSegments } from '../src/align/pair-segments.js';
import { writeBilingualDocx } from '../src/export/docx.js';
import { writeJsonBytes } from '../src/export/json.js';
import { writeWorkbook } from '../src/export/xlsx.js';
import { buildTermIndex, matchTerms, type TermIndex } from '../src/glossary/index.js';
import type { AlignedDocument, Segment, SourceDocument, TermMatch } from '../src/model/index.js';
import { type AlignJobOptions, alignFiles } from '../src/pipeline/align-files.js';
import { buildFiles } from '../src/pipeline/build-files.js';
import { loadGlossaries } from '../src/pipeline/load-glossaries.js';
import { TermMatcher } from '../src/pipeline/matching/term-matcher.js';
import { qaFiles } from '../src/pipeline/qa-files.js';
import { readDocument } from '../src/read/index.js';
import { detectSpeakers, segmentDocument } from '../src/segment/index.js';
import { need, type Scenario, type ScenarioParams } from './bench-types.js';

async function readSource(path: string): Promise<{ bytes: Uint8Array; doc: SourceDocument }> {
  const bytes = await readFile(path);
  return { bytes, doc: await readDocument(bytes, path) };
}

function segmentSource(doc: SourceDocument): Segment[] {
  const speakers = detectSpeakers(doc.paragraphs.map((p) => p.text));
  return segmentDocument(doc, { language: 'zh', speakers });
}

async function termIndex(glossaries: readonly string[]): Promise<{ index: TermIndex; entries: number }> {
  const glossary = await loadGlossaries(glossaries);
  return { index: buildTermIndex(glossary.entries, { language: 'zh' }), entries: glossary.entries.length };
}

async function alignedDocument(params: ScenarioParams): Promise<{ doc: AlignedDocument; bytes: number }> {
  const { bytes, doc } = await readSource(need(params.text, 'text'));
  let segments = segmentSource(doc);
  if (params.count !== undefined) {
    if (segments.length < params.count) {
      throw new Error(`Expected ${params.count} segments in ${params.text}, got ${segments.length}`);
    }
    segments = segments.slice(0, params.count);
  }
  const { index } = await termIndex(params.glossaries ?? []);
  const matches = segments.map((s) => matchTerms(index, s.source));
  const aligned = pairSegments(doc, segments, matches, {
    sourceLanguage: 'zh',
    targetLanguage: 'en',
    created: '2026-01-01T00:00:00.000Z',
  });
  const sourceBytes = segments.reduce((n, s) => n + Buffer.byteLength(s.source), 0);
  return { doc: aligned, bytes: params.count === undefined ? bytes.byteLength : sourceBytes };
}

/**
 * Runs `tandem align` (untimed) into a folder of its own under `params.out`, as a translator's first run: the
 * workbook the re-align, qa and build rows start from. Its targets are empty.
 */
async function firstRun(params: ScenarioParams, folder: string) {
  const text = need(params.text, 'text');
  const out = join(need(params.out, 'out'), folder);
  await rm(out, { recursive: true, force: true });
  const options: AlignJobOptions = {
    inputs: [text],
    glossaries: params.glossaries ?? [],
    out,
    formats: ['xlsx', 'json'],
    from: 'zh',
  };
  const result = await alignFiles(options);
  const file = result.files[0];
  if (!file?.ok) throw new Error(`alignFiles failed: ${file?.error ?? 'no file'}`);
  const workbook = file.outputs.find((path) => path.endsWith('.xlsx'))!;
  return { options, file, workbook, out };
}

/**
 * The book's workbook as a translator sends it back (untimed): every row translated by a stand-in that uses the
 * glossary's renderings of its terms and some of its numbers, so that QA's checks have targets to judge and find
 * something in most of them (missing terms, changed numbers, length), as on a real draft.
 */
async function translatedWorkbook(params: ScenarioParams, folder: string) {
  const { doc } = await alignedDocument(params);
  const segments = doc.segments.map((segment, i) => {
    const numbers = segment.source.match(/\d+/g) ?? [];
    const terms = segment.terms.filter((_, k) => k % 3 !== 2).map((term) => term.target);
    return {
      ...segment,
      target: `Sentence ${i + 1}: ${[...terms, ...numbers.slice(1)].join(', ')}.`,
      status: 'translated' as const,
    };
  });
  const out = join(need(params.out, 'out'), folder);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const workbook = join(out, 'book.xlsx');
  await writeFile(workbook, await writeWorkbook({ ...doc, segments }));
  return { workbook, out, segments: segments.length };
}

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  /** The whole command as a user runs it: `tandem align <text> --glossary … --format xlsx,json` (every core). */
  async command(params, timed) {
    const path = need(params.text, 'text');
    const { size } = await stat(path);
    const result = await timed(() =>
      alignFiles({
        inputs: [path],
        glossaries: params.glossaries ?? [],
        out: need(params.out, 'out'),
        formats: ['xlsx', 'json'],
        from: 'zh',
        ...(params.jobs === undefined ? {} : { jobs: params.jobs }),
      }),
    );
    const file = result.files[0];
    if (!file?.ok) throw new Error(`alignFiles failed: ${file?.error ?? 'no file'}`);
    return {
      bytes: size,
      segments: file.segments,
      termMatches: file.termMatches,
      entries: result.glossary.entries.length,
    };
  },

  /**
   * `tandem align` run again over the same book, its workbook already there: the work carried over from it (read
   * back with SheetJS) and the old workbook kept in backup/.
   */
  async realign(params, timed) {
    const { options, file } = await firstRun(params, 'realign');
    const result = await timed(() => alignFiles(options));
    const again = result.files[0];
    if (!again?.ok || !again.realign || again.realign.problem) {
      throw new Error(
        `re-align failed: ${again?.error ?? again?.realign?.problem ?? 'nothing carried over'}`,
      );
    }
    return {
      bytes: (await stat(need(params.text, 'text'))).size,
      segments: file.segments,
      note: 'targets empty',
    };
  },

  /** `tandem qa` of the book's workbook, translated, with the glossary, writing the report workbook. */
  async qa(params, timed) {
    const { workbook, out, segments } = await translatedWorkbook(params, 'qa');
    const result = await timed(() =>
      qaFiles({ workbooks: [workbook], glossaries: params.glossaries ?? [], report: true, out }),
    );
    const checked = result.files[0];
    if (!checked?.ok) throw new Error(`qaFiles failed: ${checked?.error ?? 'no file'}`);
    return {
      bytes: (await stat(workbook)).size,
      segments,
      note: `every row translated by a stand-in: ${checked.findings.length.toLocaleString('en')} findings`,
    };
  },

  /** `tandem build` of the book's workbook, translated: the bilingual and the translated Word documents. */
  async build(params, timed) {
    const { workbook, out, segments } = await translatedWorkbook(params, 'build');
    const result = await timed(() => buildFiles({ workbooks: [workbook], out }));
    const built = result.files[0];
    if (!built?.ok) throw new Error(`buildFiles failed: ${built?.error ?? 'no file'}`);
    return { bytes: (await stat(workbook)).size, segments, note: 'every row translated' };
  },

  /** `tandem qa <workbooks…> --jobs <n>`: the batch's files' workbooks, translated, checked with the glossary. */
  async 'qa-batch'(params, timed) {
    const texts = need(params.texts, 'texts');
    const jobs = need(params.jobs, 'jobs');
    const books = [];
    for (const [i, text] of texts.entries())
      books.push(await translatedWorkbook({ ...params, text }, `qa-batch-${i + 1}`));
    const workbooks = books.map((book) => book.workbook);
    const out = join(need(params.out, 'out'), `qa-batch-reports-${jobs}`);
    const result = await timed(() =>
      qaFiles({ workbooks, glossaries: params.glossaries ?? [], report: true, out, jobs }),
    );
    const failed = result.files.find((f) => !f.ok);
    if (failed) throw new Error(`qaFiles failed on ${failed.workbook}: ${failed.error}`);
    const sizes = await Promise.all(workbooks.map((path) => stat(path).then((s) => s.size)));
    const findings = result.files.reduce((n, f) => n + f.findings.length, 0);
    return {
      bytes: sizes.reduce((a, b) => a + b, 0),
      segments: books.reduce((n, book) => n + book.segments, 0),
      note: `${workbooks.length} workbooks, ${findings.toLocaleString('en')} findings`,
    };
  },

  /** The whole command over several files at once: `tandem align <files…> --jobs <n>`. */
  async batch(params, timed) {
    const texts = need(params.texts, 'texts');
    const sizes = await Promise.all(texts.map((path) => stat(path).then((s) => s.size)));
    const result = await timed(() =>
      alignFiles({
        inputs: texts,
        glossaries: params.glossaries ?? [],
        out: need(params.out, 'out'),
        formats: ['xlsx', 'json'],
        from: 'zh',
        jobs: need(params.jobs, 'jobs'),
      }),
    );
    const failed = result.files.find((f) => !f.ok);
    if (failed) throw new Error(`alignFiles failed on ${failed.input}: ${failed.error}`);
    return {
      bytes: sizes.reduce((a, b) => a + b, 0),
      segments: result.files.reduce((n, f) => n + f.segments, 0),
      termMatches: result.files.reduce((n, f) => n + f.termMatches, 0),
    };
  },

  async read(params, timed) {
    const path = need(params.text, 'text');
    const bytes = await readFile(path);
    const doc = await timed(() => readDocument(bytes, path));
    return { bytes: bytes.byteLength, note: `${doc.paragraphs.length.toLocaleString('en')} paragraphs` };
  },

  async speakers(params, timed) {
    const { bytes, doc } = await readSource(need(params.text, 'text'));
    const found = await timed(() => detectSpeakers(doc.paragraphs.map((p) => p.text)));
    return { bytes: bytes.byteLength, note: found.length ? `found ${found.join(', ')}` : 'none found' };
  },

  async segment(params, timed) {
    const { bytes, doc } = await readSource(need(params.text, 'text'));
    const speakers = detectSpeakers(doc.paragraphs.map((p) => p.text));
    const segments = await timed(() => segmentDocument(doc, { language: 'zh', speakers }));
    return { bytes: bytes.byteLength, segments: segments.length };
  },

  async 'load-glossary'(params, timed) {
    const glossary = await timed(() => loadGlossaries(params.glossaries ?? []));
    return { entries: glossary.entries.length, note: `${glossary.findings.length} findings` };
  },

  async index(params, timed) {
    const glossary = await loadGlossaries(params.glossaries ?? []);
    await timed(() => buildTermIndex(glossary.entries, { language: 'zh' }));
    return { entries: glossary.entries.length };
  },

  async match(params, timed) {
    const { bytes, doc } = await readSource(need(params.text, 'text'));
    const segments = segmentSource(doc);
    const { index, entries } = await termIndex(params.glossaries ?? []);
    const matches = await timed(() => segments.map((s) => matchTerms(index, s.source)));
    return {
      bytes: bytes.byteLength,
      segments: segments.length,
      entries,
      termMatches: matches.reduce((n, m) => n + m.length, 0),
    };
  },

  /**
   * Term matching as the command does it for a big document: the main thread and a worker thread per other core,
   * the workers started (and their indexes built) inside the timing.
   */
  async 'match-threads'(params, timed) {
    const { bytes, doc } = await readSource(need(params.text, 'text'));
    const sources = segmentSource(doc).map((s) => s.source);
    const glossary = await loadGlossaries(params.glossaries ?? []);
    const helpers = Math.max(1, availableParallelism() - 1);
    const matcher = new TermMatcher(glossary.entries, helpers);
    try {
      const matches = await timed(() => matcher.match('zh', 'en', sources));
      return {
        bytes: bytes.byteLength,
        segments: sources.length,
        entries: glossary.entries.length,
        termMatches: matches.reduce((n, m) => n + m.length, 0),
        note: `main thread and ${helpers} worker thread${helpers === 1 ? '' : 's'}`,
      };
    } finally {
      await matcher.close();
    }
  },

  /** Every term looked for in every segment with indexOf; on every `stride`-th segment, since it is slow. */
  async 'naive-match'(params, timed) {
    const { doc } = await readSource(need(params.text, 'text'));
    const stride = params.stride ?? 1;
    const segments = segmentSource(doc).filter((_, i) => i % stride === 0);
    const glossary = await loadGlossaries(params.glossaries ?? []);
    const terms = [...new Set(glossary.entries.flatMap((e) => e.sources))];
    const found = await timed(() => {
      let n = 0;
      for (const { source } of segments) {
        for (const term of terms) {
          for (let at = source.indexOf(term); at >= 0; at = source.indexOf(term, at + term.length)) n++;
        }
      }
      return n;
    });
    const bytes = segments.reduce((n, s) => n + Buffer.byteLength(s.source), 0);
    return {
      bytes,
      segments: segments.length,
      entries: glossary.entries.length,
      termMatches: found,
      ...(stride > 1 ? { note: `run on every ${stride}th segment` } : {}),
    };
  },

  async pair(params, timed) {
    const { bytes, doc } = await readSource(need(params.text, 'text'));
    const segments = segmentSource(doc);
    const { index } = await termIndex(params.glossaries ?? []);
    const matches: TermMatch[][] = segments.map((s) => matchTerms(index, s.source));
    const aligned = await timed(() =>
      pairSegments(doc, segments, matches, {
        sourceLanguage: 'zh',
        targetLanguage: 'en',
        created: '2026-01-01T00:00:00.000Z',
      }),
    );
    return { bytes: bytes.byteLength, segments: aligned.segments.length };
  },

  async json(params, timed) {
    const { doc, bytes } = await alignedDocument(params);
    const out = need(params.out, 'out');
    await timed(() => writeFile(join(out, 'stage.json'), writeJsonBytes(doc)));
    return { bytes, segments: doc.segments.length };
  },

  async xlsx(params, timed) {
    const { doc, bytes } = await alignedDocument(params);
    const out = need(params.out, 'out');
    await timed(async () => writeFile(join(out, 'stage.xlsx'), await writeWorkbook(doc)));
    return { bytes, segments: doc.segments.length };
  },

  async docx(params, timed) {
    const { doc, bytes } = await alignedDocument(params);
    const out = need(params.out, 'out');
    const written = await timed(async () => {
      const data = await writeBilingualDocx(doc);
      await writeFile(join(out, `stage-${doc.segments.length}.docx`), data);
      return data.byteLength;
    });
    return { bytes, segments: doc.segments.length, note: `${(written / 1e6).toFixed(1)} MB file` };
  },

  /** The sentence aligner on a synthetic bitext, when src/align/translation/ provides both. */
  async align(params, timed) {
    const count = need(params.count, 'count');
    // Paths in variables: this script must compile and run before (and whatever) that module exports.
    const alignerPath = '../src/align/translation/index.js';
    const syntheticPath = '../src/align/translation/synthetic.js';
    let alignSentences: unknown;
    let makeSyntheticBitext: unknown;
    try {
      ({ alignSentences } = await import(alignerPath));
      ({ makeSyntheticBitext } = await import(syntheticPath));
    } catch (error) {
      return { skipped: `src/align/translation is not there (${(error as Error).message.split('\n')[0]})` };
    }
    if (typeof alignSentences !== 'function' || typeof makeSyntheticBitext !== 'function') {
      return { skipped: 'src/align/translation exports no alignSentences or makeSyntheticBitext' };
    }
    const align = alignSentences as (source: string[], target: string[], options: object) => unknown[];
    const make = makeSyntheticBitext as (n: number, seed: number) => { source: string[]; target: string[] };
    const { source, target } = make(count, 1);
    // The bundled dictionary loads on first use; that is start-up, not alignment.
    align(source.slice(0, 20), target.slice(0, 20), { sourceLanguage: 'zh', targetLanguage: 'en' });
    const beads = await timed(() => align(source, target, { sourceLanguage: 'zh', targetLanguage: 'en' }));
    return {
      bytes: source.reduce((n, s) => n + Buffer.byteLength(s), 0),
      segments: source.length,
      note: `${source.length.toLocaleString('en')} × ${target.length.toLocaleString('en')} sentences, ${beads.length.toLocaleString('en')} links`,
    };
  },
};
