import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';

/** A named input that could not be used; reported per path, never fatal for the others. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface CollectedInputs {
  readonly files: string[];
  readonly problems: InputProblem[];
}

/**
 * Expands files and folders into the files to process, in a stable order. Folders are read recursively; files
 * in them that `accept` refuses, hidden files and editor lock files are skipped, but a file named directly is
 * always kept so that the reader can say why it cannot read it.
 */
export async function collectInputs(
  paths: readonly string[],
  accept: (path: string) => boolean,
): Promise<CollectedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
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
      found.forEach(add);
    } else {
      add(path);
    }
  }
  return { files, problems };
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

/**
 * Output base names for the inputs: the file name without extension, made unique when two inputs share it
 * (`a/interview.txt` and `b/interview.docx` become `a-interview` and `b-interview`), so no output overwrites another.
 */
export function outputNames(files: readonly string[]): string[] {
  const base = files.map((file) => basename(file, extname(file)));
  const counts = new Map<string, number>();
  for (const name of base) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  const used = new Set<string>();
  return files.map((file, i) => {
    let name = base[i]!;
    if ((counts.get(name.toLowerCase()) ?? 0) > 1) {
      const rel = relative(process.cwd(), file).replace(extname(file), '');
      name =
        rel
          .split(/[\\/]+/)
          .filter((part) => part && part !== '..' && part !== '.')
          .join('-') || name;
    }
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name}-${n}`;
    used.add(unique.toLowerCase());
    return unique;
  });
}
