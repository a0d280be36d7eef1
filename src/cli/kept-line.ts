import type { KeptDocument } from '../pipeline/foreign-document.js';

/** The summary's line for an output that was saved since tandem wrote it, kept before being replaced. */
export function keptLine({ path, backup }: KeptDocument): string {
  return `${path} had been saved since tandem wrote it, perhaps with someone's changes; it was kept as ${backup} before it was replaced.`;
}
