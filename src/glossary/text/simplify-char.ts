import { TRAD_SIMP_PAIRS } from './trad-simp-table.js';

/** Simplified code unit for every Traditional one, 0 where there is none; 128 KB, built once. */
const TABLE = (() => {
  const table = new Uint16Array(0x10000);
  for (const chunk of TRAD_SIMP_PAIRS) {
    for (let i = 0; i + 1 < chunk.length; i += 2) table[chunk.charCodeAt(i)] = chunk.charCodeAt(i + 1);
  }
  return table;
})();

/**
 * The Simplified form of a Traditional Chinese character (a UTF-16 code unit), or the unit itself. One-to-one and
 * idempotent, so folding the text and the glossary the same way makes 一帶一路 meet 一带一路.
 */
export function simplifyChar(unit: number): number {
  return TABLE[unit] || unit;
}
