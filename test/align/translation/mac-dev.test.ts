import { describe, expect, it } from 'vitest';
import { f1, loadMacDev, MAC_DEV, scoreBeads } from '../../../scripts/align-mac-dev.js';
import { alignSentences } from '../../../src/align/translation/index.js';

// The benchmark lives outside the repository; without it there is nothing to measure.
const texts = loadMacDev();

describe('MAC-dev zh-en benchmark', () => {
  it('reads nothing when the benchmark is absent', () => {
    expect(loadMacDev('/nonexistent/mac-dev')).toBeUndefined();
  });

  it.skipIf(!texts)(
    texts ? 'reaches strict bead F1 ≥ 0.75 over the twelve texts' : `skipped: no benchmark at ${MAC_DEV}`,
    () => {
      let correct = 0;
      let predicted = 0;
      let gold = 0;
      for (const text of texts ?? []) {
        const score = scoreBeads(
          alignSentences(text.source, text.target, { sourceLanguage: 'zh', targetLanguage: 'en' }),
          text.gold,
        );
        correct += score.correct;
        predicted += score.predicted;
        gold += score.gold;
      }
      expect(f1({ correct, predicted, gold }).f1).toBeGreaterThanOrEqual(0.75);
    },
  );
});
