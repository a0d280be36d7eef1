import type { AlignedSegment, Finding, Severity } from '../../model/index.js';
import { type NumberMention, readNumbers, readsNumberWords } from '../../numbers/read-numbers.js';
import { hasTranslation } from '../has-translation.js';
import { quote } from '../quote.js';
import { segmentFinding } from '../segment-finding.js';
import type { QaCheck, QaContext } from '../types.js';

// tandem's note rules write "…the digits seem to be missing…" / "Number seems to be missing…" on sources like
// "年月日，国务委员兼外交部长王毅…" whose digits were lost: a target that restores "31 December 2020" is right.
const DIGITS_LOST = /missing/i;

/**
 * Flags numbers missing, changed or added between source and target, compared by value across languages:
 * "2020" vs "2021"; 十四五规划 → "14th Five-Year Plan"; 百分之三 → "3%"; 3万 → "30,000"; 20多亿 → "more than 2
 * billion" (see `readNumbers` for the rules). Values are compared as sets: a number the source says twice needs
 * saying once. Severities follow how sure the reading is (see `NumberStrength`): a changed or missing number is an
 * error, a missing number word up to ten a warning, an extra number a warning (info when the notes say the
 * source lost its digits).
 */
export const numberMismatch: QaCheck = (context) => {
  const findings: Finding[] = [];
  for (const segment of context.document.segments) {
    if (!hasTranslation(segment)) continue;
    findings.push(...compareNumbers(context, segment));
  }
  return findings;
};

function compareNumbers(context: QaContext, segment: AlignedSegment): Finding[] {
  const { sourceLanguage, targetLanguage } = context.document;
  // Number words of a language we cannot read ("vingt") must not count as missing or extra.
  const source = demoteWords(readNumbers(segment.source, sourceLanguage), readsNumberWords(targetLanguage));
  const target = demoteWords(readNumbers(segment.target, targetLanguage), readsNumberWords(sourceLanguage));
  const missing = unmatched(source, target);
  const extra = unmatched(target, source);
  const digitsLost = segment.notes.some((note) => DIGITS_LOST.test(note));
  const findings: Finding[] = [];
  const report = (severity: Severity, message: string): void => {
    findings.push(segmentFinding(context, segment.id, { code: 'number-mismatch', severity, message }));
  };
  if (!digitsLost) {
    // 2020 → 2021: one finding for the pair rather than "2020 missing" and "2021 extra".
    for (const level of ['strong', 'soft'] as const) {
      const gone = missing.filter((m) => m.strength === level);
      const added = extra.filter((m) => m.strength === level);
      for (let k = 0; k < Math.min(gone.length, added.length); k++) {
        report(
          level === 'strong' ? 'error' : 'warning',
          `Number changed: ${show(gone[k]!)} in the source, ${show(added[k]!)} in the target; make them match.`,
        );
        remove(missing, gone[k]!);
        remove(extra, added[k]!);
      }
    }
  }
  for (const m of missing) {
    report(
      m.strength === 'strong' ? 'error' : 'warning',
      `Number ${show(m)} from the source is not in the target.`,
    );
  }
  for (const m of extra) {
    if (m.strength !== 'strong') continue;
    if (digitsLost) {
      report(
        'info',
        `Number ${show(m)} is not in the source; fine if it restores a number the source lost (see Notes).`,
      );
    } else report('warning', `Number ${show(m)} is not in the source; check it.`);
  }
  return findings;
}

/** Mentions not weak whose value the other side does not have, each value once, in text order. */
function unmatched(mine: readonly NumberMention[], theirs: readonly NumberMention[]): NumberMention[] {
  const values = new Set(theirs.map((m) => m.value));
  const seen = new Set<number>();
  return mine.filter((m) => {
    if (m.strength === 'weak' || values.has(m.value) || seen.has(m.value)) return false;
    seen.add(m.value);
    return true;
  });
}

function demoteWords(mentions: NumberMention[], otherSideReadsWords: boolean): NumberMention[] {
  if (otherSideReadsWords) return mentions;
  return mentions.map((m) => (m.written === 'words' ? { ...m, strength: 'weak' } : m));
}

function remove(list: NumberMention[], item: NumberMention): void {
  list.splice(list.indexOf(item), 1);
}

const FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** `“二十” (20)`, or just `“2020”` when the text is the value. */
function show(mention: NumberMention): string {
  const value = FORMAT.format(mention.value);
  return mention.text === value || mention.text === String(mention.value)
    ? quote(mention.text)
    : `${quote(mention.text)} (${value})`;
}
