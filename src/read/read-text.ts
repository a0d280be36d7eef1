import type { Paragraph } from '../model/index.js';
import { decodeText, splitLines } from './decode-text.js';

/** Paragraphs of a plain-text file: every non-empty line is one paragraph, numbered in file order. */
export function readText(bytes: Uint8Array): { paragraphs: Paragraph[]; encoding: string } {
  const { text, encoding } = decodeText(bytes);
  return { paragraphs: linesToParagraphs(splitLines(text)), encoding };
}

/** Numbers the non-empty lines 1, 2, 3… (blank lines separate nothing more than they already do). */
export function linesToParagraphs(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    paragraphs.push({ index: paragraphs.length + 1, text: line });
  }
  return paragraphs;
}
