/**
 * Light English inflection for glossary terms, applied to the last word only (supply chain → supply chains):
 * a term is indexed by a stem and may be followed by one of a few endings up to the end of the word.
 *
 * - consonant + y: policy → polic + y | ies | ied | ying | y's        (policies, countries, intensified)
 * - -ee, -ye, -oe: agree → agree + '' | s | d | ing | 's              (agreed, agreeing)
 * - other -e: increase → increas + e | es | ed | ing | e's            (increased, increasing)
 * - -is: crisis → cris + is | es                                      (crises, analyses)
 * - otherwise: + '' | s | es | ed | ing | 's | s', and a doubled last consonant before ed/ing (committed, planned)
 *
 * Irregular forms (child/children, leaf/leaves) are not generated: list them as variants (`child|children`).
 * Words shorter than three letters and acronyms (UN, WTO, US) are matched as written, so `US` never meets `uses`.
 */
export interface EnglishEndings {
  /** The folded term up to where the endings start. */
  readonly stem: string;
  /** Folded endings allowed after the stem, up to the end of the word. */
  readonly endings: readonly string[];
}

const VOWEL = /[aeiou]/;
const GENERAL = ['', 's', 'es', 'ed', 'ing', "'s", "s'"];

/**
 * Splits a folded English term into a stem and the endings that may follow it, or returns undefined when the
 * term is matched as written. `written` is the term as in the glossary, to tell acronyms by their capitals.
 */
export function englishEndings(folded: string, written: string): EnglishEndings | undefined {
  const word = /[a-z]+$/.exec(folded)?.[0];
  if (!word || word.length < 3) return undefined;
  const writtenWord = /\p{L}+$/u.exec(written.trim())?.[0] ?? '';
  if (writtenWord.length >= 2 && writtenWord === writtenWord.toUpperCase()) return undefined;
  const head = folded.slice(0, folded.length - word.length);
  const last = word.at(-1)!;
  const beforeLast = word.at(-2)!;
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    return { stem: head + word.slice(0, -1), endings: ['y', 'ies', 'ied', 'ying', "y's", "ies'"] };
  }
  if (last === 'e') {
    if (beforeLast === 'e' || beforeLast === 'y' || beforeLast === 'o') {
      return { stem: folded, endings: ['', 's', 'd', 'ing', "'s"] };
    }
    return { stem: head + word.slice(0, -1), endings: ['e', 'es', 'ed', 'ing', "e's", "es'"] };
  }
  if (word.endsWith('is')) return { stem: head + word.slice(0, -2), endings: ['is', 'es', "is's"] };
  const endings = [...GENERAL];
  // consonant-vowel-consonant: commit → committed, plan → planned
  if (!VOWEL.test(last) && !'wxy'.includes(last) && VOWEL.test(beforeLast) && !VOWEL.test(word.at(-3)!)) {
    endings.push(`${last}ed`, `${last}ing`);
  }
  return { stem: folded, endings };
}
