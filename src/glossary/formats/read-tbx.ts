import { type Finding, GlossaryEntry, primaryLanguage, type TermStatus } from '../../model/index.js';
import { localName, parseXml, textContent, type XmlElement, XmlError } from '../../util/parse-xml.js';
import { glossaryFinding } from '../glossary-finding.js';
import type { GlossaryLoadOptions, GlossaryLoadResult } from '../glossary-load.js';
import { MAX_SOURCE_LENGTH, MAX_TARGET_LENGTH } from '../rows/glossary-row.js';
import { parseStatus, STATUS_HELP } from '../rows/parse-status.js';

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANGUAGE = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec']);
const STATUS_TYPES = new Set(['administrativeStatus', 'normativeAuthorization']);
const NOTE_TYPES = new Set(['definition', 'explanation', 'usageNote']);

interface Term {
  readonly text: string;
  readonly status: TermStatus;
  readonly notes: string[];
}

function childrenNamed(element: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && names.has(localName(c.name)),
  );
}

/** Elements named `names` below `element`, not looking inside a match; depth-limited (TBX nests a few levels). */
function descendantsNamed(element: XmlElement, names: ReadonlySet<string>, depth = 4): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (names.has(localName(child.name))) found.push(child);
    else if (depth > 1) found.push(...descendantsNamed(child, names, depth - 1));
  }
  return found;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function languageOf(element: XmlElement): string | undefined {
  return element.attributes['xml:lang'] ?? element.attributes['lang'];
}

/** Notes of an element's own level: `<note>`, `<descrip type="definition">` (also in a descripGrp). */
function notesOf(element: XmlElement): string[] {
  const notes: string[] = [];
  const own = [element, ...childrenNamed(element, new Set(['descripGrp', 'noteGrp']))].flatMap((e) =>
    childrenNamed(e, new Set(['note', 'descrip'])),
  );
  for (const child of own) {
    const type = child.attributes['type'];
    if (localName(child.name) === 'note' || (type !== undefined && NOTE_TYPES.has(type))) {
      const text = clean(textContent(child));
      if (text) notes.push(text);
    }
  }
  return notes;
}

/** Chooses the language among the file's: the one asked for (same primary subtag), else `fallback`. */
function pickLanguage(
  languages: readonly string[],
  wanted: string | undefined,
  fallback: () => string | undefined,
) {
  if (!wanted) return fallback();
  return (
    languages.find((l) => l.toLowerCase() === wanted.toLowerCase()) ??
    languages.find((l) => primaryLanguage(l) === primaryLanguage(wanted))
  );
}

/**
 * Reads a TBX termbase (TBX-Basic `martif/…/termEntry/langSet/tig|ntig/term` and TBX v3
 * `tbx/…/conceptEntry/langSec/termSec/term`) into entries: one per concept with the source-language terms as
 * variants and the target terms as targets (preferred first, then admitted). Target terms whose
 * administrativeStatus is forbidden, deprecated or superseded become a separate forbidden entry, so QA can flag
 * them in a translation. Deprecated source-language terms stay variants of the concept: the source author's word
 * choice is not the translator's to fix, and the translator still needs the target.
 */
export function readTbx(text: string, file: string, options: GlossaryLoadOptions): GlossaryLoadResult {
  const findings: Finding[] = [];
  const entries: GlossaryEntry[] = [];
  let root: XmlElement;
  try {
    const document = parseXml(text);
    root = document.root;
    if (document.unexpandedEntities.length > 0) {
      findings.push(
        glossaryFinding(
          'glossary-xml-entity',
          'warning',
          { file },
          `The file uses XML entities tandem does not expand (${document.unexpandedEntities.slice(0, 3).join(', ')}); they were left as written. Replace them with the characters they stand for.`,
        ),
      );
    }
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return {
      entries,
      findings: [
        glossaryFinding(
          'glossary-unreadable',
          'error',
          { file, line: error.line },
          `The TBX file is not well-formed XML: ${error.message}. Fix it or export it again from the terminology tool.`,
        ),
      ],
    };
  }

  const concepts = descendantsNamed(root, ENTRY, 6);
  const rootName = localName(root.name);
  if ((rootName !== 'martif' && rootName.toLowerCase() !== 'tbx') || concepts.length === 0) {
    findings.push(
      glossaryFinding(
        'glossary-not-tbx',
        'error',
        { file, line: root.line },
        `This does not look like a TBX termbase: expected a <martif> or <tbx> root with <termEntry> or <conceptEntry> elements, found <${root.name}>${concepts.length === 0 ? ' and no entries' : ''}.`,
      ),
    );
    return { entries, findings };
  }

  const languages: string[] = [];
  for (const concept of concepts) {
    for (const set of childrenNamed(concept, LANGUAGE)) {
      const tag = languageOf(set);
      if (tag && !languages.includes(tag)) languages.push(tag);
    }
  }
  const rootLanguage = languageOf(root);
  const source = pickLanguage(languages, options.sourceLanguage, () =>
    rootLanguage && languages.some((l) => primaryLanguage(l) === primaryLanguage(rootLanguage))
      ? rootLanguage
      : languages[0],
  );
  // The target asked for, else the default one's, else the first other language: a termbase without the target
  // asked for still loads, its entries saying their language, and each document leaves them out and says so.
  const otherTarget = (from: string): string | undefined => {
    const fallback = options.defaultTarget?.(from);
    return (
      (fallback ? pickLanguage(languages, fallback, () => undefined) : undefined) ??
      languages.find((l) => primaryLanguage(l) !== primaryLanguage(from))
    );
  };
  const target =
    source &&
    (pickLanguage(languages, options.targetLanguage, () => otherTarget(source)) ?? otherTarget(source));
  if (!source || !target) {
    const which = !source
      ? `source language ${options.sourceLanguage}`
      : `target language${options.targetLanguage ? ` ${options.targetLanguage}` : ''}`;
    findings.push(
      glossaryFinding(
        'glossary-language-missing',
        'error',
        { file },
        `The termbase has terms in ${languages.join(', ') || 'no language'} but none in the ${which}. Export it with both languages, or pass the languages it has.`,
      ),
    );
    return { entries, findings };
  }
  const sourcePrimary = primaryLanguage(source);
  const targetPrimary = primaryLanguage(target);

  const readTerms = (set: XmlElement, max: number): Term[] => {
    const terms: Term[] = [];
    for (const group of childrenNamed(set, TERM_GROUP)) {
      const termElement = descendantsNamed(group, new Set(['term']), 3)[0];
      if (!termElement) continue;
      const term = clean(textContent(termElement));
      if (!term) continue;
      const statusNote = descendantsNamed(group, new Set(['termNote']), 3).find((n) =>
        STATUS_TYPES.has(n.attributes['type'] ?? ''),
      );
      const statusText = statusNote ? clean(textContent(statusNote)) : '';
      const status = parseStatus(statusText);
      if (!status) {
        findings.push(
          glossaryFinding(
            'glossary-unknown-status',
            'error',
            { file, line: statusNote?.line ?? termElement.line },
            `Expected the administrativeStatus of “${term}” to be ${STATUS_HELP}, got “${statusText}”. The term was skipped.`,
          ),
        );
        continue;
      }
      if (term.length > max) {
        findings.push(
          glossaryFinding(
            'glossary-term-too-long',
            'error',
            { file, line: termElement.line },
            `The term “${term.slice(0, 40)}…” is ${term.length} characters long; a term has at most ${max}. The term was skipped.`,
          ),
        );
        continue;
      }
      terms.push({ text: term, status, notes: notesOf(group) });
    }
    return terms;
  };

  let withoutSource = 0;
  for (const concept of concepts) {
    const sets = childrenNamed(concept, LANGUAGE);
    const sourceSets = sets.filter((s) => primaryLanguage(languageOf(s) ?? '') === sourcePrimary);
    // the exact target variety first (en-GB asked for: en-GB terms before en-US ones)
    const targetSets = sets
      .filter((s) => primaryLanguage(languageOf(s) ?? '') === targetPrimary)
      .sort((a, b) => Number(languageOf(b) === target) - Number(languageOf(a) === target));
    const sources = [
      ...new Set(sourceSets.flatMap((s) => readTerms(s, MAX_SOURCE_LENGTH)).map((t) => t.text)),
    ];
    const targetTerms = targetSets.flatMap((s) => readTerms(s, MAX_TARGET_LENGTH));
    if (sources.length === 0) {
      withoutSource++;
      continue;
    }
    const rank: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };
    const usable = targetTerms
      .filter((t) => t.status !== 'forbidden')
      .sort((a, b) => rank[a.status] - rank[b.status]);
    const forbidden = targetTerms.filter((t) => t.status === 'forbidden');
    const domainElement = [concept, ...childrenNamed(concept, new Set(['descripGrp']))]
      .flatMap((e) => childrenNamed(e, new Set(['descrip'])))
      .find((d) => d.attributes['type'] === 'subjectField');
    const domain = domainElement ? clean(textContent(domainElement)) : '';
    const notes = [
      ...notesOf(concept),
      ...targetSets.flatMap((s) => notesOf(s)),
      ...usable.flatMap((t) => t.notes),
    ];
    const base = {
      sources,
      caseSensitive: false,
      sourceLanguage: languageOf(sourceSets[0]!) ?? source,
      targetLanguage: targetSets[0] ? (languageOf(targetSets[0]) ?? target) : target,
      origin: { file, line: concept.line },
      ...(domain !== '' && { domain }),
      ...(notes.length > 0 && { note: [...new Set(notes)].join('; ') }),
    };
    if (usable.length > 0) {
      const targets = [...new Set(usable.map((t) => t.text))];
      const status = usable[0]!.status;
      entries.push(GlossaryEntry.parse({ ...base, targets, status }));
    }
    if (forbidden.length > 0) {
      const targets = [...new Set(forbidden.map((t) => t.text))];
      entries.push(GlossaryEntry.parse({ ...base, targets, status: 'forbidden' }));
    }
    if (usable.length === 0 && forbidden.length === 0) {
      findings.push(
        glossaryFinding(
          'glossary-missing-target',
          'warning',
          { file, line: concept.line },
          `“${sources.join('|').slice(0, 40)}” has no ${target} term. Add one in the terminology tool, or ignore this if the termbase covers other languages.`,
        ),
      );
    }
  }
  if (withoutSource > 0) {
    findings.push(
      glossaryFinding(
        'glossary-no-source-term',
        'info',
        { file },
        `${withoutSource} ${withoutSource === 1 ? 'entry has' : 'entries have'} no ${source} term and ${withoutSource === 1 ? 'was' : 'were'} skipped.`,
      ),
    );
  }
  if (entries.length === 0 && findings.every((f) => f.severity !== 'error')) {
    findings.push(
      glossaryFinding('glossary-empty', 'warning', { file }, 'The termbase has no usable entries.'),
    );
  }
  return { entries, findings };
}
