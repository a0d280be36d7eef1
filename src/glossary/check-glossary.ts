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

/** Entries of one source language and one kind (forbidden or not), which are compared with each other. */
interface Scope {
  /** First entry per source key. */
  readonly bySource: Map<string, GlossaryEntry>;
  /** Entry per sorted source keys, then per target keys: a second one is a duplicate. */
  readonly seen: Map<string, Map<string, GlossaryEntry>>;
}

/**
 * Checks entries across rows and files: the same entry twice (`glossary-duplicate`) and one source term with
 * different targets in different entries (`glossary-conflicting-targets`), both warnings at the later entry naming
 * the earlier one. Forbidden entries are compared only with forbidden ones: a preferred and a forbidden rendering
 * of one source is how a glossary says "use this, not that".
 *
 * Maps nested by language, kind, sources and targets rather than keyed by the four joined into one string: the
 * keys are then mostly strings that exist already, and a 100,000-entry glossary builds and hashes no new ones.
 */
export function checkGlossary(entries: readonly GlossaryEntry[]): Finding[] {
  const findings: Finding[] = [];
  /** Per source language, the preferred and admitted entries' scope and the forbidden ones'. */
  const scopes = new Map<string, [Scope, Scope]>();
  for (const entry of entries) {
    const language = entry.sourceLanguage ?? '';
    let pair = scopes.get(language);
    if (pair === undefined) {
      pair = [newScope(), newScope()];
      scopes.set(language, pair);
    }
    const scope = pair[entry.status === 'forbidden' ? 1 : 0];
    const sources = entry.sources.map((s) => keyOf(s, entry.caseSensitive));
    const targets = entry.targets.map((t) => keyOf(t, entry.caseSensitive));
    const sourcesKey = sources.length === 1 ? sources[0]! : [...sources].sort().join('|');
    const targetsKey = targets.length === 1 ? targets[0]! : targets.join('|');
    let byTargets = scope.seen.get(sourcesKey);
    if (byTargets === undefined) {
      byTargets = new Map();
      scope.seen.set(sourcesKey, byTargets);
    }
    const twin = byTargets.get(targetsKey);
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
    byTargets.set(targetsKey, entry);

    const reported = new Set<GlossaryEntry>();
    entry.sources.forEach((source, i) => {
      const first = scope.bySource.get(sources[i]!);
      if (!first) {
        scope.bySource.set(sources[i]!, entry);
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

function newScope(): Scope {
  return { bySource: new Map(), seen: new Map() };
}
