/** An XML element: name as written (with any prefix), attributes, children in order, 1-based line of its tag. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
  readonly line: number;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** Entity declarations and unknown entity references met, left unexpanded. */
  readonly unexpandedEntities: readonly string[];
}

/** Raised for XML that is not well-formed, with the line where reading stopped. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME_END = /[\s/>=]/;

/**
 * A small non-validating XML reader, enough for TBX and safe for files from anywhere: no DTD is read, no external
 * entity fetched, and only the five predefined entities and character references are expanded — a declared entity
 * stays as `&name;` text, so billion-laughs files cost nothing. Iterative, so deep nesting cannot overflow the stack.
 */
export function parseXml(text: string): XmlDocument {
  const n = text.length;
  const stack: XmlElement[] = [];
  const unexpanded = new Set<string>();
  let root: XmlElement | undefined;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineScan = 0;
  const lineAt = (p: number): number => {
    for (; lineScan < p; lineScan++) if (text.charCodeAt(lineScan) === 10) line++;
    return line;
  };
  const fail: (message: string, p: number) => never = (message, p) => {
    throw new XmlError(message, lineAt(Math.min(p, n)));
  };
  const decode = (raw: string, p: number): string =>
    raw.includes('&')
      ? raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref: string) => {
          if (ref[0] === '#') {
            const cp = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
            if (cp > 0x10ffff || cp === 0) fail(`Invalid character reference ${whole}`, p);
            return String.fromCodePoint(cp);
          }
          const known = PREDEFINED[ref];
          if (known !== undefined) return known;
          unexpanded.add(whole);
          return whole;
        })
      : raw;
  const expect = (token: string, from: number, what: string): number => {
    const end = text.indexOf(token, from);
    if (end < 0) fail(`Unclosed ${what}`, from);
    return end + token.length;
  };

  while (pos < n) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos) {
      const raw = text.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.children.push(decode(raw, pos));
      else if (raw.trim()) fail('Text outside the root element', pos);
    }
    if (lt < 0) break;
    pos = lt;
    if (text.startsWith('<?', pos)) {
      pos = expect('?>', pos + 2, 'processing instruction');
    } else if (text.startsWith('<!--', pos)) {
      pos = expect('-->', pos + 4, 'comment');
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = expect(']]>', pos + 9, 'CDATA section');
      const top = stack[stack.length - 1];
      if (!top) fail('CDATA outside the root element', pos);
      top.children.push(text.slice(pos + 9, end - 3));
      pos = end;
    } else if (text.startsWith('<!', pos)) {
      // <!DOCTYPE …[ internal subset ]>: skipped whole, declarations noted, nothing expanded
      let p = pos + 2;
      let depth = 0;
      let quote = '';
      for (; p < n; p++) {
        const c = text[p]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (p >= n) fail('Unclosed DOCTYPE declaration', pos);
      const doctype = text.slice(pos, p);
      if (/<!ENTITY/.test(doctype)) unexpanded.add('<!ENTITY …>');
      pos = p + 1;
    } else if (text[pos + 1] === '/') {
      const end = text.indexOf('>', pos);
      if (end < 0) fail('Unclosed end tag', pos);
      const name = text.slice(pos + 2, end).trim();
      const top = stack.pop();
      if (!top) fail(`End tag </${name}> without a start tag`, pos);
      if (top.name !== name)
        fail(`Expected </${top.name}> (opened on line ${top.line}), found </${name}>`, pos);
      pos = end + 1;
    } else {
      const tagLine = lineAt(pos);
      let p = pos + 1;
      while (p < n && !NAME_END.test(text[p]!)) p++;
      const name = text.slice(pos + 1, p);
      if (!name) fail('A "<" that starts no tag (write &lt; for a literal <)', pos);
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        while (p < n && /\s/.test(text[p]!)) p++;
        if (p >= n) fail(`Unclosed tag <${name}>`, pos);
        if (text[p] === '>') {
          p++;
          break;
        }
        if (text[p] === '/' && text[p + 1] === '>') {
          p += 2;
          selfClosing = true;
          break;
        }
        const nameStart = p;
        while (p < n && !NAME_END.test(text[p]!)) p++;
        const attribute = text.slice(nameStart, p);
        while (p < n && /\s/.test(text[p]!)) p++;
        if (!attribute || text[p] !== '=') fail(`Malformed attribute in <${name}>`, p);
        p++;
        while (p < n && /\s/.test(text[p]!)) p++;
        const quote = text[p];
        if (quote !== '"' && quote !== "'") fail(`Attribute ${attribute} of <${name}> is not quoted`, p);
        const close = text.indexOf(quote!, p + 1);
        if (close < 0) fail(`Unclosed attribute value in <${name}>`, p);
        attributes[attribute] = decode(text.slice(p + 1, close), p);
        p = close + 1;
      }
      const element: XmlElement = { name, attributes, children: [], line: tagLine };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail(`A second root element <${name}>`, pos);
      else root = element;
      if (!selfClosing) stack.push(element);
      pos = p;
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    fail(`<${open.name}> opened on line ${open.line} is never closed`, n);
  }
  if (!root) fail('No root element', n);
  return { root, unexpandedEntities: [...unexpanded] };
}

/** Local name without prefix: `tbx:termEntry` → `termEntry`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** All text inside an element, markup removed (`<term>一带<hi>一路</hi></term>` → 一带一路). */
export function textContent(element: XmlElement): string {
  let out = '';
  const stack: (XmlElement | string)[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
