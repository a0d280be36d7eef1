import { describe, expect, it } from 'vitest';
import { translatedParagraphs, writeTranslatedDocx } from '../../src/export/translated-docx.js';
import { type AlignedDocument, AlignedDocument as AlignedDocumentSchema } from '../../src/model/index.js';
import { paragraphs } from '../helpers/docx-text.js';
import { zipPart } from '../helpers/xlsx-files.js';

/** The interview's opening, as a transcript whose source ran the turns into one paragraph (as the sample does). */
function interview(targets: Record<string, string>, targetLanguage = 'en'): AlignedDocument {
  const rows: [string, number, 'text' | 'speaker', string][] = [
    ['p1.s1', 1, 'text', '王毅就年国际形势和外交工作接受新华社和中央广播电视总台联合采访'],
    ['p2.s1', 2, 'text', '全文如下'],
    ['p2.s2', 2, 'speaker', '记者'],
    ['p2.s3', 2, 'text', '年，突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击。'],
    ['p2.s4', 2, 'text', '您如何看待这一年的国际形势和外交工作？'],
    ['p2.s5', 2, 'speaker', '王毅'],
    ['p2.s6', 2, 'text', '年，无论对世界还是中国，都是极不平凡的一年。'],
    ['p3.s1', 3, 'text', '沧海横流，方显英雄本色。'],
  ];
  return AlignedDocumentSchema.parse({
    name: 'interview',
    sourceFile: 'input/interview.txt',
    sourceLanguage: 'zh',
    targetLanguage,
    created: '2021-01-02T10:19:00.000Z',
    paragraphs: 3,
    segments: rows.map(([id, paragraph, kind, source]) => ({
      id,
      paragraph,
      kind,
      source,
      target: targets[id] ?? '',
    })),
  });
}

const ENGLISH: Record<string, string> = {
  'p1.s1': 'Wang Yi Gives Joint Interview to Xinhua News Agency and China Media Group',
  'p2.s1': 'The full text is as follows:',
  'p2.s2': 'Reporter:',
  'p2.s3': 'In 2020, the sudden outbreak of COVID-19 dealt an unprecedented blow to the world.',
  'p2.s4': 'How do you see the international situation and China’s diplomacy this year?  ',
  'p2.s5': 'Wang Yi',
  'p2.s6': '2020 was an extraordinary year\nfor the world and for China alike.',
  'p3.s1': 'It is in the face of raging torrents that heroes show their mettle.',
};

async function documentXml(doc: AlignedDocument, speakerTurns?: 'paragraph' | 'inline'): Promise<string> {
  return zipPart(await writeTranslatedDocx(doc, speakerTurns ? { speakerTurns } : {}), 'word/document.xml');
}

describe('translatedParagraphs', () => {
  it('makes one paragraph per source paragraph, and one per speaker turn, in document order', () => {
    const layout = translatedParagraphs(interview(ENGLISH));
    expect(layout.map((p) => [p.paragraph, p.pieces.map((piece) => `${piece.kind}:${piece.id}`)])).toEqual([
      [1, ['text:p1.s1']],
      [2, ['text:p2.s1']],
      [2, ['label:p2.s2', 'text:p2.s3', 'text:p2.s4']],
      [2, ['label:p2.s5', 'text:p2.s6']],
      [3, ['text:p3.s1']],
    ]);
  });

  it('keeps speaker turns inside the source paragraph when asked to', () => {
    const layout = translatedParagraphs(interview(ENGLISH), { speakerTurns: 'inline' });
    expect(layout.map((p) => p.pieces.length)).toEqual([1, 6, 1]);
  });
});

describe('writeTranslatedDocx', () => {
  it('writes the translation alone: sentences joined by a space in English, speakers as bold labels', async () => {
    const xml = await documentXml(interview(ENGLISH));
    expect(paragraphs(xml)).toEqual([
      'Wang Yi Gives Joint Interview to Xinhua News Agency and China Media Group',
      'The full text is as follows:',
      'Reporter: In 2020, the sudden outbreak of COVID-19 dealt an unprecedented blow to the world. ' +
        'How do you see the international situation and China’s diplomacy this year?',
      'Wang Yi: 2020 was an extraordinary year\nfor the world and for China alike.',
      'It is in the face of raging torrents that heroes show their mettle.',
    ]);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:t xml:space="preserve">Reporter: <\/w:t>/);
  });

  it('never drops an untranslated passage: it shows a highlighted placeholder with the source', async () => {
    const { 'p2.s4': _, 'p2.s5': __, ...partial } = ENGLISH;
    const xml = await documentXml(interview(partial));
    const text = paragraphs(xml);
    expect(text[2]).toBe(
      'Reporter: In 2020, the sudden outbreak of COVID-19 dealt an unprecedented blow to the world. ' +
        '[p2.s4 not translated: 您如何看待这一年的国际形势和外交工作？]',
    );
    expect(text[3]).toBe(
      '[p2.s5 not translated: 王毅]: 2020 was an extraordinary year\nfor the world and for China alike.',
    );
    expect(xml.match(/<w:highlight w:val="yellow"\/>/g)?.length).toBe(6);
  });

  it('joins Chinese sentences without spaces and writes labels with a full-width colon', async () => {
    const xml = await documentXml(
      interview({ 'p2.s2': '记者', 'p2.s3': '2020年，疫情冲击了世界。', 'p2.s4': '您怎么看？' }, 'zh'),
    );
    expect(paragraphs(xml)[2]).toBe('记者：2020年，疫情冲击了世界。您怎么看？');
  });

  it('sets the translation in the target language’s fonts and the source in placeholders in the source’s', async () => {
    const bytes = await writeTranslatedDocx(interview({ 'p1.s1': 'Title' }));
    const styles = zipPart(bytes, 'word/styles.xml');
    expect(styles).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    const xml = zipPart(bytes, 'word/document.xml');
    expect(xml).toMatch(
      /w:eastAsia="Microsoft YaHei"[^>]*w:hint="eastAsia"[\s\S]*?<w:t xml:space="preserve">全文如下/,
    );
    expect(zipPart(bytes, 'docProps/core.xml')).toContain('<dc:creator>tandem</dc:creator>');
  });

  it('writes a valid document for a document without segments', async () => {
    const empty = { ...interview({}), segments: [] };
    const xml = await documentXml(empty);
    expect(xml).toMatch(/<w:body><w:p\b/);
    expect(paragraphs(xml).join('')).toBe('');
  });

  it('escapes markup, replaces what XML cannot carry and breaks lines, in translations and placeholders', async () => {
    const doc = interview({ 'p1.s1': `Tom & Jerry <"quoted"> 'it'\r\nnext\u0000line` });
    doc.segments[1]!.source = '全文<如下>&\u0008';
    const text = paragraphs(await documentXml(doc));
    expect(text[0]).toBe(`Tom & Jerry <"quoted"> 'it'\nnext\uFFFDline`);
    expect(text[1]).toBe('[p2.s1 not translated: 全文<如下>&\uFFFD]');
  });
});
