import type { AlignedDocument, AlignedSegment, Segment, SourceDocument, TermMatch } from '../model/index.js';
import { sentenceJoiner } from '../model/index.js';
import { NOTE_RULES, noteSegment, paragraphRoles } from './notes/index.js';
import { alignedDocument, type PairOptions } from './pair-segments.js';
import type { Bead } from './translation/index.js';

/** A sentence of the existing translation, with the paragraph it stands in. */
export interface TranslationSentence {
  readonly text: string;
  readonly paragraph: number;
}

export interface PairTranslationOptions extends PairOptions {
  /** Below this confidence a row gets a note asking the reviewer to look at it first. */
  readonly lowConfidence?: number;
}

/** Confidence under which an aligned row is flagged for review, unless the caller says otherwise. */
export const LOW_CONFIDENCE = 0.5;

/**
 * Turns alignment beads into rows: Source = the bead's source sentences joined as the source language writes,
 * Target = its target sentences joined as the target language writes, status `draft`. A bead of several source
 * segments keeps the first one's id with the last one's number (`p3.s4+5`); translation text with no source
 * counterpart gets a row with an empty Source and an id of its own (`p3.s4.t1`: after p3.s4), so nothing of
 * either text is lost.
 */
export function pairTranslation(
  document: SourceDocument,
  segments: readonly Segment[],
  matches: readonly (readonly TermMatch[])[],
  translation: readonly TranslationSentence[],
  beads: readonly Bead[],
  options: PairTranslationOptions,
): AlignedDocument {
  const low = options.lowConfidence ?? LOW_CONFIDENCE;
  const roles = paragraphRoles(document);
  const sourceJoin = sentenceJoiner(options.sourceLanguage);
  const targetJoin = sentenceJoiner(options.targetLanguage);
  const rows: AlignedSegment[] = [];
  let previous = 'p0.s0';
  let extra = 0;
  let paragraph = 1;
  for (const bead of beads) {
    const parts = bead.source.map((i) => segments[i]!);
    const target = bead.target.map((i) => translation[i]!.text).join(targetJoin);
    const notes: string[] = [];
    let id: string;
    let source = '';
    const terms: TermMatch[] = [];
    let kind: AlignedSegment['kind'] = 'text';
    if (parts.length === 0) {
      extra++;
      id = `${previous}.t${extra}`;
      notes.push(
        'Translation with no source counterpart: text added by the translator, or source text missing.',
      );
    } else {
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      id = parts.length === 1 ? first.id : `${first.id}+${last.id.slice(last.id.indexOf('.s') + 2)}`;
      if (last.paragraph !== first.paragraph) id = `${first.id}+${last.id}`;
      previous = id;
      extra = 0;
      paragraph = first.paragraph;
      kind = parts.every((p) => p.kind === 'speaker') ? 'speaker' : 'text';
      let offset = 0;
      for (const [k, part] of parts.entries()) {
        if (k > 0) {
          source += sourceJoin;
          offset += sourceJoin.length;
        }
        for (const match of matches[bead.source[k]!] ?? []) {
          terms.push({ ...match, start: match.start + offset, end: match.end + offset });
        }
        source += part.source;
        offset += part.source.length;
        notes.push(
          ...noteSegment(
            part,
            options.sourceLanguage,
            options.noteRules ?? NOTE_RULES,
            roles.get(part.paragraph),
          ),
        );
      }
      if (bead.target.length === 0)
        notes.push('No translation found for this source: translate it or check the alignment.');
    }
    if (bead.source.length > 0 && bead.target.length > 0 && bead.confidence < low) {
      notes.unshift(
        `Low alignment confidence (${bead.confidence.toFixed(2)}): check that source and target match.`,
      );
    }
    rows.push({
      id,
      paragraph,
      kind,
      source,
      target,
      status: target === '' ? 'new' : 'draft',
      notes,
      terms,
      confidence: Math.round(bead.confidence * 1000) / 1000,
    });
  }
  return alignedDocument(document, rows, options);
}
