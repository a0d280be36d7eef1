import { describe, expect, it } from 'vitest';
import { MemoryBudget } from '../../src/pipeline/memory-budget.js';

const MB = 1024 * 1024;

/** Lets the promises that are ready settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('MemoryBudget', () => {
  it('starts jobs while they fit, and the next one when enough was given back, in the order they asked', async () => {
    const budget = new MemoryBudget(1000 * MB);
    const started: string[] = [];
    const give = new Map<string, () => void>();
    const ask = (name: string, mb: number) =>
      budget.take(mb * MB).then((back) => {
        started.push(name);
        give.set(name, back);
      });
    void ask('book', 900);
    void ask('second book', 900);
    void ask('small', 10);
    await settle();
    // The small one waits its turn behind the second book rather than overtake it.
    expect(started).toEqual(['book']);
    give.get('book')!();
    await settle();
    expect(started).toEqual(['book', 'second book', 'small']);
    // Given back twice counts once.
    give.get('book')!();
    give.get('second book')!();
    give.get('small')!();
    await budget.take(1000 * MB);
  });

  it('runs a job bigger than the whole budget, alone', async () => {
    const budget = new MemoryBudget(100 * MB);
    const started: string[] = [];
    const huge = await budget.take(5000 * MB);
    void budget.take(1 * MB).then(() => started.push('small'));
    await settle();
    expect(started).toEqual([]);
    huge();
    await settle();
    expect(started).toEqual(['small']);
  });
});
