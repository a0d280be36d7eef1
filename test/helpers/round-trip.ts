import { expect } from 'vitest';
import { AlignedDocument, type AlignedDocumentInput, type Finding } from '../../src/model/index.js';

/** A file format under test: one writer, one reader, and what of the model the format does not carry. */
export interface RoundTripFormat<Written> {
  readonly name: string;
  readonly write: (doc: AlignedDocument) => Written | Promise<Written>;
  readonly read: (written: Written) => {
    readonly document?: AlignedDocument;
    readonly findings: readonly Finding[];
  };
  /** Document fields the format does not carry: left out of the comparison on both sides. */
  readonly drops?: readonly (keyof AlignedDocument)[];
}

/** What a round trip gave, for further assertions. */
export interface RoundTripResult<Written> {
  readonly written: Written;
  readonly document: AlignedDocument;
  readonly findings: readonly Finding[];
}

function withoutDropped(
  doc: AlignedDocument,
  drops: readonly (keyof AlignedDocument)[],
): Partial<AlignedDocument> {
  const copy: Partial<AlignedDocument> = { ...doc };
  for (const key of drops) delete copy[key];
  return copy;
}

/**
 * translate-toolkit's store test: writes `input` with the format's writer, reads it back with its reader, and
 * expects the same model (after schema defaults, less the fields the format drops) and no findings at all.
 */
export async function expectRoundTrip<Written>(
  format: RoundTripFormat<Written>,
  input: AlignedDocumentInput,
): Promise<RoundTripResult<Written>> {
  const original = AlignedDocument.parse(input);
  const written = await format.write(original);
  const { document, findings } = format.read(written);
  expect(findings, `${format.name}: findings on reading back`).toEqual([]);
  expect(document, `${format.name}: no document read back`).toBeDefined();
  const drops = format.drops ?? [];
  expect(withoutDropped(document!, drops), `${format.name}: model after a round trip`).toEqual(
    withoutDropped(original, drops),
  );
  return { written, document: document!, findings };
}
