import { stemmer } from 'stemmer';

// Function words carry no evidence of which sentence translates which; CC-CEDICT glosses are full of them too
// ("to be", "sb", "sth", "one's").
const STOPWORDS = new Set(
  (
    'a an the and or but nor if then else so than that this these those there here of to in on at by for from ' +
    'with without into onto upon about as is am are was were be been being do does did done have has had having ' +
    'will would shall should can could may might must i me my mine myself you your yours yourself yourselves ' +
    'he him his himself she her hers herself it its itself we us our ours ourselves they them their theirs ' +
    'themselves who whom whose which what when where why how all any both each few more most other some such ' +
    'only own same too very just also s t d ll m o re ve y sb sth etc one oneself someone somebody something ' +
    'e g i.e lit fig abbr esp used variant see cl pr kind sort thing way get got make made let up out off over ' +
    'again further once'
  ).split(' '),
);

// Irregular forms the stemmer cannot reach: glosses say "to say", stories say "said".
const IRREGULAR = new Map(
  (
    'said:say went:go gone:go came:come saw:see seen:see took:take taken:take gave:give given:give ' +
    'thought:think told:tell knew:know known:know found:find felt:feel heard:hear held:hold ' +
    'stood:stand sat:sit ran:run ate:eat eaten:eat drank:drink fought:fight brought:bring ' +
    'bought:buy caught:catch taught:teach sought:seek wrote:write written:write spoke:speak ' +
    'spoken:speak broke:break broken:break chose:choose chosen:choose fell:fall fallen:fall ' +
    'grew:grow grown:grow drew:draw drawn:draw threw:throw thrown:throw flew:fly slept:sleep ' +
    'kept:keep met:meet paid:pay sold:sell sent:send spent:spend built:build lost:lose led:lead ' +
    'meant:mean began:begin begun:begin rose:rise risen:rise woke:wake wore:wear worn:wear hid:hide ' +
    'hidden:hide struck:strike forgot:forget forgotten:forget understood:understand became:become ' +
    'won:win shot:shoot sang:sing sung:sing swam:swim rode:ride ridden:ride drove:drive ' +
    'driven:drive men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose ' +
    'better:good best:good worse:bad worst:bad bore:bear born:bear borne:bear dug:dig fed:feed ' +
    'fled:flee flung:fling forbade:forbid froze:freeze frozen:freeze hung:hang lent:lend lit:light ' +
    'shook:shake shaken:shake shone:shine sank:sink slid:slide spun:spin stole:steal stolen:steal ' +
    'stung:sting swore:swear sworn:swear swept:sweep tore:tear torn:tear wept:weep wound:wind ' +
    'bit:bite bitten:bite blew:blow blown:blow dealt:deal dreamt:dream knelt:kneel leapt:leap'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Whether a lower-case word is a function word that says nothing about alignment. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The words of a Latin-script text as written (`Didn't`, `Qiusheng`), apostrophes inside words kept. */
export function tokenizeWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

const stemCache = new Map<string, string>();
// A language has a few hundred thousand word forms; past that the input is not language, and the cache restarts.
const STEM_CACHE_SIZE = 500_000;

/** Lower-case stem of a word, so that glosses (`to eat`) meet inflected text (`eats`); `n't` counts as `not`. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemOf(word);
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

function stemOf(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (lower.endsWith("n't")) return 'not';
  const base = IRREGULAR.get(lower);
  if (base !== undefined) return stemmer(base);
  return stemmer(lower.replace(/'s$/, '').replace(/'.*$/, ''));
}

/** The content-word stems of an English text or gloss, in order, repeats kept. */
export function englishWords(text: string): string[] {
  const stems: string[] = [];
  for (const token of tokenizeWords(text)) {
    const lower = token.toLowerCase();
    if (STOPWORDS.has(lower) || /^\p{N}+$/u.test(lower)) continue;
    const stem = stemWord(lower);
    if (stem.length > 1 && !STOPWORDS.has(stem)) stems.push(stem);
  }
  return stems;
}

/** A romanized name folded for comparison with pinyin: `Xiao-mei` → `xiaomei`, `Lü` → `lu`. */
export function foldName(token: string): string {
  return token
    .replace(/['’]s$/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
