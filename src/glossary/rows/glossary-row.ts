import { z } from 'zod';
import type { GlossaryFindingCode } from '../glossary-finding.js';
import { parseCaseFlag } from './parse-case-flag.js';
import { parseStatus, STATUS_HELP } from './parse-status.js';
import { splitVariants } from './split-variants.js';

/** Longest source variant accepted: longer is a sentence or a row swallowed by a stray quote, not a term. */
export const MAX_SOURCE_LENGTH = 200;
/** Longest target variant accepted. */
export const MAX_TARGET_LENGTH = 500;

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function variants(max: number, what: string) {
  return z
    .string()
    .transform(splitVariants)
    .pipe(
      z.array(
        z.string().max(max, {
          error: (issue) =>
            `The ${what} “${shorten(String(issue.input))}” is ${String(issue.input).length} characters long; a term has at most ${max}. Check for a missing quote or a sentence pasted into the wrong cell.`,
        }),
      ),
    );
}

function issueCode(code: GlossaryFindingCode): { code: GlossaryFindingCode } {
  return { code };
}

/**
 * One row of a glossary table as cell texts (empty string for an empty or missing cell), validated into the
 * fields of a `GlossaryEntry`. Every problem is an issue whose `params.code` (or zod code) becomes a finding.
 */
export const GlossaryRow = z
  .object({
    source: variants(MAX_SOURCE_LENGTH, 'source term').pipe(
      z.array(z.string()).min(1, {
        error: 'The source term is empty. Fill it in or delete the row.',
      }),
    ),
    target: variants(MAX_TARGET_LENGTH, 'target term'),
    note: z.string().transform((s) => s.trim() || undefined),
    domain: z.string().transform((s) => s.trim() || undefined),
    status: z.string().transform((value, ctx) => {
      const status = parseStatus(value);
      if (status === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `Expected the status to be ${STATUS_HELP}, got “${shorten(value.trim())}”. The row was skipped.`,
          params: issueCode('glossary-unknown-status'),
        });
        return z.NEVER;
      }
      return status;
    }),
    caseSensitive: z.string().transform((value, ctx) => {
      const flag = parseCaseFlag(value);
      if (flag === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `Expected case-sensitive to be yes or no (also true/false, 1/0), got “${shorten(value.trim())}”. The row was skipped.`,
          params: issueCode('glossary-bad-case-flag'),
        });
        return z.NEVER;
      }
      return flag;
    }),
  })
  .superRefine((row, ctx) => {
    if (row.target.length === 0 && row.status !== 'forbidden' && row.source.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: `“${shorten(row.source.join('|'))}” has no target. Add the translation, or set the status to forbidden for a term that must not be used.`,
        params: issueCode('glossary-missing-target'),
      });
    }
  });
export type GlossaryRow = z.infer<typeof GlossaryRow>;
export type GlossaryRowInput = z.input<typeof GlossaryRow>;

/**
 * The row {@link GlossaryRow} makes of these cells when it finds no issue, or undefined when any cell has one; the
 * schema then parses the row again to word the findings. The same checks in plain code cost a fraction of a zod
 * parse, which a glossary of 100,000 good rows would pay on every one (test/glossary/glossary-row.test.ts holds
 * the two to the same answers).
 */
export function readGoodRow(input: GlossaryRowInput): GlossaryRow | undefined {
  const source = splitVariants(input.source);
  if (source.length === 0 || source.some((v) => v.length > MAX_SOURCE_LENGTH)) return undefined;
  const target = splitVariants(input.target);
  if (target.some((v) => v.length > MAX_TARGET_LENGTH)) return undefined;
  const status = parseStatus(input.status);
  if (status === undefined || (target.length === 0 && status !== 'forbidden')) return undefined;
  const caseSensitive = parseCaseFlag(input.caseSensitive);
  if (caseSensitive === undefined) return undefined;
  return {
    source,
    target,
    note: input.note.trim() || undefined,
    domain: input.domain.trim() || undefined,
    status,
    caseSensitive,
  };
}

/** The finding code for a zod issue from {@link GlossaryRow}. */
export function rowIssueCode(issue: z.core.$ZodIssue): GlossaryFindingCode {
  const params = 'params' in issue ? (issue.params as { code?: GlossaryFindingCode } | undefined) : undefined;
  if (params?.code) return params.code;
  if (issue.code === 'too_big') return 'glossary-term-too-long';
  // the only other check is the source's min(1)
  return 'glossary-empty-source';
}
