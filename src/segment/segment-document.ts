import { type Segment, type SourceDocument, segmentId } from '../model/index.js';
import { resolveSegmentOptions, type SegmentOptions } from './segment-options.js';
import { splitResolved } from './split-sentences.js';

/** Splits every paragraph of a document into segments with ids `p<paragraph>.s<n>`, both 1-based. */
export function segmentDocument(doc: SourceDocument, options: SegmentOptions): Segment[] {
  const resolved = resolveSegmentOptions(options);
  return doc.paragraphs.flatMap((paragraph) =>
    splitResolved(paragraph.text, resolved).map((span, i) => ({
      id: segmentId(paragraph.index, i + 1),
      paragraph: paragraph.index,
      source: paragraph.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      kind: span.kind,
    })),
  );
}
