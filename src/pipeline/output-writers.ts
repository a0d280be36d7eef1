import { writeBilingualDocx } from '../export/docx.js';
import { writeJsonBytes } from '../export/json.js';
import { writeWorkbook } from '../export/xlsx.js';
import type { AlignedDocument } from '../model/index.js';

/** Output formats of `tandem align`. */
export const OUTPUT_FORMATS = ['xlsx', 'docx', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The bytes of each output format of a document. */
export const WRITERS: Record<OutputFormat, (doc: AlignedDocument) => Promise<Uint8Array> | Uint8Array> = {
  xlsx: writeWorkbook,
  docx: (doc) => writeBilingualDocx(doc),
  json: writeJsonBytes,
};
