import type { NumberMention } from './number-mention.js';

// "G20", "COVID-19", "H1N1", "5G", "COP15": names with digits in them, not amounts.
const CODE =
  /(?<![A-Za-z0-9])(?:[A-Za-z]*[A-Z][A-Za-z]*-?[0-9][A-Za-z0-9]*|[0-9]+[A-Z]+|[Cc]ovid-?19)(?![A-Za-z0-9])/g;

/** Codes with digits in them (G20, COVID-19), read as weak numbers. */
export function readCodes(text: string): NumberMention[] {
  return [...text.matchAll(CODE)].map((m) => ({
    value: Number(/[0-9]+/.exec(m[0])![0]),
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    strength: 'weak',
    written: 'digits',
  }));
}
