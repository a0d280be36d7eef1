import { primaryLanguage } from '../../model/index.js';
import type { GlossaryLoadOptions } from '../glossary-load.js';
import { languageOfHeader } from './language-of-header.js';

export type ColumnKey = 'source' | 'target' | 'note' | 'domain' | 'status' | 'caseSensitive';

/** Where each field of a glossary table is (0-based column indexes) and the languages the header names. */
export interface Columns {
  readonly source: number;
  readonly target: number;
  readonly note?: number;
  readonly domain?: number;
  readonly status?: number;
  readonly caseSensitive?: number;
  readonly sourceLanguage?: string;
  readonly targetLanguage?: string;
}

/** Header names per field, folded: lower-case, without spaces, `_`, `-`, `.`. */
const HEADER_NAMES: Readonly<Record<ColumnKey, readonly string[]>> = {
  source: [
    'source',
    'src',
    'sourceterm',
    'sourcetext',
    'term',
    'original',
    '原文',
    '源',
    '源语',
    '源语言',
    '术语',
    '词条',
  ],
  target: [
    'target',
    'tgt',
    'targetterm',
    'targettext',
    'translation',
    'translatedterm',
    'rendering',
    '译文',
    '翻译',
    '译名',
    '目标',
    '目标语',
    '目标语言',
    '译语',
  ],
  note: [
    'note',
    'notes',
    'comment',
    'comments',
    'remark',
    'remarks',
    'description',
    'definition',
    '备注',
    '注释',
    '说明',
    '注',
    '定义',
  ],
  domain: ['domain', 'subject', 'subjectfield', 'field', 'category', '领域', '类别', '主题', '分类', '专业'],
  status: ['status', 'usage', 'administrativestatus', 'adminstatus', 'termstatus', '状态', '用法'],
  caseSensitive: ['casesensitive', 'case', 'matchcase', 'casesensitivity', '区分大小写', '大小写'],
};

/** What the error message lists as the headers tandem understands. */
export const EXPECTED_HEADERS =
  'source and target (or term and translation, src and tgt, or language codes such as zh and en, zh-CN and en-US), ' +
  'optionally note, domain, status and case-sensitive';

function fold(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：]/g, '');
}

function keyOfName(name: string): ColumnKey | undefined {
  const folded = fold(name);
  for (const key of Object.keys(HEADER_NAMES) as ColumnKey[])
    if (HEADER_NAMES[key].includes(folded)) return key;
  return undefined;
}

function matchesLanguage(tag: string, wanted: string): boolean {
  return tag.toLowerCase() === wanted.toLowerCase() || primaryLanguage(tag) === primaryLanguage(wanted);
}

export type FindColumnsResult =
  | { readonly columns: Columns }
  | { readonly problem: 'no-header' }
  | { readonly problem: 'language-missing'; readonly message: string };

/**
 * Finds the glossary columns in a header row, by name (`Source`, `Translation`, `Case-sensitive`), by language code
 * (`zh-CN | en-US`, the source chosen by `options.sourceLanguage`, else the first), or both (`Source (zh)`).
 */
export function findColumns(header: readonly string[], options: GlossaryLoadOptions): FindColumnsResult {
  const named: Partial<Record<ColumnKey, number>> = {};
  const namedLanguage: Partial<Record<'source' | 'target', string>> = {};
  const languages: { index: number; tag: string }[] = [];
  header.forEach((cell, index) => {
    const text = cell.normalize('NFKC').trim();
    if (!text) return;
    // `Source (zh)`, `Target（en-US）`, `Chinese (zh-CN)`
    const parts = /^(.*?)\s*\(\s*([^()]+?)\s*\)$/.exec(text);
    const name = parts ? parts[1]! : text;
    const inParens = parts ? languageOfHeader(parts[2]!) : undefined;
    const key = keyOfName(name);
    if (key) {
      if (named[key] === undefined) {
        named[key] = index;
        if (inParens && (key === 'source' || key === 'target')) namedLanguage[key] = inParens;
      }
      return;
    }
    const tag = inParens ?? languageOfHeader(name);
    if (tag) languages.push({ index, tag });
  });

  let source = named.source;
  let target = named.target;
  let sourceLanguage = namedLanguage.source ?? (source !== undefined ? options.sourceLanguage : undefined);
  let targetLanguage = namedLanguage.target ?? (target !== undefined ? options.targetLanguage : undefined);

  if (source === undefined && languages.length > 0) {
    const wanted = options.sourceLanguage;
    const pick = wanted ? languages.find((l) => matchesLanguage(l.tag, wanted)) : languages[0];
    if (!pick) {
      return {
        problem: 'language-missing',
        message: `The header names the languages ${languages.map((l) => l.tag).join(', ')} but not ${wanted}, the source language. Add a ${wanted} column or pass the glossary's source language.`,
      };
    }
    source = pick.index;
    sourceLanguage = pick.tag;
  }
  if (target === undefined && source !== undefined) {
    // The target asked for, else the default one's, else the first other language. A file of another target than
    // the one asked for (zh-en.tsv in a run into French) still loads, its entries saying their language: each
    // document then leaves them out of its term hints and says so, and a glossary folder may hold both pairs.
    const others = languages.filter((l) => l.index !== source);
    const wanted = options.targetLanguage;
    const fallback = sourceLanguage && options.defaultTarget?.(sourceLanguage);
    const pick =
      (wanted ? others.find((l) => matchesLanguage(l.tag, wanted)) : undefined) ??
      (fallback ? others.find((l) => matchesLanguage(l.tag, fallback)) : undefined) ??
      others.find((l) => !sourceLanguage || primaryLanguage(l.tag) !== primaryLanguage(sourceLanguage)) ??
      others[0];
    if (pick) {
      target = pick.index;
      targetLanguage = pick.tag;
    }
  }
  if (source === undefined || target === undefined) return { problem: 'no-header' };

  const columns: Columns = {
    source,
    target,
    ...(named.note !== undefined && { note: named.note }),
    ...(named.domain !== undefined && { domain: named.domain }),
    ...(named.status !== undefined && { status: named.status }),
    ...(named.caseSensitive !== undefined && { caseSensitive: named.caseSensitive }),
    ...(sourceLanguage !== undefined && { sourceLanguage }),
    ...(targetLanguage !== undefined && { targetLanguage }),
  };
  return { columns };
}
