import { z } from 'zod';
import { JSON_FORMAT_VERSION } from '../export/json.js';
import { AlignedDocument, AlignedSegment, type Finding, TermMatch, UsedTerm } from '../model/index.js';

/**
 * A term match as the file holds it: in full (format 1, and in format 2 a match that differs from its glossary
 * item) or compact, without `targets`, `note` and `status`, which are then those of the `glossary` item with the
 * same source and target.
 */
const JsonTermMatch = TermMatch.extend({
  targets: TermMatch.shape.targets.optional(),
  status: TermMatch.shape.status.optional(),
}).refine(
  (term) =>
    term.targets === undefined
      ? term.status === undefined && term.note === undefined
      : term.status !== undefined,
  {
    message:
      'a term match needs both targets and status (and note when there is one), or none of them to take them from the glossary list',
  },
);
type JsonTermMatch = z.infer<typeof JsonTermMatch>;

/** The JSON file's shape: the document model with its used terms under `glossary` and matches in either form. */
const JsonDocument = AlignedDocument.omit({ terms: true }).extend({
  formatVersion: z.number().int().positive().optional(),
  segments: z.array(AlignedSegment.extend({ terms: z.array(JsonTermMatch).default([]) })),
  glossary: z.array(UsedTerm).default([]),
});
type JsonSegment = z.infer<typeof JsonDocument>['segments'][number];

/** What reading a JSON export gives: the document when it is valid, and every problem found. */
export interface JsonReadResult {
  readonly document?: AlignedDocument;
  readonly findings: Finding[];
}

/** A glossary item and, once a compact match asked for it, the targets array its compact matches share. */
interface GlossaryItem {
  readonly term: UsedTerm;
  targets?: readonly string[];
}

/**
 * The segments with every compact match filled from the glossary item with its source and target (the first, if
 * a file lists one twice). Compact matches of one item share one frozen `targets` array, as matchTerms gives them.
 * A compact match with no such item is a finding naming its path and segment.
 */
function fillMatches(
  segments: readonly JsonSegment[],
  glossary: readonly UsedTerm[],
  fileName: string,
): { segments: AlignedSegment[]; findings: Finding[] } {
  const bySource = new Map<string, Map<string, GlossaryItem>>();
  for (const term of glossary) {
    let byTarget = bySource.get(term.source);
    if (byTarget === undefined) {
      byTarget = new Map();
      bySource.set(term.source, byTarget);
    }
    if (!byTarget.has(term.target)) byTarget.set(term.target, { term });
  }
  const findings: Finding[] = [];
  const filled = segments.map((segment, i): AlignedSegment => {
    if (segment.terms.every((t) => t.targets !== undefined)) return segment as AlignedSegment;
    const terms = segment.terms.map((match: JsonTermMatch, j): TermMatch => {
      if (match.targets !== undefined) return match as TermMatch;
      const item = bySource.get(match.source)?.get(match.target);
      if (item === undefined) {
        findings.push({
          code: 'json-invalid',
          severity: 'error',
          message:
            `segments.${i}.terms.${j}: the term ${match.source} → ${match.target} is not in the file's glossary ` +
            'list: add an item with its targets and status to "glossary", or give the match its own targets and status.',
          file: fileName,
          ...(segment.id ? { id: segment.id } : {}),
        });
        return match as TermMatch;
      }
      item.targets ??= Object.freeze([...item.term.targets]);
      return {
        start: match.start,
        end: match.end,
        source: match.source,
        target: match.target,
        targets: item.targets as string[],
        ...(item.term.note === undefined ? {} : { note: item.term.note }),
        status: item.term.status,
      };
    });
    return { ...segment, terms };
  });
  return { segments: filled, findings };
}

/**
 * Reads a document written by {@link writeJson}, format 1 (every term match in full) or 2 (a match without
 * `targets` and `status` takes them, and its `note`, from the `glossary` item with the same source and target).
 * Every schema problem, and every such match with no glossary item, is a finding naming the JSON path and, where it
 * is inside a segment, the segment's id; the document is returned only when there are none. Unknown keys are
 * dropped, so `__proto__` and the like never reach the model.
 */
export function readJson(text: string, fileName: string): JsonReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      findings: [
        {
          code: 'json-unreadable',
          severity: 'error',
          message: `${fileName} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          file: fileName,
        },
      ],
    };
  }
  const parsed = JsonDocument.safeParse(raw);
  if (!parsed.success) {
    const segments = (raw as { segments?: unknown } | null)?.segments;
    return {
      findings: parsed.error.issues.map((issue) => {
        const [first, index] = issue.path;
        const segment =
          first === 'segments' && typeof index === 'number' && Array.isArray(segments)
            ? segments[index]
            : undefined;
        const id = (segment as { id?: unknown } | undefined)?.id;
        return {
          code: 'json-invalid',
          severity: 'error' as const,
          message: `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`,
          file: fileName,
          ...(typeof id === 'string' && id ? { id } : {}),
        };
      }),
    };
  }
  const { formatVersion, glossary, ...rest } = parsed.data;
  const filled = fillMatches(rest.segments, glossary, fileName);
  if (filled.findings.length > 0) return { findings: filled.findings };
  const findings: Finding[] = [];
  if (formatVersion !== undefined && formatVersion > JSON_FORMAT_VERSION) {
    findings.push({
      code: 'json-newer-format',
      severity: 'warning',
      message: `${fileName} was written by a newer tandem (format ${formatVersion}, this one reads ${JSON_FORMAT_VERSION}).`,
      file: fileName,
    });
  }
  return { document: { ...rest, segments: filled.segments, terms: glossary }, findings };
}
