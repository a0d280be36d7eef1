import type { Segment, SourceDocument } from '../model/index.js';
import { segmentId } from '../model/index.js';

/**
 * One segment per paragraph (per non-empty line of a text file), split nowhere: the convention of
 * presegmented parallel texts (hunalign, Bertalign), so that tandem's aligner can be compared with theirs.
 */
export function segmentLines(doc: SourceDocument): Segment[] {
  return doc.paragraphs.map((paragraph) => ({
    id: segmentId(paragraph.index, 1),
    paragraph: paragraph.index,
    source: paragraph.text,
    start: 0,
    end: paragraph.text.length,
    kind: 'text',
  }));
}
