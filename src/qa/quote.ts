/** Longest quoted excerpt in a message: findings stay one line. */
const MAX = 40;

/** `text` in curly quotes for a message, shortened with … when long. */
export function quote(text: string): string {
  const chars = [...text];
  return `“${chars.length > MAX ? `${chars.slice(0, MAX - 1).join('')}…` : text}”`;
}
