import { isCjkLanguage } from './cjk-language.js';
import type { NoteRule } from './types.js';

// "年月日，国务委员兼外交部长王毅接受新华社…" was "2020年12月31日，…": extraction dropped every digit of
// the date, and a translator must restore it from the original.
const DATE_PARTS = /(?<![0-9０-９零〇一二三四五六七八九十])(?:年月日|年月|月日)(?![0-9０-９])/g;

/** Flags 年月日 / 年月 / 月日 with no number in them: a date whose digits were lost. */
export const flagMissingDateNumerals: NoteRule = ({ segment, language }) => {
  if (!isCjkLanguage(language)) return [];
  const found = segment.source.match(DATE_PARTS);
  if (!found) return [];
  return [
    `Date without numbers (${[...new Set(found)].join(', ')}): the digits seem to be missing; check the original.`,
  ];
};
