/**
 * What a reader wants to know about any word: its jieba boundary, pinyin (pinyin-pro), part of
 * speech in Chinese and an English gloss from CC-CEDICT. Both data sources load on first use.
 */
import { lookupCedict, type CedictEntry } from './cedict';
import { paragraphAt, type ReportDocument } from './document';
import type { Span, Token } from './types';

/** ICTCLAS / jieba tags in Chinese. */
export const POS_NAMES: Record<string, string> = {
  n: '名词', nr: '人名', nrfg: '人名', nrt: '音译人名', ns: '地名', nt: '机构名', nz: '其他专名', nl: '名词性惯用语', ng: '名词性语素',
  v: '动词', vn: '名动词', vd: '副动词', vi: '不及物动词', vg: '动词性语素', vq: '动词', a: '形容词', ad: '副形词', an: '名形词',
  ag: '形容词性语素', d: '副词', dg: '副词性语素', m: '数词', mq: '数量词', q: '量词', r: '代词', rr: '人称代词', rz: '指示代词',
  p: '介词', c: '连词', u: '助词', uj: '助词（的）', ul: '助词（了）', uz: '助词（着）', ug: '助词（过）', uv: '助词（地）',
  ud: '助词（得）', e: '叹词', y: '语气词', o: '拟声词', f: '方位词', s: '处所词', t: '时间词', tg: '时间词性语素', b: '区别词',
  z: '状态词', zg: '状态词', l: '习用语', i: '成语', j: '简称略语', h: '前缀', k: '后缀', g: '语素', x: '未登录词（jieba 新词）',
  eng: '外文', w: '标点',
};

export interface TermInfo {
  /** The jieba word under the cursor (absolute span). */
  span: Span;
  word: string;
  tag: string;
  pos: string;
  pinyin: string;
  /** CC-CEDICT entries for the word (undefined while the dictionary loads); for a word it lacks, one per character. */
  entries: CedictEntry[] | undefined;
  perCharacter: Array<{ char: string; entries: CedictEntry[] }>;
}

const HAN = /[\u3400-\u9fff]/;

/** The token under an offset (absolute), with its paragraph, or undefined. */
export function tokenAt(doc: ReportDocument, offset: number): { token: Token; base: number } | undefined {
  const para = paragraphAt(doc, offset);
  if (!para) return undefined;
  const rel = offset - para.start;
  const tokens = para.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end <= rel) lo = mid + 1;
    else if (t.start > rel) hi = mid - 1;
    else return { token: t, base: para.start };
  }
  // a cursor just after the last character of a word
  const prev = tokens[lo - 1];
  return prev && prev.end === rel ? { token: prev, base: para.start } : undefined;
}

type PinyinFn = (text: string, options: { toneType: 'symbol' }) => string;
let pinyinFn: PinyinFn | undefined;
/** pinyin-pro, required on first use so its dictionaries load only when a hover asks. */
export function toPinyin(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  pinyinFn ??= (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  return pinyinFn(text, { toneType: 'symbol' });
}

/**
 * Term information for the Chinese word under the offset; undefined on marks, digits, spaces.
 * `isEntity` tells whether the recogniser took the word for a name (jieba's nr/ns tag is then kept).
 */
export function termAt(doc: ReportDocument, offset: number, isEntity = false): TermInfo | undefined {
  const hit = tokenAt(doc, offset);
  if (!hit || !HAN.test(hit.token.text)) return undefined;
  const { token, base } = hit;
  const entries = lookupCedict(token.text);
  const perCharacter =
    entries?.length === 0 && token.text.length > 1
      ? Array.from(token.text).map((char) => ({ char, entries: (lookupCedict(char) ?? []).slice(0, 2) }))
      : [];
  // jieba tags many common words as names (玉米/nr, 高新区/nr): when the entity recogniser did not
  // take the word for one, say so rather than repeat the tag
  const nameTag = /^(nr|nrfg|nrt|ns|nt)$/.test(token.tag);
  return {
    span: { start: base + token.start, end: base + token.end },
    word: token.text,
    tag: token.tag,
    pos: nameTag && !isEntity ? `普通词（jieba 标为${POS_NAMES[token.tag]} ${token.tag}，未识别为实体）` : `${POS_NAMES[token.tag] ?? POS_NAMES[token.tag[0]] ?? token.tag}（${token.tag}）`,
    pinyin: toPinyin(token.text),
    entries,
    perCharacter,
  };
}
