import type { TermStatus } from '../../model/index.js';

/**
 * Status words people write, mapped to tandem's three (TBX administrativeStatus simplified):
 * - preferred: preferred, approved, standardized, legal, regulated, recommended (TBX preferredTerm-admn-sts …)
 * - admitted: admitted, permitted, allowed, accepted, acceptable
 * - forbidden: forbidden, deprecated, superseded, obsolete, not recommended, avoid, do not use
 * Deprecated and superseded become forbidden because in a target they are equally wrong: QA should flag them.
 * TBX suffixes (`-admn-sts`, `Term`) and case, spaces and hyphens are ignored; Chinese words are accepted too.
 */
const STATUS_WORDS: Readonly<Record<string, TermStatus>> = {
  preferred: 'preferred',
  approved: 'preferred',
  standardized: 'preferred',
  standardised: 'preferred',
  legal: 'preferred',
  regulated: 'preferred',
  recommended: 'preferred',
  推荐: 'preferred',
  首选: 'preferred',
  admitted: 'admitted',
  permitted: 'admitted',
  allowed: 'admitted',
  accepted: 'admitted',
  acceptable: 'admitted',
  允许: 'admitted',
  可用: 'admitted',
  forbidden: 'forbidden',
  deprecated: 'forbidden',
  superseded: 'forbidden',
  obsolete: 'forbidden',
  notrecommended: 'forbidden',
  avoid: 'forbidden',
  donotuse: 'forbidden',
  禁用: 'forbidden',
  禁止: 'forbidden',
  弃用: 'forbidden',
  不推荐: 'forbidden',
};

/** The accepted status words, for messages. */
export const STATUS_HELP =
  'preferred, admitted or forbidden (also deprecated/superseded, TBX …Term-admn-sts)';

/** Reads a status cell: empty is `preferred`; undefined when the word is not known. */
export function parseStatus(value: string): TermStatus | undefined {
  // Most cells are empty or one of the words as listed: no normalising for them (a 100,000-row glossary).
  if (value === '') return 'preferred';
  const listed = statusWord(value);
  if (listed) return listed;
  const word = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/-?admn-?sts$/, '')
    .replace(/[\s_\-'’.]/g, '');
  if (word === '') return 'preferred';
  return statusWord(word) ?? statusWord(word.replace(/term$/, ''));
}

/** The status a listed word stands for; own keys only, so `constructor` or `__proto__` is no status. */
function statusWord(word: string): TermStatus | undefined {
  return Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined;
}
