import { type Finding, formatPlace, type GlossaryEntry, primaryLanguage } from '../model/index.js';
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

function languageOf(tag: string | undefined): string {
  return tag === undefined ? '' : primaryLanguage(tag);
}

/** Entries of one language pair and one kind (forbidden or not), which are compared with each other. */
interface Scope {
  /** First entry per source key. */
  readonly bySource: Map<string, GlossaryEntry>;
  /**
   * Per sorted source keys, the entries with those sources: one entry until a second comes (nearly always, in a
   * big glossary, it never does), then a map of them by target keys, where an entry already there is a twin.
   */
  readonly seen: Map<string, GlossaryEntry | Map<string, GlossaryEntry>>;
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
  /** Per language pair, the preferred and admitted entries' scope and the forbidden ones'. */
  const scopes = new Map<string, [Scope, Scope]>();
  for (const entry of entries) {
    // A zh/en and a zh/fr entry of one term do not conflict: they serve different translations.
    const language = `${languageOf(entry.sourceLanguage)}>${languageOf(entry.targetLanguage)}`;
    let pair = scopes.get(language);
    if (pair === undefined) {
      pair = [newScope(), newScope()];
      scopes.set(language, pair);
    }
    const scope = pair[entry.status === 'forbidden' ? 1 : 0];
    const sources = entry.sources.map((s) => keyOf(s, entry.caseSensitive));
    const sourcesKey = sources.length === 1 ? sources[0]! : [...sources].sort().join('|');
    // Target keys are made only for entries whose sources came before: a glossary of 100,000 entries of distinct
    // sources then folds no target and builds no map per entry.
    let twin: GlossaryEntry | undefined;
    const before = scope.seen.get(sourcesKey);
    if (before === undefined) {
      scope.seen.set(sourcesKey, entry);
    } else {
      let byTargets = before;
      if (!(byTargets instanceof Map)) {
        byTargets = new Map([[targetsKeyOf(byTargets), byTargets]]);
        scope.seen.set(sourcesKey, byTargets);
      }
      const targetsKey = targetsKeyOf(entry);
      twin = byTargets.get(targetsKey);
      if (!twin) byTargets.set(targetsKey, entry);
    }
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

    const reported = new Set<GlossaryEntry>();
    entry.sources.forEach((source, i) => {
      const first = scope.bySource.get(sources[i]!);
      if (!first) {
        scope.bySource.set(sources[i]!, entry);
        return;
      }
      if (reported.has(first)) return;
      const firstTarget = first.targets[0] ? keyOf(first.targets[0], first.caseSensitive) : '';
      const target = entry.targets[0] ? keyOf(entry.targets[0], entry.caseSensitive) : '';
      if (firstTarget === target) return;
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

/** An entry's targets as compared: folded as matching sees them, in their order (the first is the one to use). */
function targetsKeyOf(entry: GlossaryEntry): string {
  const targets = entry.targets.map((t) => keyOf(t, entry.caseSensitive));
  return targets.length === 1 ? targets[0]! : targets.join('|');
}

function newScope(): Scope {
  return { bySource: new Map(), seen: new Map() };
}
