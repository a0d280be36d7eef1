/** Separators between synonyms in one cell: `|` and `;`, also full-width ｜ and ；. */
const SEPARATORS = /[|;｜；]/;

/** Splits a cell into its variants (`一带一路|“一带一路”倡议` → two), trimmed, without empties or repeats. */
export function splitVariants(cell: string): string[] {
  const variants: string[] = [];
  for (const part of cell.split(SEPARATORS)) {
    const variant = part.replace(/\s+/g, ' ').trim();
    if (variant && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}
