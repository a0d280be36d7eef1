import { isCjk } from '../../model/index.js';

let lastTag: string | undefined;
let lastAnswer = false;

/**
 * `isCjk` for the note rules, which ask it for every segment of a document with the same tag: the last answer is
 * kept, as working it out (splitting and lower-casing the tag) costs more than the rest of a rule on most segments.
 */
export function isCjkLanguage(tag: string): boolean {
  if (tag !== lastTag) {
    lastAnswer = isCjk(tag);
    lastTag = tag;
  }
  return lastAnswer;
}
