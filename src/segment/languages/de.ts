import { abbreviations, type LanguageProfile } from './language-profile.js';
import { SPACED_RULES } from './rule-sets.js';

/** German: abbreviations, and ordinal numbers written with a period (am 3. Oktober). */
export const de: LanguageProfile = {
  name: 'de',
  rules: new Set([...SPACED_RULES, 'merge-ordinals']),
  abbreviations: abbreviations({
    title: 'Hr Hrn Fr Dr Prof Dipl Ing St',
    number: 'Nr Nrn S Abs Art Bd Kap Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez',
    inline: 'z.B z.T d.h u.a u.U o.ä bzw vgl ca sog ggf evtl inkl zzgl insb',
  }),
  sentenceStarters: new Set(),
};
