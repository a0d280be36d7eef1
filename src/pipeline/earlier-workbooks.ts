import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { MAX_WORKBOOK_BYTES } from '../import/read-workbook.js';
import { readWorkbookOrigin } from '../import/read-workbook-origin.js';
import { primaryLanguage } from '../model/index.js';

/** A workbook of the output folder that tandem made, and the input it was made from. */
interface Origin {
  readonly path: string;
  /** The input, as {@link inputKey} gives it. */
  readonly input: string;
  readonly targetLanguage: string;
  /** Last modified, in milliseconds: the newest of several workbooks of one input is the one worked on. */
  readonly modified: number;
}

/** Finds, for an input whose `<name>.xlsx` is missing, the workbook an earlier run made from it under another name. */
export interface EarlierWorkbooks {
  /**
   * The most recently modified `.xlsx` directly in the output folder whose `Meta` sheet names `input` as its source
   * and that translates into `targetLanguage` (by primary language: `en-GB` continues `en`); `undefined` when there
   * is none.
   */
  find(input: string, targetLanguage: string): Promise<string | undefined>;
}

/**
 * Where the translator's work on an input is when this run names its workbook differently from an earlier one: the
 * output name depends on the set of inputs (`tandem align a/interview.txt` writes `interview.xlsx`, with
 * `b/interview.txt` beside it `a-interview.xlsx`), so the workbook of the same input may be in the folder under
 * another name. Each workbook records its input in its `Meta` sheet as the path given on that run's command line; the
 * paths are compared resolved against the current folder, so the same input named the same way from the same folder,
 * or by absolute paths, is found, and an input named relatively from another folder is not (then the run starts a
 * fresh workbook, as before).
 *
 * Every output name holds its input's file name without extension (`interview` in `a-interview`, `interview-2`),
 * so only workbooks whose names hold it are looked at: an output folder shared by many books is not read through
 * for each new input. The folder is listed once per run, when first asked, and each workbook's `Meta` sheet read at
 * most once, so a run whose workbooks are all where their names say reads nothing more. Workbooks under a name this
 * run writes (`runNames`) are left out: they belong to the input of that name, which carries their work over itself.
 * Files that are not tandem workbooks, or cannot be read, are skipped, never fatal.
 */
export function earlierWorkbooks(out: string, runNames: readonly string[]): EarlierWorkbooks {
  let listed: Promise<string[]> | undefined;
  const origins = new Map<string, Promise<Origin | undefined>>();
  return {
    async find(input, targetLanguage) {
      listed ??= listWorkbooks(out, new Set(runNames.map((name) => `${name}.xlsx`.toLowerCase())));
      const stem = basename(input, extname(input)).toLowerCase();
      const key = inputKey(input);
      const language = primaryLanguage(targetLanguage);
      const found: Origin[] = [];
      for (const name of await listed) {
        if (!name.toLowerCase().includes(stem)) continue;
        const path = join(out, name);
        let origin = origins.get(path);
        if (origin === undefined) {
          origin = readOrigin(path);
          origins.set(path, origin);
        }
        const o = await origin;
        if (o && o.input === key && (!o.targetLanguage || primaryLanguage(o.targetLanguage) === language)) {
          found.push(o);
        }
      }
      found.sort((a, b) => b.modified - a.modified || (a.path < b.path ? -1 : 1));
      return found[0]?.path;
    },
  };
}

/**
 * An input's path as compared: absolute, in Unicode's composed form (macOS gives names decomposed), and in lower case
 * where the file system usually ignores case (Windows, macOS).
 */
function inputKey(path: string): string {
  const key = resolve(path).normalize('NFC');
  return process.platform === 'win32' || process.platform === 'darwin' ? key.toLowerCase() : key;
}

/** The `.xlsx` files directly in `out` (not in its backup folder), but those named in `skip` and lock files. */
async function listWorkbooks(out: string, skip: ReadonlySet<string>): Promise<string[]> {
  try {
    return (await readdir(out, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && isCandidate(entry.name, skip))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * The language the tandem workbook at `path` translates into, as its `Meta` sheet says; `undefined` when there is no
 * such workbook or it does not say. A run without `--to` continues in it rather than start the document afresh in
 * the default language.
 */
export async function workbookTargetLanguage(path: string): Promise<string | undefined> {
  return (await readOrigin(path))?.targetLanguage || undefined;
}

/**
 * The origin of one workbook, or `undefined` when it is not a tandem workbook or cannot be read. QA reports
 * (`<name>.qa.xlsx`) are not told by name, which an input may share (`minutes.qa.txt`), but by their sheets: they
 * have no `Meta`, and are put aside after their sheet list.
 */
async function readOrigin(path: string): Promise<Origin | undefined> {
  try {
    const info = await stat(path);
    if (info.size > MAX_WORKBOOK_BYTES) return undefined;
    const origin = readWorkbookOrigin(await readFile(path), path);
    if (!origin) return undefined;
    return {
      path,
      input: inputKey(origin.sourceFile),
      targetLanguage: origin.targetLanguage,
      modified: info.mtimeMs,
    };
  } catch {
    // Gone or unreadable since the folder was listed: not a workbook to continue.
    return undefined;
  }
}

function isCandidate(name: string, skip: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  return extname(lower) === '.xlsx' && !lower.startsWith('.') && !lower.startsWith('~$') && !skip.has(lower);
}
