import { DocumentEntries } from '../glossary/term-entries.js';
import type { AlignedDocument, AlignedSegment, TermMatch, UsedTerm } from '../model/index.js';
import { ByteWriter } from './byte-writer.js';
import { findingJson } from './finding-json.js';

/**
 * Bumped when the JSON layout changes in a way a reader must know about. Format 2: a term match that agrees with
 * its item in the top-level `glossary` list holds only `start`, `end`, `source` and `target`.
 */
export const JSON_FORMAT_VERSION = 2;

/*
 * Each object is rebuilt key by key, so the file's key order is fixed by this code and not by however the model
 * object was put together: diffs of two runs show only real changes.
 */

/** Whether two lists of target renderings are the same, element by element. */
function sameTargets(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Writes term matches as JSON objects. A match whose entry agrees with the document's used term of the same source
 * and target (same `targets`, `note` and `status`) is written compact, `start`, `end`, `source`, `target`: the rest
 * is in the top-level `glossary` list. Any other match (no used term of its source and target, or one that differs)
 * is written in full, adding `targets`, `note` when there is one, and `status`, so that nothing is lost. A book has
 * hundreds of thousands of matches of a few thousand entries: the part of the object that comes from the entry, and
 * the choice between the two forms, are made once per entry, not per match.
 */
class TermWriter {
  /** Per entry number: its JSON after `end`, from `"source"` to the closing brace (the number fixes the source). */
  readonly #tails: Buffer[] = [];
  /** The document's used terms by source, then target (the first of a pair, as a reader finds it). */
  readonly #used = new Map<string, Map<string, UsedTerm>>();

  constructor(used: readonly UsedTerm[]) {
    for (const term of used) {
      let byTarget = this.#used.get(term.source);
      if (byTarget === undefined) {
        byTarget = new Map();
        this.#used.set(term.source, byTarget);
      }
      if (!byTarget.has(term.target)) byTarget.set(term.target, term);
    }
  }

  /** Whether the used term of `term`'s source and target holds all of the entry's details. */
  #inGlossary(term: TermMatch): boolean {
    const used = this.#used.get(term.source)?.get(term.target);
    return (
      used !== undefined &&
      used.note === term.note &&
      used.status === term.status &&
      sameTargets(used.targets, term.targets)
    );
  }

  /** Writes `term`, a match of entry number `n`, as a JSON object. */
  write(out: ByteWriter, term: TermMatch, n: number): void {
    let tail = this.#tails[n];
    if (tail === undefined) {
      tail = Buffer.from(
        `"source":${JSON.stringify(term.source)},` +
          (this.#inGlossary(term)
            ? `"target":${JSON.stringify(term.target)}}`
            : `"target":${JSON.stringify(term.target)},"targets":${JSON.stringify(term.targets)},` +
              `${term.note === undefined ? '' : `"note":${JSON.stringify(term.note)},`}"status":${JSON.stringify(term.status)}}`),
      );
      this.#tails[n] = tail;
    }
    out.ascii('{"start":');
    out.digits(term.start);
    out.ascii(',"end":');
    out.digits(term.end);
    out.ascii(',');
    out.bytes(tail);
  }
}

/** What JSON.stringify would escape in a string: quotes, backslashes, control characters, lone surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Writes `text` as a JSON string, as JSON.stringify would, without making a string of it when nothing needs escaping. */
function writeString(out: ByteWriter, text: string): void {
  if (NEEDS_ESCAPE.test(text)) {
    out.utf8(JSON.stringify(text));
    return;
  }
  out.ascii('"');
  out.ascii(text);
  out.ascii('"');
}

/** Writes a segment as one line of JSON; the key order is fixed here. */
function writeSegment(
  out: ByteWriter,
  segment: AlignedSegment,
  terms: TermWriter,
  /** Entry numbers of the segment's matches, from `first` on. */
  numbers: Int32Array,
  first: number,
): void {
  out.ascii('{"id":');
  writeString(out, segment.id);
  out.ascii(',"paragraph":');
  out.digits(segment.paragraph);
  out.ascii(',"kind":');
  writeString(out, segment.kind);
  out.ascii(',"source":');
  writeString(out, segment.source);
  out.ascii(',"target":');
  writeString(out, segment.target);
  out.ascii(',"status":');
  writeString(out, segment.status);
  if (segment.confidence !== undefined) {
    out.ascii(',"confidence":');
    out.ascii(JSON.stringify(segment.confidence));
  }
  out.ascii(',"notes":');
  if (segment.notes.length === 0) out.ascii('[]');
  else out.utf8(JSON.stringify(segment.notes));
  out.ascii(',"terms":[');
  for (let i = 0; i < segment.terms.length; i++) {
    if (i > 0) out.ascii(',');
    terms.write(out, segment.terms[i]!, numbers[first + i]!);
  }
  out.ascii(']}');
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

/** Writes the document's JSON (see {@link writeJson}) into `out`, a piece at a time. */
function writeDocument(out: ByteWriter, doc: AlignedDocument, entries: DocumentEntries): void {
  const head = {
    formatVersion: JSON_FORMAT_VERSION,
    name: doc.name,
    sourceFile: doc.sourceFile,
    sourceLanguage: doc.sourceLanguage,
    targetLanguage: doc.targetLanguage,
    created: doc.created,
    paragraphs: doc.paragraphs,
  };
  out.ascii('{\n');
  for (const [key, value] of Object.entries(head))
    out.write(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  // Each item is one line.
  function list<T>(key: string, items: readonly T[], write: (item: T) => void, last: boolean): void {
    const end = last ? '' : ',';
    if (items.length === 0) {
      out.write(`  ${JSON.stringify(key)}: []${end}\n`);
      return;
    }
    out.write(`  ${JSON.stringify(key)}: [\n`);
    for (let i = 0; i < items.length; i++) {
      out.ascii('    ');
      write(items[i]!);
      out.ascii(i === items.length - 1 ? '\n' : ',\n');
    }
    out.write(`  ]${end}\n`);
  }
  const terms = new TermWriter(doc.terms);
  let i = 0;
  list(
    'segments',
    doc.segments,
    (segment) => writeSegment(out, segment, terms, entries.numbers, entries.starts[i++]!),
    false,
  );
  list('glossary', doc.terms, (term) => out.write(JSON.stringify(usedTermJson(term))), false);
  list('findings', doc.findings, (finding) => out.write(JSON.stringify(findingJson(finding))), true);
  out.ascii('}\n');
}

/**
 * Writes the document as JSON with a stable key order: document properties, `segments`, `glossary` (the matched
 * entries, one per source and target, with their alternatives `targets`, `note` when there is one, `status` and
 * `count`) and `findings`. Each segment's `terms` are its term matches: `start` and `end` (UTF-16 offsets into the
 * segment's source), `source` (the glossary's source term as written) and `target` (the preferred rendering); the
 * entry's `targets`, `note` and `status` are those of the `glossary` item with the same source and target. A match
 * whose entry has no such item, or differs from it, also holds its own `targets`, `note` and `status`, so a reader
 * takes those from the match when they are there. The top level is indented; every segment, glossary entry and
 * finding is one line, so that a diff of two runs shows one changed line per changed segment, and the file (and the
 * string built in memory) of a book-length document is 40% smaller than with everything indented. Ends with a
 * newline.
 */
export function writeJson(doc: AlignedDocument): string {
  return Buffer.from(writeJsonBytes(doc)).toString('utf8');
}

/** Bytes of JSON gathered per chunk. */
const CHUNK_BYTES = 1 << 20;

/**
 * {@link writeJson} as UTF-8 bytes, encoded a chunk at a time: a book's JSON never exists as one string (which
 * holds two bytes per character once it has any Chinese).
 */
export function writeJsonBytes(
  doc: AlignedDocument,
  /** The entry numbers of the document's matches, when a caller has counted them for other writers too. */
  entries?: DocumentEntries,
): Uint8Array {
  const chunks = writeJsonChunks(doc, entries);
  const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * {@link writeJsonBytes} as the chunks it was written in, in order, for a file to be written from: joining a book's
 * 40 MB into one buffer first took a tenth of a second and as much memory again.
 */
export function writeJsonChunks(doc: AlignedDocument, entries?: DocumentEntries): Buffer[] {
  const chunks: Buffer[] = [];
  const out = new ByteWriter({
    take: () => Buffer.allocUnsafe(CHUNK_BYTES),
    put: (bytes) => chunks.push(bytes),
  });
  writeDocument(out, doc, entries?.fits(doc.segments) ? entries : new DocumentEntries(doc.segments));
  out.end();
  return chunks;
}
