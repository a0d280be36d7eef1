import type { QaCheck } from '../types.js';
import { cjkPunctuation } from './cjk-punctuation.js';
import { emptyTarget } from './empty-target.js';
import { forbiddenTerm } from './forbidden-term.js';
import { inconsistentTranslation } from './inconsistent-translation.js';
import { lengthRatio } from './length-ratio.js';
import { missingSegment } from './missing-segment.js';
import { missingTerm } from './missing-term.js';
import { numberMismatch } from './number-mismatch.js';
import { questionMarkMismatch } from './question-mark-mismatch.js';
import { targetSameAsSource } from './target-same-as-source.js';
import { unpairedBrackets } from './unpaired-brackets.js';
import { untranslatedCjk } from './untranslated-cjk.js';
import { whitespace } from './whitespace.js';

export {
  cjkPunctuation,
  emptyTarget,
  forbiddenTerm,
  inconsistentTranslation,
  lengthRatio,
  missingSegment,
  missingTerm,
  numberMismatch,
  questionMarkMismatch,
  targetSameAsSource,
  unpairedBrackets,
  untranslatedCjk,
  whitespace,
};

/**
 * The checks `tandem qa` runs, in the order their findings appear within a segment: a missing or empty row
 * first, then what changes the meaning (untranslated, terms, numbers), then consistency, then typography.
 */
export const QA_CHECKS: readonly QaCheck[] = [
  missingSegment,
  emptyTarget,
  targetSameAsSource,
  untranslatedCjk,
  forbiddenTerm,
  missingTerm,
  numberMismatch,
  inconsistentTranslation,
  lengthRatio,
  questionMarkMismatch,
  unpairedBrackets,
  cjkPunctuation,
  whitespace,
];
