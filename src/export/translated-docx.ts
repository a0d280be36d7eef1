import { Document, HighlightColor, type IRunOptions, Packer, Paragraph, TextRun } from 'docx';
import { type AlignedDocument, isCjk, languageName, sentenceJoiner } from '../model/index.js';
import { type LanguageFonts, languageFonts } from './fonts.js';

/** Options of the translated Word document. */
export interface TranslatedDocxOptions {
  /**
   * Where a speaker's turn starts: a paragraph of its own (`paragraph`, the default), so a transcript whose source
   * ran every turn into one paragraph reads as a dialogue, or where it falls in the source paragraph (`inline`).
   */
  readonly speakerTurns?: 'paragraph' | 'inline';
}

/** A piece of a translated paragraph: a speaker's label, a translated segment, or a segment not translated. */
export type TranslatedPiece =
  | { readonly kind: 'label'; readonly id: string; readonly text: string }
  | { readonly kind: 'text'; readonly id: string; readonly text: string }
  | { readonly kind: 'missing'; readonly id: string; readonly source: string; readonly speaker: boolean };

/** A paragraph of the translated document and the source paragraph it renders. */
export interface TranslatedParagraph {
  readonly paragraph: number;
  readonly pieces: readonly TranslatedPiece[];
}

/**
 * The translation laid out as the source was: the rows of one source paragraph make one paragraph, in document
 * order. A speaker row becomes its turn's label (its target, or the placeholder); a row with no target becomes a
 * placeholder, so no passage ever silently disappears from the translation.
 */
export function translatedParagraphs(
  doc: AlignedDocument,
  options: TranslatedDocxOptions = {},
): TranslatedParagraph[] {
  const turns = (options.speakerTurns ?? 'paragraph') === 'paragraph';
  const paragraphs: { paragraph: number; pieces: TranslatedPiece[] }[] = [];
  let current: { paragraph: number; pieces: TranslatedPiece[] } | undefined;
  for (const segment of doc.segments) {
    const speaker = segment.kind === 'speaker';
    // Paragraph 0 means "not known" (a workbook without paragraph numbers): every such row stands alone.
    const sameParagraph = current?.paragraph === segment.paragraph && segment.paragraph !== 0;
    if (!current || !sameParagraph || (turns && speaker && current.pieces.length > 0)) {
      current = { paragraph: segment.paragraph, pieces: [] };
      paragraphs.push(current);
    }
    const target = segment.target.trim();
    if (target === '') {
      current.pieces.push({ kind: 'missing', id: segment.id, source: segment.source, speaker });
    } else {
      current.pieces.push({ kind: speaker ? 'label' : 'text', id: segment.id, text: target });
    }
  }
  return paragraphs;
}

/** Body text in half-points: 11 pt, as a word processor's default. */
const BODY_SIZE = 22;
/** A4 in twips, with 2.5 cm margins. */
const A4 = { width: 11_906, height: 16_838, margin: 1_418 } as const;

/** Characters XML 1.0 cannot carry, replaced by U+FFFD so the document always opens. */
const NOT_XML =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text to runs: line breaks the translator put in a cell become line breaks in the paragraph. */
function textRuns(text: string, style: Omit<IRunOptions, 'text'>): TextRun[] {
  return text
    .replace(NOT_XML, '\uFFFD')
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** `Wang Yi:` or `王毅：`: a label as the target language writes it, whatever colon the translator typed. */
function labelText(label: string, target: string): string {
  return `${label.replace(/[\s:：]+$/u, '')}${isCjk(target) ? '：' : ': '}`;
}

function placeholderRuns(
  piece: Extract<TranslatedPiece, { kind: 'missing' }>,
  targetFonts: LanguageFonts,
  sourceFonts: LanguageFonts,
): TextRun[] {
  const mark = { highlight: HighlightColor.YELLOW, ...(piece.speaker ? { bold: true } : {}) } as const;
  return [
    ...textRuns(`[${piece.id} not translated: `, { ...targetFonts, ...mark }),
    ...textRuns(piece.source, { ...sourceFonts, ...mark }),
    ...textRuns(']', { ...targetFonts, ...mark }),
  ];
}

/**
 * Builds the translated document as a docx model (tests assert on it): the translation alone, one paragraph per
 * source paragraph (and per speaker turn), sentences joined as the target language writes them (a space in
 * English, nothing in Chinese), speaker labels in bold, and each untranslated segment as a highlighted
 * `[p3.s2 not translated: 原文]` placeholder that no reader can miss.
 */
export function buildTranslatedDocx(doc: AlignedDocument, options: TranslatedDocxOptions = {}): Document {
  const targetFonts = languageFonts(doc.targetLanguage, doc.sourceLanguage);
  const sourceFonts = languageFonts(doc.sourceLanguage, doc.targetLanguage);
  const joiner = sentenceJoiner(doc.targetLanguage);
  const children = translatedParagraphs(doc, options).map(({ pieces }) => {
    const runs: TextRun[] = [];
    pieces.forEach((piece, k) => {
      const previous = pieces[k - 1];
      // A label ends with its colon and space; other pieces are joined as the language joins sentences.
      if (
        previous &&
        previous.kind !== 'label' &&
        !(previous.kind === 'missing' && previous.speaker) &&
        joiner
      ) {
        runs.push(new TextRun({ ...targetFonts, text: joiner }));
      }
      if (piece.kind === 'missing') {
        runs.push(...placeholderRuns(piece, targetFonts, sourceFonts));
        if (piece.speaker)
          runs.push(...textRuns(labelText('', doc.targetLanguage), { ...targetFonts, bold: true }));
      } else if (piece.kind === 'label') {
        runs.push(...textRuns(labelText(piece.text, doc.targetLanguage), { ...targetFonts, bold: true }));
      } else {
        runs.push(...textRuns(piece.text, targetFonts));
      }
    });
    return new Paragraph({ children: runs });
  });
  const targetName =
    (doc.targetLanguage && languageName(doc.targetLanguage)) || doc.targetLanguage || 'translation';
  return new Document({
    creator: 'tandem',
    title: `${doc.name} (${targetName})`,
    description: `Translation of ${doc.sourceFile || doc.name}`,
    styles: {
      default: {
        document: {
          run: { size: BODY_SIZE, font: targetFonts.font, language: targetFonts.language },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        children: children.length > 0 ? children : [new Paragraph({ children: [] })],
      },
    ],
  });
}

/** Writes the translated document as .docx bytes. */
export async function writeTranslatedDocx(
  doc: AlignedDocument,
  options?: TranslatedDocxOptions,
): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildTranslatedDocx(doc, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
