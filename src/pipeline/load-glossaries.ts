import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkGlossary, type GlossaryLoadOptions, parseGlossary } from '../glossary/index.js';
import { defaultTarget, type Finding, type GlossaryEntry, primaryLanguage } from '../model/index.js';
import { collectInputs } from './collect-inputs.js';

/** Glossary file types read from a glossary folder. */
export const GLOSSARY_EXTENSIONS = ['.csv', '.tsv', '.tab', '.txt', '.xlsx', '.xls', '.ods', '.tbx'] as const;

/** Largest glossary file read: a term base of 100,000 entries is a few MB. */
const MAX_GLOSSARY_BYTES = 64 * 1024 * 1024;

export interface LoadedGlossary {
  readonly files: string[];
  readonly entries: GlossaryEntry[];
  /** Problems in glossary rows and files; the rest of each file still loads. */
  readonly findings: Finding[];
  /** Files or folders that could not be read at all, or gave nothing for that reason. */
  readonly unreadable: { readonly path: string; readonly message: string }[];
}

/** Loads every glossary file named or found in the named folders and checks them together. */
export async function loadGlossaries(
  paths: readonly string[],
  options: GlossaryLoadOptions = {},
): Promise<LoadedGlossary> {
  const accept = (path: string) =>
    (GLOSSARY_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
  const { files, problems } = await collectInputs(paths, accept);
  const entries: GlossaryEntry[] = [];
  const findings: Finding[] = [];
  const unreadable = problems.map((p) => ({
    ...p,
    message: p.message.replace('no file tandem can read', 'no glossary file (.csv, .tsv, .xlsx, .ods, .tbx)'),
  }));
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      unreadable.push({ path: file, message: `Cannot read glossary ${file}: ${(error as Error).message}` });
      continue;
    }
    if (bytes.byteLength > MAX_GLOSSARY_BYTES) {
      unreadable.push({
        path: file,
        message: `Glossary ${file} is larger than ${MAX_GLOSSARY_BYTES / 1024 / 1024} MB; split it.`,
      });
      continue;
    }
    const result = parseGlossary(bytes, file, options);
    // A file that gave nothing, for it could not be read at all (not a glossary, damaged), was not used: the run
    // must say so in its exit code, as for a glossary path that does not exist.
    const unusable =
      result.entries.length === 0 && result.findings.find((f) => f.code === 'glossary-unreadable');
    if (unusable) {
      unreadable.push({ path: file, message: `Cannot use glossary ${file}: ${unusable.message}` });
      continue;
    }
    entries.push(...result.entries);
    findings.push(...result.findings);
  }
  findings.push(...checkGlossary(entries));
  return { files, entries, findings, unreadable };
}

/**
 * The glossaries of `tandem qa` and `build`, which use one only when `--glossary` names it, for the workbooks' target
 * languages: loaded for a target when a workbook of it first asks (a termbase of zh, en and fr gives an English
 * workbook English renderings and a French one French), or once for `--to`. `loaded()` is the first loaded, or
 * the one a translation by default would use when no workbook asked (its unreadable files are still to report).
 */
export class WorkbookGlossaries {
  readonly #paths: readonly string[];
  readonly #options: { readonly from?: string; readonly to?: string };
  readonly #byTarget = new Map<string, Promise<LoadedGlossary>>();

  constructor(paths: readonly string[], options: { readonly from?: string; readonly to?: string }) {
    this.#paths = paths;
    this.#options = options;
  }

  /** The glossary for workbooks translated into `target`. */
  for(target: string): Promise<LoadedGlossary> {
    const to = this.#options.to;
    const key = to ? '' : primaryLanguage(target);
    let glossary = this.#byTarget.get(key);
    if (!glossary) {
      const { from } = this.#options;
      glossary = loadGlossaries(
        this.#paths,
        to
          ? glossaryLanguages(this.#options)
          : { ...(from ? { sourceLanguage: from } : {}), defaultTarget: () => key },
      );
      this.#byTarget.set(key, glossary);
    }
    return glossary;
  }

  loaded(): Promise<LoadedGlossary> {
    return (
      this.#byTarget.values().next().value ?? loadGlossaries(this.#paths, glossaryLanguages(this.#options))
    );
  }
}

/** {@link WorkbookGlossaries} of a `tandem qa` or `build` run, none when no `--glossary` was given. */
export function workbookGlossaries(options: {
  readonly glossaries?: readonly string[];
  readonly from?: string;
  readonly to?: string;
}): WorkbookGlossaries | undefined {
  return options.glossaries && options.glossaries.length > 0
    ? new WorkbookGlossaries(options.glossaries, options)
    : undefined;
}

/**
 * The languages to read glossaries in, from a command's `--from` and `--to`: without `--to`, the target a translation
 * from the source has by default, as documents and workbooks get it.
 */
export function glossaryLanguages(options: {
  readonly from?: string;
  readonly to?: string;
}): GlossaryLoadOptions {
  return {
    ...(options.from ? { sourceLanguage: options.from } : {}),
    ...(options.to ? { targetLanguage: options.to } : { defaultTarget }),
  };
}
