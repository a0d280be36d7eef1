import { readFileSync } from 'node:fs';
import type { SourceDocument } from '../../src/model/index.js';

/** The user's sample interview as the text reader gives it: every non-empty line a paragraph. */
export function sampleDocument(): SourceDocument {
  const text = readFileSync(new URL('../../input/interview.txt', import.meta.url), 'utf8').replace(
    /^\uFEFF/,
    '',
  );
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return {
    name: 'interview',
    path: 'input/interview.txt',
    format: 'txt',
    paragraphs: lines.map((line, i) => ({ index: i + 1, text: line })),
  };
}
