import { isCjkLanguage } from './cjk-language.js';
import { hasNumeralBefore } from './numerals.js';
import type { NoteRule } from './types.js';

// The sample lost every digit: "就年国际形势" (2020年), "第届" (第75届), "建交周年" (建交70周年),
// "发放了多万份健康包" (发放了50多万份), "普京总统次通话" (普京总统5次通话); 多次 and 再次 are ordinary words.
// Each pattern is a measure word that needs a number before it, minus the ordinary words built on it.
const PATTERNS: readonly { readonly re: RegExp; readonly what: string }[] = [
  { re: /第(?=[届次个轮期条章位名批号场])/g, what: '第… (ordinal)' },
  { re: /周年/g, what: '周年 (anniversary)' },
  {
    re: /(?:多|余)?[亿万](?=[多余]?(?:人|剂|元|美元|吨|个|件|只|列|架|辆|套|台|箱|次|家|名|份|字|户|里))/g,
    what: '万/亿 (amount)',
  },
  {
    re: /(?<![今去明前后当每近多往历全同新青少老成中晚早半逐连常终长这那些上下该本次两翌元闰隔跨周])年(?![轻代度底初末内间龄份级会货画薪终夜鉴华])/g,
    what: '年 (year)',
  },
  {
    re: /(?<![首再此这本上下每历屡依其层档主名席渐逐单该那诸架人车航班批场轮])次(?![要数序日级生之长贷优品])/g,
    what: '次 (times)',
  },
  { re: /百分之(?![0-9０-９零〇一二三四五六七八九十百几])/g, what: '百分之 (per cent)' },
];

/** Flags measure words (年, 次, 周年, 万/亿, 第…) with no number before them: numerals lost in extraction. */
export const flagMissingNumerals: NoteRule = ({ segment, language }) => {
  if (!isCjkLanguage(language)) return [];
  const text = segment.source;
  const hits = new Set<string>();
  for (const { re, what } of PATTERNS) {
    // exec with lastIndex rather than matchAll, which copies the regex on every call (six per segment). The loop
    // runs until exec fails, which leaves lastIndex at 0 for the next segment.
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      if (hasNumeralBefore(text, match.index)) continue;
      // 年月日 is reported by the date rule; do not report its 年 twice.
      if (what.startsWith('年') && text.startsWith('年月', match.index)) continue;
      hits.add(what);
    }
  }
  if (hits.size === 0) return [];
  return [`Number seems to be missing before ${[...hits].join(', ')}; check the original.`];
};
