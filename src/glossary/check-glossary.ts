import { type Finding, formatPlace, type GlossaryEntry } from '../model/index.js';
import { glossaryFinding } from './glossary-finding.js';
import { foldTerm } from './text/fold-text.js';

/** Terms are compared as matching sees them, without the Chinese script folding (that needs the language). */
function keyOf(term: string, caseSensitive: boolean): string {
  return foldTerm(term, { simplify: false, caseFold: !caseSensitive });
}

function describe(entry: GlossaryEntry): string {
  return entry.targets.length > 0 ? entry.targets.map((t) => `“${t}”`).join(' | ') : 'no target';
}

function placeOf(entry: GlossaryEntry): string {
  return formatPlace(entry.origin);
}

/**
 * Checks entries across rows and files: the same entry twice (`glossary-duplicate`) and one source term with
 * different targets in different entries (`glossary-conflicting-targets`), both warnings at the later entry naming
 * the earlier one. Forbidden entries are compared only with forbidden ones: a preferred and a forbidden rendering
 * of one source is how a glossary says "use this, not that".
 */
export function checkGlossary(entries: readonly GlossaryEntry[]): Finding[] {
  const findings: Finding[] = [];
  /** First entry seen per (forbidden?, source key). */
  const bySource = new Map<string, GlossaryEntry>();
  const seen = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    const forbidden = entry.status === 'forbidden' ? 'f' : 'p';
    const sources = entry.sources.map((s) => keyOf(s, entry.caseSensitive));
    const targets = entry.targets.map((t) => keyOf(t, entry.caseSensitive));
    const identity = [
      forbidden,
      entry.sourceLanguage ?? '',
      [...sources].sort().join('|'),
      targets.join('|'),
    ].join('\u0000');
    const twin = seen.get(identity);
    if (twin) {
      findings.push(
        glossaryFinding(
          'glossary-duplicate',
          'warning',
          entry.origin,
          `“${entry.sources.join('|')}” → ${describe(entry)} repeats the entry at ${placeOf(twin)}. Delete one of them.`,
        ),
      );
      continue;
    }
    seen.set(identity, entry);

    const reported = new Set<GlossaryEntry>();
    entry.sources.forEach((source, i) => {
      const key = `${forbidden}\u0000${entry.sourceLanguage ?? ''}\u0000${sources[i]}`;
      const first = bySource.get(key);
      if (!first) {
        bySource.set(key, entry);
        return;
      }
      if (reported.has(first)) return;
      const firstTarget = first.targets[0] ? keyOf(first.targets[0], first.caseSensitive) : '';
      if (firstTarget === (targets[0] ?? '')) return;
      reported.add(first);
      findings.push(
        glossaryFinding(
          'glossary-conflicting-targets',
          'warning',
          entry.origin,
          `“${source}” → ${describe(entry)} here, but → ${describe(first)} at ${placeOf(first)}. Keep one, or merge them into one entry with the targets separated by | (the first is the one to use).`,
        ),
      );
    });
  }
  return findings;
}
