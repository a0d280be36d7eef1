/** Unescapes the five XML entities and numeric references in text content. */
function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);/g, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[name]) return named[name];
    return String.fromCodePoint(
      name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
    );
  });
}

/** The text of a piece of WordprocessingML: `w:t` contents, with `w:br` and `w:tab` as line breaks and tabs. */
export function wordText(xml: string): string {
  let text = '';
  for (const [, br, tab, t] of xml.matchAll(/(<w:br\/>)|(<w:tab\/>)|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
    text += br ? '\n' : tab ? '\t' : unescapeXml(t ?? '');
  }
  return text;
}

/** Paragraph texts of a piece of WordprocessingML. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => wordText(m[0]));
}

/** Top-level tables of `word/document.xml` as rows of cells, each cell's paragraphs joined by newlines. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')),
    ),
  );
}

/** The `<w:tr>` elements of the document's `index`-th table, as XML. */
export function tableRows(xml: string, index: number): string[] {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][index]?.[0] ?? '';
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}
