import { Document } from 'docx';
import { type AlignedDocument, isCjk, languageName, sentenceJoiner } from '../model/index.js';
import { bodyPlaceholder, packDocx } from './docx/package.js';
import { paragraph, runProperties, textRuns } from './docx/wordml.js';
import { languageFonts } from './fonts.js';

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

/** `Wang Yi:` or `王毅：`: a label as the target language writes it, whatever colon the translator typed. */
function labelText(label: string, target: string): string {
  return `${label.replace(/[\s:：]+$/u, '')}${isCjk(target) ? '：' : ': '}`;
}

/** The run properties of the translated document, computed once: every paragraph shares these strings. */
interface TranslatedRuns {
  readonly text: string;
  readonly label: string;
  /** A placeholder's own words and its source, plain and (for a speaker) bold. */
  readonly mark: string;
  readonly markBold: string;
  readonly markSource: string;
  readonly markSourceBold: string;
}

function placeholderRuns(piece: Extract<TranslatedPiece, { kind: 'missing' }>, runs: TranslatedRuns): string {
  const mark = piece.speaker ? runs.markBold : runs.mark;
  const source = piece.speaker ? runs.markSourceBold : runs.markSource;
  return (
    textRuns(`[${piece.id} not translated: `, mark) + textRuns(piece.source, source) + textRuns(']', mark)
  );
}

/** One translated paragraph as WordprocessingML. */
function paragraphXml(
  pieces: readonly TranslatedPiece[],
  joiner: string,
  target: string,
  runs: TranslatedRuns,
) {
  let xml = '';
  pieces.forEach((piece, k) => {
    const previous = pieces[k - 1];
    // A label ends with its colon and space; other pieces are joined as the language joins sentences.
    if (
      previous &&
      previous.kind !== 'label' &&
      !(previous.kind === 'missing' && previous.speaker) &&
      joiner
    ) {
      xml += textRuns(joiner, runs.text);
    }
    if (piece.kind === 'missing') {
      xml += placeholderRuns(piece, runs);
      if (piece.speaker) xml += textRuns(labelText('', target), runs.label);
    } else if (piece.kind === 'label') {
      xml += textRuns(labelText(piece.text, target), runs.label);
    } else {
      xml += textRuns(piece.text, runs.text);
    }
  });
  return paragraph(xml);
}

/**
 * Writes the translated document as .docx bytes: the translation alone, one paragraph per source paragraph
 * (and per speaker turn), sentences joined as the target language writes them (a space in English, nothing in
 * Chinese), speaker labels in bold, and each untranslated segment as a highlighted `[p3.s2 not translated:
 * 原文]` placeholder that no reader can miss. The `docx` library writes the shell, the paragraphs are written
 * as markup (see ./docx/package.ts), so a long document costs a string per paragraph rather than a tree of
 * objects.
 */
export async function writeTranslatedDocx(
  doc: AlignedDocument,
  options: TranslatedDocxOptions = {},
): Promise<Uint8Array> {
  const targetFonts = languageFonts(doc.targetLanguage, doc.sourceLanguage);
  const sourceFonts = languageFonts(doc.sourceLanguage, doc.targetLanguage);
  const runs: TranslatedRuns = {
    text: runProperties({ fonts: targetFonts }),
    label: runProperties({ fonts: targetFonts, bold: true }),
    mark: runProperties({ fonts: targetFonts, highlight: 'yellow' }),
    markBold: runProperties({ fonts: targetFonts, highlight: 'yellow', bold: true }),
    markSource: runProperties({ fonts: sourceFonts, highlight: 'yellow' }),
    markSourceBold: runProperties({ fonts: sourceFonts, highlight: 'yellow', bold: true }),
  };
  const targetName =
    (doc.targetLanguage && languageName(doc.targetLanguage)) || doc.targetLanguage || 'translation';
  const shell = new Document({
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
        children: [bodyPlaceholder()],
      },
    ],
  });
  return packDocx(shell, translatedBody(doc, options, runs));
}

/** The document's body a paragraph at a time. */
function* translatedBody(
  doc: AlignedDocument,
  options: TranslatedDocxOptions,
  runs: TranslatedRuns,
): Generator<string> {
  const joiner = sentenceJoiner(doc.targetLanguage);
  const paragraphs = translatedParagraphs(doc, options);
  for (const { pieces } of paragraphs) yield paragraphXml(pieces, joiner, doc.targetLanguage, runs);
  // Word wants at least one paragraph in a section.
  if (paragraphs.length === 0) yield paragraph('');
}
