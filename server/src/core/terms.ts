/**
 * What a reader wants to know about any word: its jieba boundary, pinyin (pinyin-pro), part of
 * speech in Chinese and an English gloss from CC-CEDICT. Both data sources load on first use.
 */
import { lookupCedict, type CedictEntry } from './cedict';
import { paragraphAt, type ReportDocument } from './document';
import type { Paragraph, Span, Token } from './types';

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

/** The token under an offset (absolute), with its paragraph and its index there, or undefined. */
export function tokenAt(doc: ReportDocument, offset: number): { token: Token; base: number; paragraph: Paragraph; index: number } | undefined {
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
    else return { token: t, base: para.start, paragraph: para, index: mid };
  }
  // a cursor just after the last character of a word
  const prev = tokens[lo - 1];
  return prev && prev.end === rel ? { token: prev, base: para.start, paragraph: para, index: lo - 1 } : undefined;
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

/** A compound the word under the cursor is part of, when jieba cut it into pieces. */
export interface CompoundInfo {
  span: Span;
  text: string;
  pinyin: string;
  /** The pieces jieba cut it into. */
  parts: string[];
  /** CC-CEDICT entries for the whole: jieba split a dictionary word (empty when it is not one). */
  entries: CedictEntry[];
  /** How often the compound occurs in the document (counted when no dictionary knows it). */
  occurrences?: number;
}

const HAN_ONLY = /^[\u3400-\u9fff]+$/;
const CONTENT_TAG = /^(n|v|a|j|l|i|b|x)/;
/** Beyond this the document is not scanned for a compound's repetitions (a hover must stay fast). */
const MAX_SCANNED = 2_000_000;

/**
 * The longest run of two or three adjacent words around the one at `offset` that reads as one
 * term: a CC-CEDICT headword jieba cut in two (示范|区 style), or a four-character compound of two
 * content words the document repeats (受审|分离 three times: a term of the report's own, like
 * 一窗|通办). Undefined when the word stands alone.
 */
export function compoundAt(doc: ReportDocument, offset: number): CompoundInfo | undefined {
  const hit = tokenAt(doc, offset);
  if (!hit) return undefined;
  const { paragraph: para, index: k } = hit;
  const tokens = para.tokens;
  let best: CompoundInfo | undefined;
  for (const size of [3, 2]) {
    for (let first = Math.max(0, k - size + 1); first <= k && first + size <= tokens.length; first++) {
      const run = tokens.slice(first, first + size);
      if (run.some((t, i) => i > 0 && run[i - 1].end !== t.start) || !run.every((t) => HAN_ONLY.test(t.text))) continue;
      const text = run.map((t) => t.text).join('');
      if (text.length < 3 || text.length > 6 || (best && best.text.length >= text.length)) continue;
      const span = { start: para.start + run[0].start, end: para.start + run[size - 1].end };
      const parts = run.map((t) => t.text);
      const entries = lookupCedict(text) ?? [];
      if (entries.length) {
        best = { span, text, pinyin: toPinyin(text), parts, entries };
        continue;
      }
      if (size !== 2 || text.length !== 4 || !run.every((t) => t.text.length === 2 && CONTENT_TAG.test(t.tag)) || doc.text.length > MAX_SCANNED) continue;
      let occurrences = 0;
      for (let at = doc.text.indexOf(text); at >= 0; at = doc.text.indexOf(text, at + text.length)) occurrences++;
      if (occurrences >= 2) best = { span, text, pinyin: toPinyin(text), parts, entries, occurrences };
    }
  }
  return best;
}
