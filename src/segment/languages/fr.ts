import { abbreviations, type LanguageProfile } from './language-profile.js';
import { SPACED_RULES } from './rule-sets.js';

/** French: titles before names (M. Dupont, Mme. Curie) and the usual inline abbreviations. */
export const fr: LanguageProfile = {
  name: 'fr',
  rules: SPACED_RULES,
  abbreviations: abbreviations({
    title: 'M MM Mme Mmes Mlle Mlles Dr Pr Me Mgr St Ste',
    number: 'p pp n° no vol chap art janv févr avr juil sept oct nov déc',
    inline: 'cf env ex av apr',
  }),
  sentenceStarters: new Set(),
};
