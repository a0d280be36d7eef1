import { abbreviations, type LanguageProfile } from './language-profile.js';
import { SPACED_RULES } from './rule-sets.js';

/** English: the abbreviations that trip naive splitters (and Intl.Segmenter) most often. */
export const en: LanguageProfile = {
  name: 'en',
  rules: SPACED_RULES,
  abbreviations: abbreviations({
    title:
      'Mr Mrs Ms Messrs Mmes Dr Prof St Mt Ft Rev Fr Sr Gen Col Maj Capt Cmdr Lt Sgt Adm Gov Sen Rep Hon Pres Amb Supt',
    number:
      'No Nos no nos Art art Fig fig Figs Vol vol Ch ch Sec sec p pp Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
    inline: 'e.g eg i.e ie vs v cf viz approx ca al Cf Viz',
  }),
  sentenceStarters: new Set(
    (
      'The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your ' +
      'But And Or So Yet Then However Still Now In On At For If When While After Before As Since Because ' +
      'What Why How Who Where Which Meanwhile Moreover Also Some Many Most All No Not One Two'
    ).split(' '),
  ),
};
