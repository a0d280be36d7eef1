const YES = new Set(['yes', 'y', 'true', '1', 'x', 'on', '是', '区分']);
const NO = new Set(['no', 'n', 'false', '0', 'off', '否', '不区分']);

/** Reads a case-sensitive cell (yes/no, true/false, 1/0, y/n, 是/否); empty is false, undefined when unknown. */
export function parseCaseFlag(value: string): boolean | undefined {
  const word = value.normalize('NFKC').trim().toLowerCase();
  if (word === '' || NO.has(word)) return false;
  if (YES.has(word)) return true;
  return undefined;
}
