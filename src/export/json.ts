import { TermEntries } from '../glossary/term-entries.js';
import type { AlignedDocument, AlignedSegment, Finding, TermMatch, UsedTerm } from '../model/index.js';

/** Bumped when the JSON layout changes in a way a reader must know about. */
export const JSON_FORMAT_VERSION = 1;

/*
 * Each object is rebuilt key by key, so the file's key order is fixed by this code and not by however the model
 * object was put together: diffs of two runs show only real changes.
 */

/**
 * Writes term matches as JSON objects (`start`, `end`, `source`, `target`, `targets`, `note` when there is one,
 * `status`). A book has hundreds of thousands of matches of a few thousand entries: the part of the object that
 * comes from the entry is made once per entry, not per match.
 */
class TermWriter {
  readonly #entries = new TermEntries();
  /** Per entry number: its JSON after `source`, from `"target"` to the closing brace. */
  readonly #tails: string[] = [];

  json(term: TermMatch): string {
    const n = this.#entries.numberOf(term);
    let tail = this.#tails[n];
    if (tail === undefined) {
      tail =
        `"target":${JSON.stringify(term.target)},"targets":${JSON.stringify(term.targets)},` +
        `${term.note === undefined ? '' : `"note":${JSON.stringify(term.note)},`}"status":${JSON.stringify(term.status)}}`;
      this.#tails[n] = tail;
    }
    return `{"start":${term.start},"end":${term.end},"source":${JSON.stringify(term.source)},${tail}`;
  }
}

/** A segment as one line of JSON; the key order is fixed here. */
function segmentJson(segment: AlignedSegment, terms: TermWriter): string {
  return (
    `{"id":${JSON.stringify(segment.id)},"paragraph":${segment.paragraph},"kind":${JSON.stringify(segment.kind)},` +
    `"source":${JSON.stringify(segment.source)},"target":${JSON.stringify(segment.target)},` +
    `"status":${JSON.stringify(segment.status)},` +
    `${segment.confidence === undefined ? '' : `"confidence":${JSON.stringify(segment.confidence)},`}` +
    `"notes":${JSON.stringify(segment.notes)},"terms":[${segment.terms.map((t) => terms.json(t)).join(',')}]}`
  );
}

function usedTermJson(term: UsedTerm) {
  return {
    source: term.source,
    target: term.target,
    targets: term.targets,
    ...(term.note === undefined ? {} : { note: term.note }),
    status: term.status,
    count: term.count,
  };
}

function findingJson(finding: Finding) {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    ...(finding.file === undefined ? {} : { file: finding.file }),
    ...(finding.line === undefined ? {} : { line: finding.line }),
    ...(finding.cell === undefined ? {} : { cell: finding.cell }),
    ...(finding.id === undefined ? {} : { id: finding.id }),
  };
}

/**
 * The lines of the document's JSON (see {@link writeJson}), one at a time, without a line break: a book's JSON is
 * made and encoded a piece at a time rather than as one string.
 */
function* jsonLines(doc: AlignedDocument): Generator<string> {
  const head = {
    formatVersion: JSON_FORMAT_VERSION,
    name: doc.name,
    sourceFile: doc.sourceFile,
    sourceLanguage: doc.sourceLanguage,
    targetLanguage: doc.targetLanguage,
    created: doc.created,
    paragraphs: doc.paragraphs,
  };
  yield '{';
  for (const [key, value] of Object.entries(head))
    yield `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`;
  function* list<T>(key: string, items: readonly T[], json: (item: T) => string, last: boolean) {
    const end = last ? '' : ',';
    if (items.length === 0) {
      yield `  ${JSON.stringify(key)}: []${end}`;
      return;
    }
    yield `  ${JSON.stringify(key)}: [`;
    for (let i = 0; i < items.length; i++) yield `    ${json(items[i]!)}${i === items.length - 1 ? '' : ','}`;
    yield `  ]${end}`;
  }
  const terms = new TermWriter();
  yield* list('segments', doc.segments, (segment) => segmentJson(segment, terms), false);
  yield* list('glossary', doc.terms, (term) => JSON.stringify(usedTermJson(term)), false);
  yield* list('findings', doc.findings, (finding) => JSON.stringify(findingJson(finding)), true);
  yield '}';
}

/**
 * Writes the document as JSON with a stable key order: document properties, `segments` (with their term matches:
 * offsets into the segment's source and the glossary's source term as written), `glossary` (the matched entries
 * with counts) and `findings`. The top level is indented; every segment, glossary entry and finding is one line,
 * so that a diff of two runs shows one changed line per changed segment, and the file (and the string built in
 * memory) of a book-length document is 40% smaller than with everything indented. Ends with a newline.
 */
export function writeJson(doc: AlignedDocument): string {
  return `${[...jsonLines(doc)].join('\n')}\n`;
}

/** Characters of JSON encoded at a time by {@link writeJsonBytes}. */
const CHUNK = 1 << 20;

/**
 * {@link writeJson} as UTF-8 bytes, encoded a megabyte at a time: a book's JSON never exists as one string (which
 * holds two bytes per character once it has any Chinese).
 */
export function writeJsonBytes(doc: AlignedDocument): Uint8Array {
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let length = 0;
  for (const line of jsonLines(doc)) {
    pending.push(line);
    length += line.length + 1;
    if (length >= CHUNK) {
      pending.push('');
      chunks.push(Buffer.from(pending.join('\n'), 'utf8'));
      pending = [];
      length = 0;
    }
  }
  pending.push('');
  chunks.push(Buffer.from(pending.join('\n'), 'utf8'));
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
