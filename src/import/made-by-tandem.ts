import { isZip, unpackZipEntry, zipDirectory } from '../read/zip-directory.js';

/** docProps/core.xml is a few hundred bytes; more is not worth reading for one name. */
const MAX_CORE_BYTES = 64 * 1024;

/**
 * Whether a Word document was written by tandem (its `dc:creator` says so). An output that is not — the translator's
 * own source document that happens to share the name — must never be overwritten.
 */
export function madeByTandem(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const entries = zipDirectory(bytes, 1_000);
  if (!Array.isArray(entries)) return false;
  const core = entries.find((entry) => entry.name === 'docProps/core.xml');
  if (!core) return false;
  const xml = unpackZipEntry(bytes, core, MAX_CORE_BYTES);
  if (typeof xml === 'string') return false;
  return /<dc:creator>\s*tandem\s*<\/dc:creator>/.test(new TextDecoder().decode(xml));
}
