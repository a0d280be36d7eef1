/** `1 entry`, `20,385 entries`, `0 translations`: a count and its noun, for the lines the CLI prints. */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
