/**
 * Chinese compounds that no shorter term may match inside, for the cases where Intl.Segmenter's dictionary
 * alone gets it wrong or where a wrong match would mislead a translator badly. A compound that is also a
 * glossary entry still matches as itself.
 */
export const PROTECTED_COMPOUNDS: readonly string[] = [
  // 致力于让发展中国家用得上用得起疫苗 — ICU splits 发展|中国|家用, which would gloss 中国 as "China" inside
  // "developing countries" (nine times in the sample interview).
  '发展中国家',
  // 同中美洲国家 — "Central America"; ICU gives 中|美洲 today, kept here so a dictionary update cannot make 中美
  // ("China-US") match inside it.
  '中美洲',
  // 中非共和国总统 — "Central African Republic"; ICU gives 中|非|共和国, so 中非 ("China-Africa") would match.
  '中非共和国',
];
