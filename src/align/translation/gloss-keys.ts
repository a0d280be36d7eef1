import type { Cedict } from './cedict.js';
import { englishWords } from './english-words.js';

const keyCache = new WeakMap<Cedict, Map<string, readonly string[]>>();

// Gloss parts that name other headwords or grammar instead of translating: "CL:個|个[ge4]", "variant of 陳|陈".
const NOT_A_TRANSLATION =
  /^(?:CL:|(?:old |archaic |Japanese |Korean )?variant of|see |see also|abbr\. |used in |\(Tw\)|surname )/;

/**
 * The English stems that translate a Chinese word according to CC-CEDICT (`陈列` → `exhibit`, `displai`, …),
 * de-duplicated, as word keys (`w:exhibit`); empty for an unknown word. Cached per word.
 */
export function glossKeys(word: string, dictionary: Cedict): readonly string[] {
  let cache = keyCache.get(dictionary);
  if (!cache) {
    cache = new Map();
    keyCache.set(dictionary, cache);
  }
  const known = cache.get(word);
  if (known) return known;
  const stems = new Set<string>();
  for (const gloss of dictionary.glosses.get(word) ?? []) {
    if (NOT_A_TRANSLATION.test(gloss)) continue;
    // "(of a horse) to gallop" — the parenthesis says when, not what.
    for (const stem of englishWords(gloss.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ')))
      stems.add(`w:${stem}`);
  }
  const result = [...stems];
  cache.set(word, result);
  return result;
}
