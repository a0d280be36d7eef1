import { isZip, unpackZipEntry, zipDirectory } from '../read/zip-directory.js';

/** docProps/core.xml is a few hundred bytes; more is not worth reading for one name. */
const MAX_CORE_BYTES = 64 * 1024;

/** A Word document tandem wrote, as its properties tell. */
export interface TandemDocument {
  /**
   * Whether a program saved it since tandem wrote it: a revision past the first, or a modification time apart from
   * its creation time (Word, and LibreOffice saving by hand, set both; tandem writes revision 1 and the two times
   * equal). A reviewer's comments and changes live in such a file.
   */
  readonly edited: boolean;
}

/**
 * Whether a Word document was written by tandem (its `dc:creator` says so, and Word keeps it), and whether it was
 * edited since. An output that is not tandem's — the translator's own source document that happens to share the
 * name — must never be overwritten.
 */
export function tandemDocument(bytes: Uint8Array): TandemDocument | undefined {
  const core = coreProperties(bytes);
  if (core === undefined || !/<dc:creator>\s*tandem\s*<\/dc:creator>/.test(core)) return undefined;
  const revision = Number(/<cp:revision>\s*(\d+)\s*<\/cp:revision>/.exec(core)?.[1] ?? '1');
  const created = Date.parse(/<dcterms:created[^>]*>([^<]*)</.exec(core)?.[1] ?? '');
  const modified = Date.parse(/<dcterms:modified[^>]*>([^<]*)</.exec(core)?.[1] ?? '');
  // Seconds apart at least: LibreOffice writes the times back without their milliseconds.
  const resaved =
    Number.isFinite(created) && Number.isFinite(modified) && Math.abs(modified - created) >= 2000;
  return { edited: revision > 1 || resaved };
}

/** Whether a Word document was written by tandem: see {@link tandemDocument}. */
export function madeByTandem(bytes: Uint8Array): boolean {
  return tandemDocument(bytes) !== undefined;
}

function coreProperties(bytes: Uint8Array): string | undefined {
  if (!isZip(bytes)) return undefined;
  const entries = zipDirectory(bytes, 1_000);
  if (!Array.isArray(entries)) return undefined;
  const core = entries.find((entry) => entry.name === 'docProps/core.xml');
  if (!core) return undefined;
  const xml = unpackZipEntry(bytes, core, MAX_CORE_BYTES);
  return typeof xml === 'string' ? undefined : new TextDecoder().decode(xml);
}
