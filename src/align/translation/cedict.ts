import { createRequire } from 'node:module';

/** CC-CEDICT as the aligner uses it: English glosses per headword and toneless pinyin per character. */
export interface Cedict {
  /** Simplified and traditional headwords → their English glosses (`to lay out`, `surname Chen`, …). */
  readonly glosses: ReadonlyMap<string, readonly string[]>;
  /** Single characters → their readings, lower-case without tones (`陈` → `chen`). */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** For each character, the lengths (bit k set: k UTF-16 units, up to 12) of headwords that start with it. */
  readonly lengthsFrom: ReadonlyMap<string, number>;
}

// undefined: not tried yet; null: the package is missing, so lexical evidence is off.
let cached: Cedict | null | undefined;

/**
 * The CC-CEDICT Chinese-English dictionary shipped in the `hanzi` package (CC BY-SA 4.0), parsed on first call
 * (about half a second) and kept; `undefined` when the package is not installed.
 */
export function cedict(): Cedict | undefined {
  if (cached === undefined) cached = load() ?? null;
  return cached ?? undefined;
}

function load(): Cedict | undefined {
  let text: unknown;
  try {
    // The data is a CommonJS module exporting the dictionary file as one string; required lazily so that
    // aligning other language pairs never pays for it.
    text = createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js');
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const glosses = new Map<string, string[]>();
  const readings = new Map<string, string[]>();
  const lengthsFrom = new Map<string, number>();
  const line = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
  for (const raw of text.split('\n')) {
    if (raw.startsWith('#')) continue;
    const m = line.exec(raw);
    if (!m) continue;
    const [, traditional, simplified, pinyin, senses] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const list = senses.split('/');
    for (const word of traditional === simplified ? [simplified] : [simplified, traditional]) {
      const known = glosses.get(word);
      if (known) known.push(...list);
      else glosses.set(word, list);
      // Idioms run to a dozen characters; longer entries are phrases that never decide a segmentation.
      if (word.length <= 12) lengthsFrom.set(word[0]!, (lengthsFrom.get(word[0]!) ?? 0) | (1 << word.length));
      if (word.length === 1) {
        const syllable = pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[0-9]/g, '');
        const known = readings.get(word);
        if (!known) readings.set(word, [syllable]);
        else if (!known.includes(syllable)) known.push(syllable);
      }
    }
  }
  return { glosses, readings, lengthsFrom };
}
