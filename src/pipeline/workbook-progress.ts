/**
 * What `tandem qa` and `tandem build` hear as they go through workbooks: a book's workbook takes seconds to read,
 * check and turn into documents, and a folder of them longer.
 */
export type WorkbookProgressEvent =
  | { readonly type: 'start'; readonly workbooks: number }
  /** A workbook starts a step; `step` says it in words: `reading the workbook (15.2 MB)`. */
  | { readonly type: 'step'; readonly workbook: string; readonly step: string }
  | { readonly type: 'workbook-done'; readonly workbook: string; readonly ok: boolean };

/** `15.2 MB`, for the reading step. */
export function readingStep(bytes: number): string {
  return `reading the workbook (${(bytes / 1e6).toFixed(1)} MB)`;
}
