import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/glossary/index.js';
import { entry } from './fixtures.js';

describe('checkGlossary', () => {
  it('reports the same entry twice, at the second place, naming the first', () => {
    const findings = checkGlossary([
      entry('中国', 'China', { origin: { file: 'a.csv', line: 2 } }),
      entry('中国', 'china', { origin: { file: 'b.xlsx', cell: 'Terms!A9' } }),
    ]);
    expect(findings).toEqual([
      {
        code: 'glossary-duplicate',
        severity: 'warning',
        file: 'b.xlsx',
        cell: 'Terms!A9',
        message: '“中国” → “china” repeats the entry at a.csv:2. Delete one of them.',
      },
    ]);
  });

  it('reports one source with conflicting targets across entries, with both places', () => {
    const findings = checkGlossary([
      entry('一带一路', 'Belt and Road Initiative', { origin: { file: 'g.csv', line: 3 } }),
      entry('一带一路|“一带一路”倡议', 'One Belt One Road', { origin: { file: 'g.csv', line: 40 } }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'glossary-conflicting-targets',
      severity: 'warning',
      file: 'g.csv',
      line: 40,
    });
    expect(findings[0]!.message).toBe(
      '“一带一路” → “One Belt One Road” here, but → “Belt and Road Initiative” at g.csv:3. Keep one, or merge them into one entry with the targets separated by | (the first is the one to use).',
    );
  });

  it('compares width- and case-insensitively, and accepts a forbidden rendering beside the preferred one', () => {
    expect(
      checkGlossary([
        entry('ＲＣＥＰ', 'RCEP'),
        entry('rcep', 'rcep'),
        entry('一带一路', 'Belt and Road Initiative'),
        entry('一带一路', 'One Belt One Road', { status: 'forbidden' }),
      ]).map((f) => f.code),
    ).toEqual(['glossary-duplicate']);
  });

  it('tells a third entry of the same sources apart by its targets, in any order of sources', () => {
    const findings = checkGlossary([
      entry('一带一路|丝路', 'Belt and Road', { origin: { file: 'g.csv', line: 2 } }),
      entry('丝路|一带一路', 'Silk Road', { origin: { file: 'g.csv', line: 3 } }),
      entry('一带一路|丝路', 'Silk road', { origin: { file: 'g.csv', line: 4 } }),
      entry('丝路|一带一路', 'belt and road', { origin: { file: 'g.csv', line: 5 } }),
      entry('一带一路|丝路', 'New Silk Road', { origin: { file: 'g.csv', line: 6 } }),
    ]);
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['glossary-conflicting-targets', 3],
      ['glossary-duplicate', 4],
      ['glossary-duplicate', 5],
      ['glossary-conflicting-targets', 6],
    ]);
    expect(findings[1]!.message).toBe(
      '“一带一路|丝路” → “Silk road” repeats the entry at g.csv:3. Delete one of them.',
    );
  });

  it('finds nothing in a clean glossary', () => {
    expect(checkGlossary([entry('中国', 'China'), entry('美国', 'United States')])).toEqual([]);
  });
});

describe('checkGlossary across target languages', () => {
  it('takes a zh/en and a zh/fr entry of one term for two translations, not a conflict', () => {
    const findings = checkGlossary([
      entry('一带一路', 'Belt and Road', { sourceLanguage: 'zh', targetLanguage: 'en' }),
      entry('一带一路', 'la Ceinture et la Route', { sourceLanguage: 'zh-CN', targetLanguage: 'fr' }),
      entry('一带一路', 'One Belt, One Road', { sourceLanguage: 'zh-Hans', targetLanguage: 'en-GB' }),
    ]);
    expect(findings.map((f) => f.code)).toEqual(['glossary-conflicting-targets']);
    expect(findings[0]!.message).toContain('One Belt, One Road');
  });
});
