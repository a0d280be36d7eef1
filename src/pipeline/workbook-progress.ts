/**
 * What `tandem qa` and `tandem build` hear as they go through workbooks: a book's workbook takes seconds to read,
 * check and turn into documents, and a folder of them longer.
 */
export type WorkbookProgressEvent =
  /** `bytes`: the workbooks' files together, by which the time left is told. */
  | { readonly type: 'start'; readonly workbooks: number; readonly bytes: number }
  /** A workbook starts a step; `step` says it in words: `reading the workbook (15.2 MB)`. */
  | { readonly type: 'step'; readonly workbook: string; readonly step: string }
  /** `bytes`: the size of the workbook's file. */
  | {
      readonly type: 'workbook-done';
      readonly workbook: string;
      readonly ok: boolean;
      readonly bytes: number;
    };

/** `15.2 MB`, for the reading step. */
export function readingStep(bytes: number): string {
  return `reading the workbook (${(bytes / 1e6).toFixed(1)} MB)`;
}
