/** Separators between synonyms in one cell: `|` and `;`, also full-width ｜ and ；. */
const SEPARATORS = /[|;｜；]/;
/** A separator, white space other than a single inner space, or white space at either end. */
const NEEDS_WORK = /[|;｜；]|[^\S ]|\s\s|^\s|\s$/;

/** Splits a cell into its variants (`一带一路|“一带一路”倡议` → two), trimmed, without empties or repeats. */
export function splitVariants(cell: string): string[] {
  // Most cells hold one variant with single spaces inside, if any: nothing to split, squeeze or trim.
  if (!NEEDS_WORK.test(cell)) return cell === '' ? [] : [cell];
  const variants: string[] = [];
  for (const part of cell.split(SEPARATORS)) {
    const variant = part.replace(/\s+/g, ' ').trim();
    if (variant && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}
