import { describe, expect, it } from 'vitest';
import { splitNaively } from '../../src/segment/split-naively.js';

const naive = (text: string, semicolon = false) =>
  splitNaively(text, semicolon).map((span) => text.slice(span.start, span.end));

describe('splitNaively', () => {
  it('breaks after every run of sentence marks, closing quotes and brackets included', () => {
    expect(naive('真的吗？！是的。“走吧！”他说……好')).toEqual([
      '真的吗？！',
      '是的。',
      '“走吧！”',
      '他说……',
      '好',
    ]);
    expect(naive('他问“为什么？”。然后呢')).toEqual(['他问“为什么？”。', '然后呢']);
    expect(naive('He said "Go." Then (quietly.) he left.')).toEqual([
      'He said "Go."',
      'Then (quietly.)',
      'he left.',
    ]);
  });

  it('leaves whitespace between sentences out of every span', () => {
    expect(splitNaively('  One.  Two.\u3000 ', false)).toEqual([
      { start: 2, end: 6, kind: 'text' },
      { start: 8, end: 12, kind: 'text' },
    ]);
    expect(splitNaively(' \t\u3000 ', false)).toEqual([]);
    expect(splitNaively('', false)).toEqual([]);
  });

  it('breaks at ；only when asked', () => {
    expect(naive('一是合作；二是发展。')).toEqual(['一是合作；二是发展。']);
    expect(naive('一是合作；二是发展。', true)).toEqual(['一是合作；', '二是发展。']);
  });

  it('takes straight quotes as closing only where no letter follows', () => {
    expect(naive('He said "Go." "Stop." she said.')).toEqual(['He said "Go."', '"Stop."', 'she said.']);
    expect(naive('It ended."Next')).toEqual(['It ended.', '"Next']);
  });

  it('keeps French closing guillemets after their space', () => {
    expect(naive('Il dit « Allez. » Puis il part.')).toEqual(['Il dit « Allez. »', 'Puis il part.']);
  });
});
