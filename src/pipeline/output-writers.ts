import { writeJsonChunks } from '../export/json.js';
import { writeWorkbookInPieces } from '../export/xlsx.js';
import type { DocumentEntries } from '../glossary/term-entries.js';
import type { AlignedDocument } from '../model/index.js';

import type { OutputFormat } from './output-formats.js';

export { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

/** An output's bytes: in one piece, or in pieces to be written one after another. */
export type OutputBytes = Uint8Array | readonly Uint8Array[];

/**
 * The bytes of each output format of a document. `onProgress`, when the writer takes long enough to say, hears the
 * share of the output made, 0–1 (the workbook does, every few thousand rows).
 */
export const WRITERS: Record<
  OutputFormat,
  (
    doc: AlignedDocument,
    onProgress?: (share: number) => void,
    /** The entry numbers of the document's matches, counted once for every writer that needs them. */
    entries?: DocumentEntries,
  ) => Promise<OutputBytes> | OutputBytes
> = {
  xlsx: writeWorkbookInPieces,
  // Loaded when asked for: the docx library is most of what `tandem align` would load for nothing otherwise.
  docx: async (doc) => (await import('../export/docx.js')).writeBilingualDocx(doc),
  json: (doc, _onProgress, entries) => writeJsonChunks(doc, entries),
};
