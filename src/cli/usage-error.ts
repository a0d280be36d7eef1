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
