import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bead } from '../src/align/translation/index.js';

/** Where the MAC-dev benchmark lives: `../shared/data/mac-dev` from the repository root, never inside it. */
export const MAC_DEV = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
  'mac-dev',
);

/** One text of the benchmark: sentences of both sides and the gold links. */
export interface MacDevText {
  readonly id: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly gold: readonly Pick<Bead, 'source' | 'target'>[];
}

/** Reads every text of MAC-dev, or `undefined` with nothing read when the folder is absent. */
export function loadMacDev(folder: string = MAC_DEV): MacDevText[] | undefined {
  if (!existsSync(join(folder, 'gold'))) return undefined;
  const lines = (path: string): string[] => {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  };
  return readdirSync(join(folder, 'gold'))
    .filter((name) => name.endsWith('.align'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.align$/, '');
      const gold = lines(join(folder, 'gold', name))
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [source, target] = line.split(':').map((side) => JSON.parse(side) as number[]) as [
            number[],
            number[],
          ];
          return { source, target };
        });
      return {
        id,
        source: lines(join(folder, 'split', `${id}.zh`)),
        target: lines(join(folder, 'split', `${id}.en`)),
        gold,
      };
    });
}

/** Counts for strict bead F1: a predicted link is right only when both its index lists equal a gold link's. */
export interface BeadScore {
  readonly correct: number;
  readonly predicted: number;
  readonly gold: number;
}

/** Strict bead match counts of one text. */
export function scoreBeads(
  predicted: readonly Pick<Bead, 'source' | 'target'>[],
  gold: readonly Pick<Bead, 'source' | 'target'>[],
): BeadScore {
  const key = (bead: Pick<Bead, 'source' | 'target'>): string =>
    `${bead.source.join(',')}:${bead.target.join(',')}`;
  const wanted = new Set(gold.map(key));
  let correct = 0;
  for (const bead of predicted) if (wanted.has(key(bead))) correct++;
  return { correct, predicted: predicted.length, gold: gold.length };
}

/** Precision, recall and F1 of summed counts. */
export function f1(score: BeadScore): { precision: number; recall: number; f1: number } {
  const precision = score.predicted ? score.correct / score.predicted : 0;
  const recall = score.gold ? score.correct / score.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
