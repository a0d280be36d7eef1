import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The zh-en benchmark's one-sentence-per-line texts; absent on machines without the shared data. */
export const MAC_DEV = '/work/shared/data/mac-dev/split';

export const hasMacDev = existsSync(MAC_DEV);

/** The human sentence split of each text in `language` ('zh' or 'en'), one array of lines per file. */
export function macDevTexts(language: 'zh' | 'en'): string[][] {
  if (!hasMacDev) return [];
  return readdirSync(MAC_DEV)
    .filter((file) => file.endsWith(`.${language}`))
    .sort()
    .map((file) =>
      readFileSync(`${MAC_DEV}/${file}`, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
}
