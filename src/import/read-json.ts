import { z } from 'zod';
import { JSON_FORMAT_VERSION } from '../export/json.js';
import { AlignedDocument, type Finding, UsedTerm } from '../model/index.js';

/** The JSON file's shape: the document model with its used terms under `glossary`. */
const JsonDocument = AlignedDocument.omit({ terms: true }).extend({
  formatVersion: z.number().int().positive().optional(),
  glossary: z.array(UsedTerm).default([]),
});

/** What reading a JSON export gives: the document when it is valid, and every problem found. */
export interface JsonReadResult {
  readonly document?: AlignedDocument;
  readonly findings: Finding[];
}

/**
 * Reads a document written by {@link writeJson}. Every schema problem is a finding naming the JSON path and, where
 * it is inside a segment, the segment's id; the document is returned only when there are none. Unknown keys are
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
  const findings: Finding[] = [];
  if (formatVersion !== undefined && formatVersion > JSON_FORMAT_VERSION) {
    findings.push({
      code: 'json-newer-format',
      severity: 'warning',
      message: `${fileName} was written by a newer tandem (format ${formatVersion}, this one reads ${JSON_FORMAT_VERSION}).`,
      file: fileName,
    });
  }
  return { document: { ...rest, terms: glossary }, findings };
}
