/**
 * What a 顿号 finding's message names: the item on each side of the seam, not only the word
 * beside it (尼龙|盐 after 二胺|尼龙 is one item: 尼龙盐; 污水|机房 before 等 is 污水机房). The finding
 * itself (its span, severity and fix) keeps the items enumeration.ts gave it; only the labels grow.
 *
 * A label grows away from the seam one jieba word at a time while the scorer read the boundary it
 * crosses as inside a phrase (P(、) below JOINED) and the word is part of a noun phrase; it stops at
 * what ends an item: a mark or the clause's edge, another flagged seam, a boundary the scorer
 * thought could be a 、, a list word (等/和/及/以及, 包括…), 的, a verb, preposition, numeral,
 * adverb or pronoun, and on the right a head noun the items modify (…新材料|产业 is not one item).
 * A label that would pass MAX_LABEL units before such a stop is left as it was: in a run where the
 * scorer caught one seam of five (大庆经济发展营商环境|市域治理脱贫攻坚…) the low boundaries are
 * items too, and a long label would swallow them. There, when the words on both sides of the seam
 * are two characters long and each joins tightly to another two-character word (P(、) below
 * PAIRED), the items are taken to be those four characters (营商环境|市域治理): the reports' rhythm.
 * Measured by `npm run bench -- labels`.
 */
import { isMarkCode } from './enclosed';
import { CLOSERS } from './enumerationFeatures';
import { firstTokenEndingAfter } from './tokenLookup';
import type { Span, Token } from './types';

/** Longest label, in UTF-16 units (items longer than this are rare; runs of items are not). */
export const MAX_LABEL = 8;
/** Below this P(、) a boundary is inside one item: the scorer saw no list there. */
export const JOINED = 0.35;
/**
 * Below this P(、) two words of two characters are one item of four (营商|环境 0.09, 市域|治理 0.02)
 * when the words across the seam pair up too; lists of two-character items score their other seams
 * higher (教育|卫生|文化: 0.17–0.23).
 */
export const PAIRED = 0.12;
/** jieba's tags of numerals and measure words. */
const NUMERAL_TAGS = new Set(['m', 'q', 'mq']);
/** jieba's tags of adjectives and distinguishers: they modify the word after them. */
const MODIFIER_TAGS = new Set(['a', 'b']);
/** How much longer than the other side's a grown label may be. */
export const BALANCE = 2;

/** Words that open or close a list, or join two items: an item never holds them (the scorer's closers, and more). */
const LIST_WORDS: ReadonlySet<string> = new Set([...CLOSERS, '或者', '包括', '围绕', '涵盖', '覆盖', '例如', '比如', '诸如', '涉及', '如']);
/** Verbs that link a subject to what it is (是极不寻常|极不平凡): never an item's head. */
const COPULAS = new Set(['是', '为', '成', '作']);
/** Nouns that head the phrase a list modifies (…新材料产业, …等领域), not the last item's end. */
const HEAD_NOUN = /^(经济|工程|项目|学院|新城|峰会|社区|平台|院区|大赛|中心|园区|产业园|产业园区|基地|公司|集团|体系|机制|行动|计划|活动|产业|行业|领域|工作|建设|服务|系统|网络|设施|新区|市场|方面|问题|内容|产品|材料|企业|单位|部门|业务)$/;

/** Whether a word may be inside a noun phrase item: nouns, names, unknown words, nominal verbs, distinguishers, idioms. */
function nominal(t: Token): boolean {
  const tag = t.tag;
  if (LIST_WORDS.has(t.text) || t.text === '的' || t.text === '之') return false;
  // (an unknown word of three characters or more is as often a verb and its object run together: 做大高纯)
  return tag[0] === 'n' || tag === 'j' || (tag === 'x' && t.text.length <= 2) || tag === 'b' || tag === 'l' || tag === 'ng' || tag === 'an' || (tag === 'a' && t.text.length === 1);
}

/** A word of any content (not a function word): what a one-character item may take on (勇|担当). */
function content(t: Token): boolean {
  const c = t.tag[0];
  return !LIST_WORDS.has(t.text) && (c === 'n' || c === 'v' || c === 'a' || t.tag === 'x' || t.tag === 'l' || t.tag === 'j' || t.tag === 'i');
}

/**
 * `p(at)`: the scorer's P(、) at the word boundary `at` (NaN where it scored none); `flagged`:
 * offsets of the seams reported in the paragraph. Returns the label spans, the items themselves
 * when no longer label is sure.
 */
export function itemLabels(text: string, tokens: readonly Token[], seam: { at: number; left: Span; right: Span }, p: (at: number) => number, flagged: ReadonlySet<number>): { left: Span; right: Span } {
  let right = grow(text, tokens, seam.right, 'right', p, flagged);
  let left = grow(text, tokens, seam.left, 'left', p, flagged, tokens[firstTokenEndingAfter(tokens, seam.at)]);
  // parallel items are of about one length: a label grown well past the other side's took in a
  // neighbouring item or the phrase's head (农作物特色家畜|林草, 技术|绿色技术改造)
  const width = (s: Span) => s.end - s.start;
  if (width(left) > width(right) + BALANCE && width(left) > width(seam.left)) left = seam.left;
  if (width(right) > width(left) + BALANCE && width(right) > width(seam.right)) right = seam.right;
  // two words of two characters on each side, joined tightly: four-character items (营商环境|市域治理),
  // which the growth above leaves short when the run is longer than MAX_LABEL or a word is a verb
  const pairLeft = pairAt(tokens, seam.left, 'left', p, flagged);
  const pairRight = pairAt(tokens, seam.right, 'right', p, flagged);
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  if (pairLeft && pairRight && (same(left, seam.left) || same(left, pairLeft)) && (same(right, seam.right) || same(right, pairRight))) return { left: pairLeft, right: pairRight };
  return { left, right };
}

/**
 * The four-character item made of `word` (one jieba word of two characters, beside the seam) and
 * the two-character word outward from it, when the scorer all but ruled out a 、 between them
 * (PAIRED) and that word has content; otherwise undefined.
 */
function pairAt(tokens: readonly Token[], word: Span, side: 'left' | 'right', p: (at: number) => number, flagged: ReadonlySet<number>): Span | undefined {
  if (word.end - word.start !== 2) return undefined;
  const inner = firstTokenEndingAfter(tokens, word.start);
  if (tokens[inner]?.start !== word.start || tokens[inner].end !== word.end) return undefined;
  const t = tokens[side === 'right' ? inner + 1 : inner - 1];
  const at = side === 'right' ? word.end : word.start;
  if (!t || t.end - t.start !== 2 || (side === 'right' ? t.start !== at : t.end !== at) || flagged.has(at) || !content(t)) return undefined;
  // an amount is no half of an item (造林|万亩), nor is a modifier its end: the phrase goes on past
  // it (推动|重大|平台, 海关|特殊|监管)
  if (NUMERAL_TAGS.has(t.tag) || NUMERAL_TAGS.has(tokens[inner].tag) || (side === 'right' && MODIFIER_TAGS.has(t.tag))) return undefined;
  const q = p(at);
  return q < PAIRED ? (side === 'right' ? { start: word.start, end: t.end } : { start: t.start, end: word.end }) : undefined;
}

/**
 * The item grown away from the seam, or `item` itself when unsure. `afterSeam`: the word right of
 * the seam (a one-character verb before the left item heads it when that word is one character
 * too: 转观念|勇担当).
 */
function grow(text: string, tokens: readonly Token[], item: Span, side: 'left' | 'right', p: (at: number) => number, flagged: ReadonlySet<number>, afterSeam?: Token): Span {
  let { start, end } = item;
  // an item that holds another seam of the run was cut wrong (小区有|绿地有广场): not grown further
  for (let at = start + 1; at < end; at++) if (flagged.has(at)) return item;
  // the word just outside the item, by index: the item's edge must be a word boundary
  let k = side === 'right' ? firstTokenEndingAfter(tokens, end) : firstTokenEndingAfter(tokens, start) - 1;
  if (side === 'right' ? tokens[k]?.start !== end : k < 0 || tokens[k + 1]?.start !== start || tokens[k].end !== start) return item;
  // an item of several words that opens with a verb is a predicate (能干事|干成事, 行使权力|履行职责):
  // the noun before it is its subject or the clause's, not part of the item
  if (side === 'left' && tokens[k + 1].tag === 'v' && tokens[k + 1].end < item.end) return item;
  // so is a set phrase or idiom standing alone (定力|打基础, 精神状态|开拓进取)
  if (side === 'left' && tokens[k + 1].end === item.end && (tokens[k + 1].tag === 'l' || tokens[k + 1].tag === 'i')) return item;
  let first = true;
  for (;;) {
    const t = tokens[k];
    const at = side === 'right' ? end : start;
    const grown = side === 'right' ? end !== item.end : start !== item.start;
    // a mark, a gap or the paragraph's edge: the clause's first words are as often a verb jieba
    // tags as a noun (加密|大型演唱会, 深化|模速空间) and its last ones the head the list modifies
    // (…碧水|净土保卫战，): the item as it was
    if (!t || (side === 'right' ? t.start !== end : t.end !== start) || isMarkCode(t.text.charCodeAt(0)) || isMarkCode(t.text.charCodeAt(t.text.length - 1))) return grown ? item : { start, end };
    // another seam of the run, a list word, 的, or a boundary the scorer thought could hold a 、:
    // the item's edge
    if (flagged.has(at)) break;
    const short = first && (side === 'right' ? end - item.start : item.end - start) === 1;
    if (side === 'right' && first && t.text.length === 2 && t.text.endsWith('等') && (t.tag === 'x' || short)) {
      // jieba joins a character to the 等 after it (贝等, 昭|平等): alone it is no item, it ends this
      // one (whatever the scorer made of the unknown word)
      end = t.end - 1;
      break;
    }
    // a boundary the scorer did not score (next to a numeral, a connective, a legal form): unsure
    const q = p(at);
    if (q !== q) return grown ? item : { start, end };
    if (LIST_WORDS.has(t.text) || t.text === '的' || t.text === '之' || q >= JOINED) break;
    let last = false;
    if (side === 'left' && first && (t.tag === 'v' || t.tag === 'a') && t.text.length === 1 && !COPULAS.has(t.text) && tokens[k + 1].end === item.end && tokens[k + 1].tag !== 'l' && tokens[k + 1].tag !== 'i' && (afterSeam?.text.length === 1 || tokens[k - 2]?.text === t.text)) {
      // a one-character verb opening parallel items heads its object: 转观念|勇担当, 有温度有活力
      last = true;
    } else if (short && (side === 'right' ? content(t) : nominal(t))) {
      // a one-character item is part of a longer one: a word after it (勇|担当), a noun before it
      // (报告|库), not a verb before it (提高|铝 is a verb and the first item)
      last = true;
    } else if (!nominal(t) || (side === 'right' && HEAD_NOUN.test(t.text))) {
      // a verb, preposition, numeral, adverb, or the head noun the list modifies (…新材料|产业):
      // the phrase may be the item's or the list's own (预留|仓库办公楼, 首个|化合物半导体)
      return item;
    }
    if (side === 'right') end = t.end;
    else start = t.start;
    if ((side === 'right' ? end - item.start : item.end - start) > MAX_LABEL) return item;
    first = false;
    if (last) break;
    k += side === 'right' ? 1 : -1;
  }
  if ((side === 'right' ? end - item.start : item.end - start) > MAX_LABEL) return item;
  return { start, end };
}
