import { cellTextXml } from '../cell-text.js';
import type { TextEntry } from '../zip-writer.js';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/**
 * The workbook's shared string table (`xl/sharedStrings.xml`), as Excel itself writes workbooks: every distinct
 * text is stored once and cells refer to it by index, so a source repeated in the hidden Structure sheet costs one
 * index, not a second copy. Items are written out (and compressed) as they are added.
 */
export class SharedStrings {
  readonly #index = new Map<string, number>();
  readonly #part: TextEntry;
  /** Items written so far. */
  #count = 0;

  /** `part`: the package's `xl/sharedStrings.xml`. */
  constructor(part: TextEntry) {
    this.#part = part;
    this.#part.write(HEAD);
  }

  /** The index of `text`, added when new. */
  indexOf(text: string): number {
    let i = this.#index.get(text);
    if (i === undefined) {
      i = this.add(text);
      this.#index.set(text, i);
    }
    return i;
  }

  /**
   * Adds `text` as a new item without looking for it among the others, and gives its index: for texts that hardly
   * ever repeat (segment IDs and sentences), where looking each up in a map of a book's hundreds of thousands of
   * texts costs more than storing the odd repeat twice. The table may hold a text twice; readers take each item
   * by its index.
   */
  add(text: string): number {
    const i = this.#count++;
    // Leading or trailing white space is kept only when the element says so.
    const preserve = text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20;
    this.#part.ascii(preserve ? '<si><t xml:space="preserve">' : '<si><t>');
    this.#part.utf8(cellTextXml(text));
    this.#part.ascii('</t></si>');
    return i;
  }

  /** Ends the part. */
  end(): void {
    this.#part.write('</sst>');
    this.#part.end();
  }
}
