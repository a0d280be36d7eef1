import { describe, expect, it } from 'vitest';
import { lengthRatio } from '../../../src/qa/checks/length-ratio.js';
import { oneRow } from '../make-document.js';

const SOURCE = '环顾全球，突如其来的疫情加快了百年变局的演进，世界进入动荡变革期。';
const TARGET =
  'Looking around the world, the sudden pandemic has accelerated changes unseen in a century, and the world has entered a period of turbulence and transformation.';

describe('lengthRatio', () => {
  it('accepts a usual Chinese → English translation', () => {
    expect(lengthRatio(oneRow(SOURCE, TARGET))).toEqual([]);
    expect(lengthRatio(oneRow(TARGET, SOURCE, { source: 'en', target: 'zh' }))).toEqual([]);
  });

  it('flags a target left half translated, with the observed ratio', () => {
    expect(lengthRatio(oneRow(SOURCE, 'Looking around the world.'))).toEqual([
      {
        code: 'length-ratio',
        severity: 'warning',
        id: 'p1.s1',
        message:
          'Target is much shorter than usual: 0.76 characters per source character, where Chinese → English is usually 2.5–3.5; check nothing was left out.',
      },
    ]);
  });

  it('flags a target with a passage pasted twice', () => {
    const findings = lengthRatio(oneRow(SOURCE, `${TARGET} ${TARGET}`));
    expect(findings).toMatchObject([
      { message: expect.stringMatching(/much longer than usual: 9\.\d characters/) },
    ]);
  });

  it('judges same-script pairs and English → Chinese', () => {
    expect(
      lengthRatio(oneRow(TARGET, 'Mirando al mundo, la pandemia.', { source: 'en', target: 'es' })),
    ).toHaveLength(1);
    expect(lengthRatio(oneRow(TARGET, '环顾全球。', { source: 'en', target: 'zh' }))).toHaveLength(1);
  });

  it('skips short sources and language pairs it does not know', () => {
    expect(lengthRatio(oneRow('沧海横流，方显英雄本色。', 'Heroes.'))).toHaveLength(1);
    expect(lengthRatio(oneRow('王毅', 'Wang Yi, State Councilor and Foreign Minister of China'))).toEqual([]);
    expect(lengthRatio(oneRow(SOURCE, '세계', { source: 'zh', target: 'ko' }))).toEqual([]);
  });
});
