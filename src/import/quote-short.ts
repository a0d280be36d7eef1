/** Characters of a cell quoted in a message; enough to recognise it, short enough for one terminal line. */
const SHOWN = 60;

/** `“In 2020, the sudden outbreak…”`: a cell's text quoted in a finding, cut at {@link SHOWN} characters. */
export function quoteShort(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return `“${chars.length > SHOWN ? `${chars.slice(0, SHOWN).join('')}…` : flat}”`;
}
