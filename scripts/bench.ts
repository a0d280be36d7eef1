/**
 * `npm run bench [-- --quick] [-- --runs 3] [-- --only <row id>[,<row id>…]] [-- --tsx]`: generates its inputs (seeded, no
 * downloads), compiles src/ and the bench scripts with tsc into .tmp/bench-build (as `npm run build` compiles what
 * bin/tandem.js runs), runs every scenario in a Node process of its own (time, CPU time, peak RSS) and prints a
 * Markdown table, also written to output/bench.md. `--tsx` runs the TypeScript sources through tsx instead: no
 * compile step, but tsx's loader adds memory and its keepNames wrappers slow closures down. See
 * scripts/bench-scenarios.ts for what each row runs.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { glossaryTsv, makeChineseText, makeGlossary, sampleSentences } from './bench-inputs.js';
import { type ChildResult, RESULT_PREFIX, type ScenarioParams } from './bench-types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CURATED = join(ROOT, 'glossary', 'foreign-affairs.tsv');
const SEED = 1;

/** Sizes of one bench run. */
interface Sizes {
  /** Megabytes of text: the main size, then half and double it. */
  readonly megabytes: number;
  /** Generated glossary entries: small, main, large (the curated glossary comes on top of each). */
  readonly glossary: readonly [number, number, number];
  /** Segments of the two DOCX documents. */
  readonly docx: readonly [number, number];
  /** Sentences a side of the aligner row. */
  readonly align: number;
}

const FULL: Sizes = {
  megabytes: 10,
  glossary: [1_000, 20_000, 100_000],
  docx: [10_000, 20_000],
  align: 30_000,
};
const QUICK: Sizes = { megabytes: 0.5, glossary: [100, 2_000, 10_000], docx: [1_000, 2_000], align: 2_000 };

/** How the naive scan is sampled: it looks at about this many segments and is compared per segment. */
const NAIVE_SEGMENTS = 5_000;

interface RowSpec {
  readonly id: string;
  readonly label: string;
  readonly scenario: string;
  readonly params: ScenarioParams;
  /** Which rows this one is compared with, and how each comparison reads. */
  readonly compare?: readonly { readonly with: string; readonly kind: Comparison }[];
}

type Comparison =
  /** The issue's target: time within 1.5× of the floor's and peak memory under 1 GB. */
  | 'floor'
  /** Time per segment against a reference doing the same job another way: "N× faster than X". */
  | 'faster'
  /** How time (and memory above the prepared inputs) grows with the input: "N× the time of X". */
  | 'scale'
  /** The same work done another way: "N× the time and M× the peak memory of X". */
  | 'versus';

interface Row extends RowSpec {
  readonly result?: ChildResult;
  /** Each round's run, in round order (undefined where the row failed in that round). */
  readonly rounds?: readonly (ChildResult | undefined)[];
  readonly error?: string;
}

interface Inputs {
  readonly texts: { readonly half: string; readonly main: string; readonly double: string };
  readonly glossaries: { readonly small: string[]; readonly main: string[]; readonly large: string[] };
  readonly docx: readonly [string, string];
  /** Eight files of an eighth of the main size each, for the `--jobs` rows. */
  readonly batch: readonly string[];
  readonly entries: readonly [number, number, number];
}

/** Writes the generated inputs; returns their paths. */
async function makeInputs(sizes: Sizes, dir: string): Promise<Inputs> {
  await mkdir(dir, { recursive: true });
  const curated = await readFile(CURATED, 'utf8');
  const curatedTerms = new Set(
    curated
      .split('\n')
      .slice(1)
      .flatMap((line) => (line.split('\t')[0] ?? '').split('|'))
      .filter(Boolean),
  );
  const curatedEntries = curated
    .split('\n')
    .slice(1)
    .filter((line) => line.trim()).length;
  const large = makeGlossary(sizes.glossary[2], SEED, curatedTerms);
  const files = sizes.glossary.map((n) => join(dir, `glossary-${n}.tsv`));
  await Promise.all(sizes.glossary.map((n, i) => writeFile(files[i]!, glossaryTsv(large.slice(0, n)))));
  const sample = sampleSentences(await readFile(join(ROOT, 'input', 'interview.txt'), 'utf8'));
  const terms = large.slice(0, sizes.glossary[1]).map((row) => row.zh);
  const text = async (name: string, options: { bytes?: number; sentences?: number; seed: number }) => {
    const path = join(dir, name);
    await writeFile(path, makeChineseText({ ...options, sample, terms }).text);
    return path;
  };
  const mb = sizes.megabytes * 1_000_000;
  return {
    texts: {
      // One seed: the half-size text is the start of the main one, which is the start of the double one.
      half: await text('text-half.txt', { bytes: mb / 2, seed: SEED }),
      main: await text('text-main.txt', { bytes: mb, seed: SEED }),
      double: await text('text-double.txt', { bytes: mb * 2, seed: SEED }),
    },
    glossaries: {
      small: [files[0]!, CURATED],
      main: [files[1]!, CURATED],
      large: [files[2]!, CURATED],
    },
    // About one segment in ten is lost to merged quotations and headings; the child keeps exactly `count`.
    docx: [
      await text('docx-small.txt', { sentences: Math.ceil(sizes.docx[0] * 1.1), seed: SEED + 1 }),
      await text('docx-large.txt', { sentences: Math.ceil(sizes.docx[1] * 1.1), seed: SEED + 1 }),
    ],
    batch: await Promise.all(
      Array.from({ length: 8 }, (_, i) => text(`batch-${i + 1}.txt`, { bytes: mb / 8, seed: SEED + 10 + i })),
    ),
    entries: [
      sizes.glossary[0] + curatedEntries,
      sizes.glossary[1] + curatedEntries,
      sizes.glossary[2] + curatedEntries,
    ],
  };
}

function megabytes(n: number): string {
  return `${n >= 10 ? n.toFixed(0) : n.toFixed(n >= 1 ? 1 : 2)} MB`;
}

function count(n: number): string {
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString('en');
}

function rows(sizes: Sizes, inputs: Inputs, out: string, mainSegments: number): RowSpec[] {
  const { texts, glossaries } = inputs;
  const mb = sizes.megabytes;
  const [small, main, large] = inputs.entries.map(count) as [string, string, string];
  const command = (text: string, glossary: string[]) => ({ text, glossaries: glossary, out });
  const stride = Math.max(1, Math.ceil(mainSegments / NAIVE_SEGMENTS));
  const vs = (id: string, kind: Comparison) => ({ with: id, kind });
  return [
    {
      id: 'floor',
      label: `floor: read, split at 。！？, SheetJS + JSON (${megabytes(mb)})`,
      scenario: 'floor',
      params: { text: texts.main, out },
      compare: [vs('floor-half', 'scale')],
    },
    {
      id: 'command',
      label: `**tandem align → xlsx + json** (${megabytes(mb)}, ${main} entries)`,
      scenario: 'command',
      params: command(texts.main, glossaries.main),
      compare: [vs('floor', 'floor'), vs('command-half', 'scale')],
    },
    {
      id: 'floor-half',
      label: `floor (${megabytes(mb / 2)})`,
      scenario: 'floor',
      params: { text: texts.half, out },
    },
    {
      id: 'command-half',
      label: `tandem align (${megabytes(mb / 2)})`,
      scenario: 'command',
      params: command(texts.half, glossaries.main),
      compare: [vs('floor-half', 'floor')],
    },
    {
      id: 'floor-double',
      label: `floor (${megabytes(mb * 2)})`,
      scenario: 'floor',
      params: { text: texts.double, out },
      compare: [vs('floor', 'scale')],
    },
    {
      id: 'command-double',
      label: `tandem align (${megabytes(mb * 2)})`,
      scenario: 'command',
      params: command(texts.double, glossaries.main),
      compare: [vs('floor-double', 'floor'), vs('command', 'scale')],
    },
    {
      id: 'command-1',
      label: `tandem align --jobs 1 (${megabytes(mb)}, one core)`,
      scenario: 'command',
      params: { ...command(texts.main, glossaries.main), jobs: 1 },
      compare: [vs('floor', 'floor')],
    },
    {
      id: 'command-small',
      label: `tandem align, ${small}-entry glossary (${megabytes(mb)})`,
      scenario: 'command',
      params: command(texts.main, glossaries.small),
    },
    {
      id: 'command-large',
      label: `tandem align, ${large}-entry glossary (${megabytes(mb)})`,
      scenario: 'command',
      params: command(texts.main, glossaries.large),
      compare: [vs('command-small', 'scale')],
    },
    {
      id: 'realign',
      label: `tandem align again, carrying the workbook over (${megabytes(mb)})`,
      scenario: 'realign',
      params: command(texts.main, glossaries.main),
      compare: [vs('command', 'versus')],
    },
    {
      id: 'qa',
      label: `tandem qa of its workbook, translated (${megabytes(mb)} book)`,
      scenario: 'qa',
      params: command(texts.main, glossaries.main),
    },
    {
      id: 'build',
      label: `tandem build of its workbook, translated (${megabytes(mb)} book)`,
      scenario: 'build',
      params: command(texts.main, glossaries.main),
    },
    {
      id: 'batch-1',
      label: `batch: 8 files of ${megabytes(mb / 8)}, --jobs 1`,
      scenario: 'batch',
      params: { texts: inputs.batch, glossaries: glossaries.main, out, jobs: 1 },
    },
    {
      id: 'batch-2',
      label: `batch: 8 files of ${megabytes(mb / 8)}, --jobs 2`,
      scenario: 'batch',
      params: { texts: inputs.batch, glossaries: glossaries.main, out, jobs: 2 },
      compare: [vs('batch-1', 'versus')],
    },
    {
      id: 'qa-batch-1',
      label: `tandem qa of the batch's 8 workbooks, translated, --jobs 1`,
      scenario: 'qa-batch',
      params: { texts: inputs.batch, glossaries: glossaries.main, out, jobs: 1 },
    },
    {
      id: 'qa-batch-2',
      label: `tandem qa of the batch's 8 workbooks, translated, --jobs 2`,
      scenario: 'qa-batch',
      params: { texts: inputs.batch, glossaries: glossaries.main, out, jobs: 2 },
      compare: [vs('qa-batch-1', 'versus')],
    },
    { id: 'read', label: 'read + decode', scenario: 'read', params: { text: texts.main } },
    { id: 'speakers', label: 'detect speakers', scenario: 'speakers', params: { text: texts.main } },
    {
      id: 'intl',
      label: 'Intl.Segmenter, sentences, per paragraph',
      scenario: 'intl-sentences',
      params: { text: texts.main },
    },
    {
      id: 'trivial',
      label: 'trivial split at 。！？',
      scenario: 'trivial-split',
      params: { text: texts.main },
    },
    {
      id: 'segment',
      label: 'segment (naive split + repair rules)',
      scenario: 'segment',
      params: { text: texts.main },
      compare: [vs('intl', 'faster')],
    },
    {
      id: 'load',
      label: `load glossary files (${main} entries)`,
      scenario: 'load-glossary',
      params: { glossaries: glossaries.main },
    },
    {
      id: 'index-small',
      label: `build term index (${small} entries)`,
      scenario: 'index',
      params: { glossaries: glossaries.small },
    },
    {
      id: 'index',
      label: `build term index (${main} entries)`,
      scenario: 'index',
      params: { glossaries: glossaries.main },
    },
    {
      id: 'index-large',
      label: `build term index (${large} entries)`,
      scenario: 'index',
      params: { glossaries: glossaries.large },
      compare: [vs('index-small', 'scale')],
    },
    {
      id: 'naive',
      label: `naive scan: indexOf per term per segment (${main} entries)`,
      scenario: 'naive-match',
      params: { text: texts.main, glossaries: glossaries.main, stride },
    },
    {
      id: 'match',
      label: `match terms (${main} entries)`,
      scenario: 'match',
      params: { text: texts.main, glossaries: glossaries.main },
      compare: [vs('naive', 'faster')],
    },
    {
      id: 'match-threads',
      label: `match terms, main thread and worker threads (${main} entries)`,
      scenario: 'match-threads',
      params: { text: texts.main, glossaries: glossaries.main },
      compare: [vs('match', 'versus')],
    },
    {
      id: 'match-small',
      label: `match terms (${small} entries)`,
      scenario: 'match',
      params: { text: texts.main, glossaries: glossaries.small },
    },
    {
      id: 'match-large',
      label: `match terms (${large} entries)`,
      scenario: 'match',
      params: { text: texts.main, glossaries: glossaries.large },
      compare: [vs('match-small', 'scale')],
    },
    {
      id: 'pair',
      label: 'pair (slots, notes, term counts)',
      scenario: 'pair',
      params: { text: texts.main, glossaries: glossaries.main },
    },
    {
      id: 'xlsx',
      label: 'export xlsx',
      scenario: 'xlsx',
      params: { text: texts.main, glossaries: glossaries.main, out },
    },
    {
      id: 'json',
      label: 'export json',
      scenario: 'json',
      params: { text: texts.main, glossaries: glossaries.main, out },
    },
    {
      id: 'docx-small',
      label: `export docx (${count(sizes.docx[0])} segments)`,
      scenario: 'docx',
      params: { text: inputs.docx[0], glossaries: glossaries.main, out, count: sizes.docx[0] },
    },
    {
      id: 'docx',
      label: `export docx (${count(sizes.docx[1])} segments)`,
      scenario: 'docx',
      params: { text: inputs.docx[1], glossaries: glossaries.main, out, count: sizes.docx[1] },
      compare: [vs('docx-small', 'scale')],
    },
    {
      id: 'align',
      label: `align sentences (${count(sizes.align)} × ${count(sizes.align)}, synthetic)`,
      scenario: 'align',
      params: { count: sizes.align },
    },
  ];
}

/** Where the compiled build goes: inside the repository, so that its imports find node_modules. */
const BUILD = join(ROOT, '.tmp', 'bench-build');

/** How a child runs: the compiled build, or the sources through tsx. */
type Runner = 'build' | 'tsx';

/** Compiles src/ and the bench scripts into {@link BUILD} (incrementally: a second run takes seconds). */
async function compile(): Promise<void> {
  await mkdir(BUILD, { recursive: true });
  const config = {
    extends: '../../tsconfig.json',
    compilerOptions: {
      rootDir: '../..',
      outDir: '.',
      noEmit: false,
      sourceMap: false,
      declaration: false,
      incremental: true,
      tsBuildInfoFile: './.tsbuildinfo',
    },
    include: ['../../src', '../../scripts/bench*.ts'],
  };
  await writeFile(join(BUILD, 'tsconfig.json'), `${JSON.stringify(config, null, 2)}\n`);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', join(BUILD, 'tsconfig.json')], { cwd: ROOT });
  } catch (error) {
    // tsc still writes JavaScript when types are wrong (someone is mid-edit); say so and measure what was written.
    const output = String((error as { stdout?: string }).stdout ?? (error as Error).message);
    process.stderr.write(
      `tsc reported errors; measuring the JavaScript it wrote anyway:\n${output.slice(0, 2000)}\n`,
    );
  }
}

/** Runs one scenario in a fresh Node process; rejects with the child's last error line. */
function runChild(spec: RowSpec, runner: Runner): Promise<ChildResult> {
  const job = JSON.stringify({ scenario: spec.scenario, params: spec.params });
  const args =
    runner === 'build'
      ? ['--expose-gc', join(BUILD, 'scripts', 'bench-child.js'), job]
      : ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts', 'bench-child.ts'), job];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) {
        done(JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult);
        return;
      }
      const message =
        stderr.split('\n').find((l) => /Error|error:/.test(l)) ?? stderr.trim().split('\n').pop();
      fail(new Error(message || `exit code ${code}`));
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a row `runs` times: the median time, the highest peak memory. */
/** One run of a row, in an output folder of its own. */
async function runOnce(spec: RowSpec, run: number, runner: Runner): Promise<ChildResult> {
  // A fresh output folder per run: `tandem align` reads a workbook it finds there from an earlier run (to carry
  // the translator's work over), which would time the re-align instead of the first run.
  const out = spec.params.out === undefined ? undefined : join(spec.params.out, `${spec.id}-${run}`);
  if (out) await mkdir(out, { recursive: true });
  try {
    return await runChild(out ? { ...spec, params: { ...spec.params, out } } : spec, runner);
  } finally {
    if (out) await rm(out, { recursive: true, force: true });
  }
}

/** A row from its runs: median time and CPU, the highest peak memory. */
function summarize(spec: RowSpec, results: readonly ChildResult[]): Row {
  const first = results[0]!;
  if (first.skipped || first.ms === undefined) return { ...spec, result: first };
  const ms = median(results.map((r) => r.ms!));
  const chosen = results.find((r) => r.ms === ms) ?? first;
  return {
    ...spec,
    rounds: results,
    result: {
      ...chosen,
      ms,
      cpuMs: median(results.map((r) => r.cpuMs ?? 0)),
      peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
    },
  };
}

/**
 * Runs every row `runs` times, a round of all rows at a time rather than one row's runs in a row: a shared
 * machine's load changes over minutes, and this way it weighs on a row and the row it is compared with alike.
 */
async function measureAll(specs: readonly RowSpec[], runs: number, runner: Runner): Promise<Row[]> {
  const results = specs.map((): ChildResult[] => []);
  const errors = new Map<number, string>();
  for (let run = 1; run <= runs; run++) {
    if (runs > 1) process.stderr.write(`Round ${run} of ${runs}\n`);
    for (const [i, spec] of specs.entries()) {
      if (errors.has(i) || results[i]![0]?.skipped) continue;
      process.stderr.write(`  ${spec.id}… `);
      try {
        const result = await runOnce(spec, run, runner);
        results[i]!.push(result);
        process.stderr.write(`${result.ms !== undefined ? time(result.ms) : 'skipped'}\n`);
      } catch (error) {
        errors.set(i, (error as Error).message);
        process.stderr.write(`failed: ${(error as Error).message}\n`);
      }
    }
  }
  return specs.map((spec, i) => {
    const error = errors.get(i);
    return error === undefined ? summarize(spec, results[i]!) : { ...spec, error };
  });
}

function time(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function ratio(x: number): string {
  return `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
}

/** Memory the timed work added over the prepared inputs. */
function workMemory(result: ChildResult): number {
  return result.peakRssMb - (result.rssBeforeMb ?? 0);
}

/** The time of `row` over that of `reference`, round by round, for the rounds where both ran. */
function roundRatios(row: Row, reference: Row): number[] {
  const ratios: number[] = [];
  for (const [i, run] of (row.rounds ?? []).entries()) {
    const other = reference.rounds?.[i];
    if (run?.ms && other?.ms) ratios.push(run.ms / other.ms);
  }
  return ratios;
}

function comparison(row: Row, byId: ReadonlyMap<string, Row>): string {
  const r = row.result;
  const parts: string[] = r?.note ? [r.note] : [];
  for (const compare of row.compare ?? []) {
    const reference = byId.get(compare.with);
    const other = reference?.result;
    if (!r?.ms || !reference || !other?.ms) continue;
    // CPU time as well as wall time: on a busy machine the wall clock also counts other processes' turns.
    const cpu = r.cpuMs && other.cpuMs ? ` (${ratio(r.cpuMs / other.cpuMs)} CPU)` : '';
    if (compare.kind === 'floor') {
      // Each round runs the floor and this row one after the other: their ratio round by round is what the
      // machine's drift over minutes weighs on least, so the target is judged on the median of those.
      const paired = roundRatios(row, reference);
      const t = paired.length > 1 ? median(paired) : r.ms / other.ms;
      const rounds =
        paired.length > 1
          ? ` (the median of ${paired.length} rounds: ${paired.map(ratio).join(', ')}; ${ratio(r.ms / other.ms)} by the rows' medians)`
          : '';
      parts.push(
        `${ratio(t)} the floor's time${rounds}${cpu} (target ≤ 1.5×: ${t <= 1.5 ? 'met' : 'missed'}), ` +
          `${ratio(r.peakRssMb / other.peakRssMb)} its memory (target < 1 GB: ${r.peakRssMb < 1024 ? 'met' : 'missed'})`,
      );
    } else if (compare.kind === 'faster') {
      const perSegment = (x: ChildResult, time: number) => time / (x.segments ?? 1);
      const x = perSegment(other, other.ms) / perSegment(r, r.ms);
      const xCpu =
        r.cpuMs && other.cpuMs ? perSegment(other, other.cpuMs) / perSegment(r, r.cpuMs) : undefined;
      const name = reference.label.split(/[:,(]/)[0]!.trim();
      const verdict = (y: number) => (y >= 1 ? `${ratio(y)} faster` : `${ratio(1 / y)} slower`);
      parts.push(
        `${verdict(x)} than ${name} per segment${xCpu === undefined ? '' : ` (${verdict(xCpu)} by CPU time)`}`,
      );
    } else if (compare.kind === 'versus') {
      parts.push(
        `${ratio(r.ms / other.ms)} the time${cpu} and ${ratio(r.peakRssMb / other.peakRssMb)} the peak memory of "${reference.label}"`,
      );
    } else {
      const size = (x: ChildResult) =>
        (r.entries !== other.entries ? x.entries : (x.bytes ?? x.segments)) ?? 1;
      const what = r.entries !== other.entries ? 'entries' : 'input';
      parts.push(
        `${ratio(size(r) / size(other))} the ${what} of "${reference.label.replaceAll('*', '')}": ` +
          `${ratio(r.ms / other.ms)} the time${cpu}, ${ratio(workMemory(r) / Math.max(1, workMemory(other)))} the memory above inputs`,
      );
    }
  }
  return parts.join('; ');
}

function tableRow(row: Row, byId: ReadonlyMap<string, Row>): string {
  const r = row.result;
  if (row.error) return `| ${row.label} | | failed: ${row.error.replaceAll('|', '/')} | | | | |`;
  if (!r || r.skipped || r.ms === undefined)
    return `| ${row.label} | | skipped: ${r?.skipped ?? 'no result'} | | | | |`;
  const input = [
    r.bytes ? megabytes(r.bytes / 1e6) : '',
    r.segments ? `${r.segments.toLocaleString('en')} seg` : '',
    r.entries ? `${r.entries.toLocaleString('en')} entries` : '',
    r.termMatches ? `${r.termMatches.toLocaleString('en')} matches` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const seconds = r.ms / 1000;
  const mbs = r.bytes ? (r.bytes / 1e6 / seconds).toFixed(1) : '';
  const segs = r.segments
    ? Math.round(r.segments / seconds).toLocaleString('en')
    : r.entries
      ? `${Math.round(r.entries / seconds).toLocaleString('en')} entries/s`
      : '';
  const cpu = r.cpuMs !== undefined ? ` (${time(r.cpuMs)} CPU)` : '';
  const memory = `${r.peakRssMb.toFixed(0)} MB${r.rssBeforeMb !== undefined ? ` (+${workMemory(r).toFixed(0)})` : ''}`;
  return `| ${row.label} | ${input} | ${time(r.ms)}${cpu} | ${mbs} | ${segs} | ${memory} | ${comparison(row, byId)} |`;
}

async function machine(): Promise<string> {
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  return (
    `${model}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ` +
    `${process.platform} ${release()}; load average at start ${loadavg()[0]!.toFixed(1)}`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      runs: { type: 'string' },
      only: { type: 'string' },
      tsx: { type: 'boolean' },
    },
  });
  const runs = Number(values.runs ?? 1);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`Expected \`--runs\` to be a whole number from 1 up, got \`${values.runs}\``);
  const sizes = values.quick ? QUICK : FULL;
  const dir = join(tmpdir(), 'tandem-bench', values.quick ? 'quick' : 'full');
  const out = join(dir, 'out');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const host = await machine();
  const runner: Runner = values.tsx ? 'tsx' : 'build';
  if (runner === 'build') {
    process.stderr.write(`Compiling into ${BUILD}…\n`);
    await compile();
  }
  process.stderr.write(`Generating inputs in ${dir}…\n`);
  const inputs = await makeInputs(sizes, dir);
  // The main text's segment count sets the naive scan's sampling; the segment row reports it anyway.
  const probe = await runChild(
    { id: 'probe', label: '', scenario: 'segment', params: { text: inputs.texts.main } },
    runner,
  );
  // `--only a,b`: the rows whose id or scenario contains any of the words.
  const only = values.only?.split(',').filter(Boolean) ?? [];
  const specs = rows(sizes, inputs, out, probe.segments ?? 0).filter(
    (spec) =>
      only.length === 0 || only.some((word) => spec.id.includes(word) || spec.scenario.includes(word)),
  );
  const done = await measureAll(specs, runs, runner);
  const byId = new Map(done.map((row) => [row.id, row]));
  const lines = [
    `## Benchmark${values.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${host}. ${runs > 1 ? `Median of ${runs} runs per row, in ${runs} rounds of all rows.` : 'One run per row.'}`,
    '',
    '| Scenario | Input | Time | MB/s | Segments/s | Peak RSS (+ over inputs) | Compared with |',
    '| --- | --- | --- | ---: | ---: | ---: | --- |',
    ...done.map((row) => tableRow(row, byId)),
    '',
    `Each row runs in a Node process of its own (${runner === 'build' ? 'the tsc build, as bin/tandem.js runs' : '`node --import tsx`'}); its inputs are prepared`,
    'untimed, and "+" is the peak above what they and the runtime took. Inputs are generated from seed',
    `${SEED}: Chinese text from the sample interview's sentences, recombined and templated (dates, amounts, quotations,`,
    'Latin names); glossaries of generated 2–8 character terms plus the curated `glossary/foreign-affairs.tsv`. The',
    'floor reads the text, splits it at 。！？ and writes the same rows (ID, Source, Target, Status) with SheetJS',
    '`XLSX.write` and `JSON.stringify`. The naive scan runs on a sample of segments and is compared per segment.',
    '',
  ];
  const markdown = lines.join('\n');
  process.stdout.write(`${markdown}\n`);
  await mkdir(join(ROOT, 'output'), { recursive: true });
  await writeFile(join(ROOT, 'output', 'bench.md'), markdown);
  process.stderr.write('Written to output/bench.md\n');
}

await main();
