import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
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
 * The output folder is listed, and its workbooks' `Meta` sheets read, once per run and only when first asked, so a
 * run whose workbooks are all where their names say reads nothing more. Workbooks under a name this run writes
 * (`runNames`) are left out: they belong to the input of that name, which carries their work over itself. Files that
 * are not tandem workbooks, or cannot be read, are skipped, never fatal.
 */
export function earlierWorkbooks(out: string, runNames: readonly string[]): EarlierWorkbooks {
  let origins: Promise<Origin[]> | undefined;
  return {
    async find(input, targetLanguage) {
      origins ??= readOrigins(out, new Set(runNames.map((name) => `${name}.xlsx`.toLowerCase())));
      const key = inputKey(input);
      const language = primaryLanguage(targetLanguage);
      const found = (await origins)
        .filter(
          (o) => o.input === key && (!o.targetLanguage || primaryLanguage(o.targetLanguage) === language),
        )
        .sort((a, b) => b.modified - a.modified || (a.path < b.path ? -1 : 1));
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

/**
 * Reads the origin of every workbook directly in `out` (not in its backup folder) except those named in `skip` and
 * spreadsheets' lock files, one file at a time so that only one is in memory. QA reports (`<name>.qa.xlsx`) are not
 * told by name, which an input may share (`minutes.qa.txt`), but by their sheets: they have no `Meta`, and are put
 * aside after their sheet list.
 */
async function readOrigins(out: string, skip: ReadonlySet<string>): Promise<Origin[]> {
  let names: string[];
  try {
    names = (await readdir(out, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && isCandidate(entry.name, skip))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
  const origins: Origin[] = [];
  for (const name of names) {
    const path = join(out, name);
    try {
      const info = await stat(path);
      if (info.size > MAX_WORKBOOK_BYTES) continue;
      const origin = readWorkbookOrigin(await readFile(path), path);
      if (origin) {
        origins.push({
          path,
          input: inputKey(origin.sourceFile),
          targetLanguage: origin.targetLanguage,
          modified: info.mtimeMs,
        });
      }
    } catch {
      // Gone or unreadable since the folder was listed: not a workbook to continue.
    }
  }
  return origins;
}

function isCandidate(name: string, skip: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  return extname(lower) === '.xlsx' && !lower.startsWith('.') && !lower.startsWith('~$') && !skip.has(lower);
}
