import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { addTo } from '../util/add-to.js';

/** A named input that could not be used; reported per path, never fatal for the others. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** A file found in a folder and left out, and why. */
export interface SkippedInput {
  readonly path: string;
  readonly reason: string;
}

export interface CollectedInputs {
  readonly files: string[];
  readonly problems: InputProblem[];
  /** Files found in folders that `skip` left out. */
  readonly skipped: SkippedInput[];
}

/**
 * Expands files and folders into the files to process, in a stable order. Folders are read recursively; files
 * in them that `accept` refuses, hidden files and editor lock files are skipped, and so are those `skip` gives a
 * reason for (listed in `skipped`), but a file named directly is always kept so that the reader can say why it
 * cannot read it.
 */
export async function collectInputs(
  paths: readonly string[],
  accept: (path: string) => boolean,
  /** Looks at a file found in a folder: why to leave it out, or undefined to keep it. */
  skip?: (path: string) => Promise<string | undefined>,
): Promise<CollectedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const skipped: SkippedInput[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const key = await identity(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      problems.push({ path, message: `${path} does not exist. Check the spelling and the current folder.` });
      continue;
    }
    if (info.isDirectory()) {
      const found = (await walk(path)).filter(accept).sort();
      if (found.length === 0) {
        problems.push({ path, message: `${path} holds no file tandem can read.` });
      }
      for (const file of found) {
        const reason = await skip?.(file);
        if (reason === undefined) await add(file);
        else if (!skipped.some((s) => s.path === file)) skipped.push({ path: file, reason });
      }
    } else {
      await add(path);
    }
  }
  return { files, problems, skipped };
}

/**
 * What makes two paths the same file: its device and inode, so that `A/x.txt` and `a/x.txt` on a file system that
 * ignores case, a symbolic link and its target, or `./x.txt` and `x.txt`, are aligned once. The absolute path where
 * the file system gives no inode.
 */
async function identity(file: string): Promise<string> {
  try {
    const info = await stat(file, { bigint: true });
    if (info.ino !== 0n) return `${info.dev}:${info.ino}`;
  } catch {
    // Not there (any more): the reader will say so.
  }
  return resolve(file);
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Characters some file systems refuse in a name (a Windows drive's `C:` when folders are used up). */
const UNSAFE = /[<>:"|?*]/g;

/** Where one input sits, for naming: its stem, extension, folders from the nearest outwards, and its stem as a key. */
interface Place {
  readonly path: string;
  readonly stem: string;
  readonly ext: string;
  readonly folders: readonly string[];
  /** The stem in lower case: names that differ only in case clash on Windows and macOS. */
  readonly key: string;
}

function placeOf(file: string): Place {
  const path = resolve(file);
  const ext = extname(path);
  const stem = basename(path, ext);
  const folders = dirname(path)
    .split(/[\\/]+/)
    .map((part) => part.replace(UNSAFE, ''))
    .filter(Boolean)
    .reverse();
  return { path, stem, ext: ext.replace(/^\./, ''), folders, key: stem.toLowerCase() };
}

const same = (a: string | undefined, b: string | undefined) => a?.toLowerCase() === b?.toLowerCase();

/** How many folders, counted outwards, it takes to tell `a` from `b`; 0 when their folders are the same. */
function foldersApart(a: Place, b: Place): number {
  const depth = Math.max(a.folders.length, b.folders.length);
  for (let k = 0; k < depth; k++) if (!same(a.folders[k], b.folders[k])) return k + 1;
  return 0;
}

/**
 * Output base names for the inputs: the file name without extension, made unique when two inputs share it (letter
 * case aside, for case-insensitive file systems), so that no output overwrites another:
 *
 * - inputs in different folders get as many of their nearest folders as it takes to tell them apart:
 *   `a/interview.txt` and `b/interview.txt` → `a-interview`, `b-interview`; `x/a/interview.txt` and
 *   `y/a/interview.txt` → `x-a-interview`, `y-a-interview`;
 * - inputs in the same folder get their extension: `interview.txt` and `interview.docx` → `interview-txt`,
 *   `interview-docx`;
 * - what is still alike (`Interview.txt` and `interview.txt` on a case-sensitive file system) gets `-2`, `-3`, … in
 *   the order of the paths.
 *
 * The names depend on the set of inputs, not on their order; folders count from the full path, so `../x/a.txt` and
 * `x/a.txt` are told apart as well.
 */
export function outputNames(files: readonly string[]): string[] {
  const places = files.map(placeOf);
  const byStem = new Map<string, Place[]>();
  for (const place of places) {
    addTo(byStem, place.key, place);
  }
  const names = places.map((place) => {
    const others = byStem.get(place.key)!.filter((other) => other !== place);
    if (others.length === 0) return place.stem;
    const depth = Math.max(0, ...others.map((other) => foldersApart(place, other)));
    const byExt = others.some(
      (other) => foldersApart(place, other) === 0 && !same(other.ext, place.ext) && place.ext !== '',
    );
    return [...place.folders.slice(0, depth).reverse(), place.stem, ...(byExt ? [place.ext] : [])].join('-');
  });
  // Whatever is still alike (and a name made above that equals another input's own) gets a number, in path order.
  const taken = new Set(names.map((name) => name.toLowerCase()));
  const byName = new Map<string, number[]>();
  for (const [i, name] of names.entries()) {
    addTo(byName, name.toLowerCase(), i);
  }
  const byPath = (a: number, b: number) => (places[a]!.path < places[b]!.path ? -1 : 1);
  for (const key of [...byName.keys()].sort()) {
    for (const i of byName.get(key)!.sort(byPath).slice(1)) {
      let n = 2;
      while (taken.has(`${names[i]}-${n}`.toLowerCase())) n++;
      names[i] = `${names[i]}-${n}`;
      taken.add(names[i]!.toLowerCase());
    }
  }
  return names;
}
