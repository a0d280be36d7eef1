import { languageName } from '../model/index.js';

/** A problem with the command line, said in the shape "Expected `--x` to be …, got `y`". */
export class UsageError extends Error {}

/** Checks a `--from`/`--to` value; every command says the same about a language it does not know. */
export function parseLanguage(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!languageName(value)) {
    throw new UsageError(
      `Expected \`${option}\` to be a language code such as zh, zh-CN, en, ja or de, got \`${value}\``,
    );
  }
  return value;
}

/** Checks a `--jobs` value: how many files are worked on at once. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`Expected \`--jobs\` to be a whole number from 1 up, got \`${value}\``);
  return n;
}
