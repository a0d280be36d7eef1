import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignFiles } from '../../../src/pipeline/align-files.js';

// The whole sample (one long paragraph of questions and answers, speaker labels split off as segments of
// their own) against the English of one passage of it, a paragraph per line: about 190 sentences before and
// after the passage have no translation.
const path = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
const SAMPLE = path('input/interview.txt');
const TRANSLATION = path('test/fixtures/align/interview-en.txt');
const GLOSSARY = path('glossary');

// Written by hand from the Chinese and the English: the rows of the passage (source segment ids, a speaker
// label merged with its first sentence) and the English lines (0-based) that translate each.
const GOLD: Record<string, number[]> = {
  'p3.s77+78': [0], // 记者 + 疫情发生以来… — Reporter: Since the outbreak…
  'p3.s79': [1],
  'p3.s80+81': [2, 3], // 王毅 + 过去一年里…历史最高水平 — Wang Yi: Over the past year… / In every respect…
  'p3.s82+83': [4], // 两国元首密集互动 + 习近平主席同普京总统… — The two heads of state…: President Xi…
  'p3.s84': [5],
  'p3.s85': [6],
  'p3.s86': [7],
  'p3.s87': [8],
  'p3.s88': [9],
  'p3.s89': [10, 11], // 双方大力推进复工复产…科技创新年活动如期启动…
  'p3.s90': [12],
  'p3.s91': [13],
  'p3.s92': [14],
  'p3.s93': [15],
  'p3.s94': [16],
  'p3.s95': [17, 18, 19], // 双方将以落实两国元首共识为核心任务…（one sentence, three in English）
  'p3.s96+97': [20], // 记者 + 当前中美关系…
  'p3.s98': [21],
  'p3.s99+100': [22, 23], // 王毅 + 近年来…困境，其根本原因在于…
  'p3.s101': [24],
  'p3.s102': [25],
  'p3.s103': [26],
  'p3.s104': [27],
  'p3.s105+106': [28], // 中国从不干涉美国内政… + 同样，美方也应当尊重…
  'p3.s107': [29, 30], // 我们知道…，但最可持续的领先是…
  'p3.s108': [31],
  'p3.s109': [32],
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-interview-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Row {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

describe('the whole sample against the English of one passage', () => {
  it('lands every English sentence in the row of its source and leaves the rest empty', async () => {
    const lines = (await readFile(TRANSLATION, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(33);
    const result = await alignFiles({
      inputs: [SAMPLE],
      glossaries: [GLOSSARY],
      translation: TRANSLATION,
      out: dir,
      formats: ['json'],
      jobs: 1,
      now: () => new Date('2024-05-01T12:00:00Z'),
    });
    expect(result.files).toMatchObject([{ ok: true, sourceLanguage: 'zh', targetLanguage: 'en' }]);
    const { segments } = JSON.parse(await readFile(join(dir, 'interview.json'), 'utf8')) as {
      segments: Row[];
    };
    // Every gold line once, in order.
    expect(Object.values(GOLD).flat()).toEqual(lines.map((_, k) => k));

    const translated = segments.filter((row) => row.target !== '');
    expect(translated.map((row) => [row.id, row.target])).toEqual(
      Object.entries(GOLD).map(([id, at]) => [id, at.map((k) => lines[k]).join(' ')]),
    );
    // The rows without a translation are all source rows, each keeping its source.
    const empty = segments.filter((row) => row.target === '');
    expect(empty.length + translated.length).toBe(segments.length);
    expect(empty.every((row) => row.source !== '')).toBe(true);
    // Nothing of the translation is lost: the Target column is the whole fixture, in order.
    expect(translated.map((row) => row.target).join(' ')).toBe(lines.join(' '));
  });
});
