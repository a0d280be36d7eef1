import { abbreviations, type LanguageProfile } from './language-profile.js';
import { SPACED_RULES } from './rule-sets.js';

/** Spanish: forms of address (Sr., Sra., Ud.) and EE. UU., which is written with a space. */
export const es: LanguageProfile = {
  name: 'es',
  rules: SPACED_RULES,
  abbreviations: abbreviations({
    title: 'Sr Sra Srta Sres Sras Dr Dra D Dña Lic Ing Prof Profa Ud Uds Vd Vds Sto Sta EE',
    number: 'pág págs núm art cap vol ene feb mar abr jun jul ago sep sept oct nov dic',
    inline: 'aprox ej p.ej vs cf',
  }),
  sentenceStarters: new Set(),
};
