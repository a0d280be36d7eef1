import { addTo } from '../../util/add-to.js';

/**
 * A finder for glossary terms in sentences: which of `terms` (each a list of variants) occur in a text. Terms
 * are indexed by their first character (Chinese) or first word (Latin script), so a long glossary costs about
 * as much as a short one. Latin terms must stand as whole words, case aside: "art" is not in "party".
 */
export function termFinder(terms: readonly (readonly string[])[]): (text: string) => number[] {
  const byFirst = new Map<string, { readonly term: string; readonly index: number }[]>();
  terms.forEach((variants, index) => {
    for (const variant of variants) {
      const term = variant.trim().toLowerCase();
      if (term === '') continue;
      const first = HAN.test(term[0]!) ? term[0]! : (term.match(WORD)?.[0] ?? term[0]!);
      addTo(byFirst, first, { term, index });
    }
  });
  return (text) => {
    if (byFirst.size === 0) return [];
    const lower = text.toLowerCase();
    const found = new Set<number>();
    const tryAt = (at: number, candidates: readonly { term: string; index: number }[] | undefined): void => {
      for (const { term, index } of candidates ?? []) {
        if (found.has(index) || !lower.startsWith(term, at)) continue;
        if (HAN.test(term[0]!) || !isWordCharacter(lower[at + term.length])) found.add(index);
      }
    };
    for (let at = 0; at < lower.length; at++) {
      const c = lower[at]!;
      if (HAN.test(c)) tryAt(at, byFirst.get(c));
      else if (isWordCharacter(c) && !isWordCharacter(lower[at - 1])) {
        const word = lower.slice(at).match(WORD)![0];
        tryAt(at, byFirst.get(word));
      }
    }
    return [...found];
  };
}

const HAN = /\p{Script=Han}/u;
const WORD = /^[\p{L}\p{N}]+/u;

function isWordCharacter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c) && !HAN.test(c);
}
