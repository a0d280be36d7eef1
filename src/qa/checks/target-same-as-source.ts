import { isCjk } from '../../model/index.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck } from '../types.js';

const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// "RCEP", "G20", "COVID-19", "WTO": codes and acronyms read the same in every language.
const CODE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\s\-–./&+]*$/u;
// "Wang Yi", "Xinhua", "Beijing" between two Latin-script languages: a name is its own translation.
const NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}$/u;
const LINK = /^(?:https?:\/\/\S+|\S+@\S+\.\S+)$/;

/**
 * Flags a target identical to its source: copied and never translated ("王毅" left as "王毅" in an English
 * target). Not where identity is right: no letters (dates like "2021/01/02 10:19"), codes and acronyms
 * ("RCEP", "G20"), a Latin-only line in a CJK source, links, and short names between Latin-script languages.
 */
export const targetSameAsSource: QaCheck = (context) => {
  const { sourceLanguage, targetLanguage } = context.document;
  return context.document.segments
    .filter((segment) => {
      const source = normalize(segment.source);
      if (source === '' || source !== normalize(segment.target)) return false;
      if (!LETTER.test(source) || CODE.test(source) || LINK.test(source)) return false;
      if (isCjk(sourceLanguage) && !CJK.test(source)) return false;
      if (!isCjk(sourceLanguage) && !isCjk(targetLanguage) && NAME.test(source)) return false;
      return true;
    })
    .map((segment) =>
      segmentFinding(context, segment.id, {
        code: 'target-same-as-source',
        severity: 'warning',
        message: `Target is the same as the source (${quote(segment.source.trim())}); translate it.`,
      }),
    );
};

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
