import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/translation/index.js';

// Four passages of input/interview.txt (questions and answers on China-Russia and China-US relations), split
// one sentence per line, against an English translation written for this test. The sample lost its digits
// (年是二战胜利和联合国成立周年) and the translation renders what is there.
const read = (name: string): string[] =>
  readFileSync(new URL(`../../fixtures/align/${name}`, import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');

// Written by hand from the translation: which English lines render which Chinese lines.
const GOLD = [
  '0:0',
  '1:1',
  '2:2,3',
  '3,4:4',
  '5:5',
  '6:6',
  '7:7',
  '8:8',
  '9:9',
  '10:10,11',
  '11:12',
  '12:13',
  '13:14',
  '14:15',
  '15:16',
  '16:17,18,19',
  '17:20',
  '18:21',
  '19:22,23',
  '20:24',
  '21:25',
  '22:26',
  '23:27',
  '24,25:28',
  '26:29,30',
  '27:31',
  '28:32',
];

describe('the interview sample against its English translation', () => {
  it('lands every sentence in the right link', () => {
    const zh = read('interview-zh.txt');
    const en = read('interview-en.txt');
    expect(zh).toHaveLength(29);
    expect(en).toHaveLength(33);
    // The Chinese lines are the sample's own text.
    const sample = readFileSync(new URL('../../../input/interview.txt', import.meta.url), 'utf8');
    expect(sample).toContain(zh.join(''));
    const beads = alignSentences(zh, en, { sourceLanguage: 'zh', targetLanguage: 'en' });
    expect(beads.map((bead) => `${bead.source}:${bead.target}`)).toEqual(GOLD);
  });
});
