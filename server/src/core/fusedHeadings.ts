/**
 * Headings without a number, fused into running text (a line break lost in copying, or a news
 * report whose 小标题 were run into the paragraph). They are recognised by their shape, not by
 * their words:
 *   - balanced parallel halves glued to the next sentence (7+7, 8+8 characters: each half ends on a
 *     word boundary, no function words, the halves built alike);
 *   - `A与B` titles standing as a sentence of their own (两个对等的名词性短语);
 *   - couplets: a short sentence of two balanced clauses with no function words;
 * each confirmed by a break in topic: the heading's content words come back in the text after it
 * and not in the text before it. Every candidate carries a confidence in [0, 1].
 */
import { POLICY_VERBS } from '../data/heading-policy-verbs';
import { codeClass, isHanUnit } from './chars';
import { paragraphMemo } from './document';
import type { Paragraph, Token } from './types';
import { firstTokenEndingAfter } from './tokenLookup';

export type FusedShape = 'parallel' | 'pair' | 'couplet';

export interface FusedCandidate {
  shape: FusedShape;
  /** Offsets relative to the paragraph: the heading text, without the closing mark. */
  start: number;
  end: number;
  confidence: number;
  /** Body text follows the heading with no mark in between (一…发展大庆，…). */
  glued: boolean;
}

/** Words that running text needs and headings leave out. */
const FUNCTION_WORDS = new Set(
  '的 地 得 了 着 过 是 在 把 被 将 对 从 以 为 向 于 由 及 和 或 等 也 都 就 又 还 而 但 所 这 那 其 该 此 之 我 你 他 她 它 我们 他们 你们 她们 要 会 已 已经 正在 因为 所以 如果 虽然 但是 并且 以及 通过 进行 对于 关于 按照 根据 这个 那个 一个 一些 这些 那些 吗 呢 吧 啊 呀 说 称 表示'.split(' '),
);
/** Closing marks after which a new sentence (and so possibly a heading) starts. */
const SENTENCE_END = /[。！？!?]/;
const isSentenceEnd = codeClass(SENTENCE_END);
const CLAUSE_END = /[，,；;：:。！？!?、“”"《》（）()]/;
const isClauseEnd = codeClass(CLAUSE_END);
const MIN_CONFIDENCE = 0.6;
const COUPLET_MIN = 0.65;

/** Content words (nouns, verbs, idioms of two or more characters) of a token range. */
function contentWords(tokens: Token[], start: number, end: number): string[] {
  return tokensIn(tokens, start, end).filter((t) => t.text.length >= 2 && /^[nvail]/.test(t.tag)).map((t) => t.text);
}

/**
 * Topic break evidence in [0, 1]: how many of the heading's content words (or their first two
 * characters, 营商环境 → 营商) recur in the next stretch of text but not in the previous one.
 */
export function topicBreak(text: string, tokens: Token[], start: number, end: number, window = 160): number {
  const words = contentWords(tokens, start, end);
  if (words.length === 0) return 0;
  const before = text.slice(Math.max(0, start - window), start);
  const after = text.slice(end, end + window);
  let score = 0;
  for (const w of words) {
    const keys = w.length > 2 ? [w, w.slice(0, 2), w.slice(-2)] : [w];
    const inAfter = keys.some((k) => after.includes(k));
    const inBefore = keys.some((k) => before.includes(k));
    if (inAfter && !inBefore) score += 1;
    else if (inAfter && inBefore) score += 0.25;
  }
  return Math.min(1, score / Math.max(1, Math.min(words.length, 2)));
}

function hanRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHanUnit(text.charCodeAt(i))) return false;
  return true;
}

function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].start >= start && tokens[i].end <= end) out.push(tokens[i]);
  }
  return out;
}

function isBoundary(tokens: Token[], at: number): boolean {
  const i = firstTokenEndingAfter(tokens, at - 1);
  return (i < tokens.length && (tokens[i].start === at || tokens[i].end === at)) || (i > 0 && tokens[i - 1].end === at);
}

function tokenAt(tokens: Token[], start: number): Token | undefined {
  const i = firstTokenEndingAfter(tokens, start);
  return i < tokens.length && tokens[i].start === start ? tokens[i] : undefined;
}

function hasFunctionWord(ts: Token[]): boolean {
  return ts.some((t) => FUNCTION_WORDS.has(t.text) || t.tag === 'uj' || t.tag === 'ul' || t.tag === 'r');
}

function allNouns(ts: Token[]): boolean {
  return ts.every((t) => /^(n|m|q|t|s|f)/.test(t.tag) && t.tag !== 'nz' && t.text.length < 4);
}

/** How alike two halves are built: idioms opening both, same coarse tags, same word lengths. */
function parallelism(a: Token[], b: Token[]): number {
  let s = 0;
  const idiom = (t: Token | undefined) => !!t && (t.text.length === 4 || t.tag === 'i' || t.tag === 'l');
  if (idiom(a[0]) && idiom(b[0])) s += 0.25;
  const coarse = (ts: Token[]) => ts.map((t) => t.tag[0]).join('');
  if (coarse(a) === coarse(b)) s += 0.15;
  if (a.map((t) => t.text.length).join() === b.map((t) => t.text.length).join()) s += 0.15;
  if (a.length && b.length && a[a.length - 1].tag[0] === b[b.length - 1].tag[0]) s += 0.05;
  return s;
}

/** The starts of the paragraph's sentences (after 。！？ and any closing quote or space). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && /[”’」』）)\s　]/.test(text[j])) j++;
    if (j < text.length) starts.push(j);
  }
  return starts;
}

/** The first offset from `from` whose code unit is in the class (text.length if none). */
function nextMatch(text: string, from: number, inClass: (code: number) => boolean): number {
  for (let i = from; i < text.length; i++) if (inClass(text.charCodeAt(i))) return i;
  return text.length;
}

/**
 * A paragraph's headings found by shape (findFusedHeadings at the default confidence), once per
 * paragraph content: the outline and the rules that step around headlines read the same list.
 */
export function fusedHeadingsOf(p: Paragraph): FusedCandidate[] {
  return paragraphMemo(p, 'fusedHeadings', () => findFusedHeadings(p.text, p.tokens));
}

/** Finds unnumbered headings in one paragraph by their shape. Offsets relative to the paragraph. */
export function findFusedHeadings(text: string, tokens: Token[], minConfidence = MIN_CONFIDENCE): FusedCandidate[] {
  const out: FusedCandidate[] = [];
  for (const s of sentenceStarts(text)) {
    if (!isHanUnit(text.charCodeAt(s))) continue;
    const sentenceEnd = nextMatch(text, s, isSentenceEnd);
    const clauseEnd = nextMatch(text, s, isClauseEnd);
    // a short sentence opening a line is the line's run-in lead (加强科技创新，驱动能源转型。…),
    // not a heading fused into it; only a glued heading can open the line
    const c = parallelGlued(text, tokens, s, clauseEnd) ?? (s > 0 ? pair(text, tokens, s, sentenceEnd, clauseEnd) ?? couplet(text, tokens, s, sentenceEnd, clauseEnd) : undefined);
    if (c && c.confidence >= minConfidence) out.push(c);
  }
  return out;
}

/**
 * 快马加鞭复工忙只争朝夕谋发展|大庆，… : two halves glued to the next sentence. Seven-character
 * halves follow verse rhythm (4+3, 快马加鞭|复工忙); eight-character ones (4+4) are also the
 * shape of ordinary policy phrases (深入实施优化营商…), so they need the topic to change as well.
 */
function parallelGlued(text: string, tokens: Token[], s: number, clauseEnd: number): FusedCandidate | undefined {
  let best: FusedCandidate | undefined;
  for (const n of [7, 8]) {
    const end = s + 2 * n;
    // the body must follow in the same clause: that is what makes it fused
    if (end + 2 > clauseEnd || !hanRun(text, s, end)) continue;
    if (!isBoundary(tokens, s + n) || !isBoundary(tokens, end)) continue;
    const a = tokensIn(tokens, s, s + n);
    const b = tokensIn(tokens, s + n, end);
    if (a.length < 2 || b.length < 2 || hasFunctionWord(a) || hasFunctionWord(b) || enumerates(a)) continue;
    // 林甸县四合乡东兴村宠物猫: a half made of nouns only names things, it does not head a section
    if (allNouns(a) || allNouns(b)) continue;
    const next = tokenAt(tokens, end);
    if (!next || /^(u|p|c|y|e)/.test(next.tag) || FUNCTION_WORDS.has(next.text)) continue;
    const par = parallelism(a, b);
    if (!opensSentence(tokensIn(tokens, end, clauseEnd), par >= 0.25 && /[，,]/.test(text[clauseEnd] ?? ''))) continue;
    const rhythm = Number(isBoundary(tokens, s + 4)) + Number(isBoundary(tokens, s + n + 4));
    if (rhythm === 0) continue;
    const topic = topicBreak(text, tokens, s, end);
    if (n === 7 ? par < 0.25 && topic < 0.5 : topic < 0.75) continue;
    const confidence = Math.min(1, 0.3 + par + 0.3 * topic + 0.05 * rhythm + (n === 7 ? 0.05 : 0));
    if (!best || confidence > best.confidence) best = { shape: 'parallel', start: s, end, confidence, glued: true };
  }
  return best;
}

/**
 * What follows a glued heading opens a new sentence: a subject named on its own (大庆，…) or a
 * clause with its own function words (一座城市的营商环境，… / 年是…). A bare head noun or a number
 * (…改进提升三年|行动，/ …示范性老年友好型社区|52个) means the "halves" were one long phrase,
 * unless both halves open with an idiom (春风化雨…|精耕细作…|村民们，).
 */
function opensSentence(tokens: Token[], nounSubject: boolean): boolean {
  const rest = tokens.filter((t) => t.tag !== 'k'); // 村民|们
  if (rest.length === 0) return false;
  if (rest.some((t) => /\d/.test(t.text))) return false;
  // a common noun before a comma (村民们，…) opens a sentence only after strongly parallel halves
  if (rest.length === 1) return /^(ns|nr|nt|r|t)/.test(rest[0].tag) || (nounSubject && /^n/.test(rest[0].tag));
  return rest.some((t) => (FUNCTION_WORDS.has(t.text) && !/^(和|及|或|等|以及)$/.test(t.text)) || /^(uj|ul|r)$/.test(t.tag));
}

/** 一是…, 二要…: an enumeration inside a paragraph, not a heading. */
function enumerates(ts: Token[]): boolean {
  return /^([一二三四五六七八九十]+[是要]|首先|其次|再次|最后|同时|此外)/.test(ts.map((t) => t.text).join(''));
}

/** 一日办结与一小时出证。 : a sentence of two balanced phrases joined by 与. */
function pair(text: string, tokens: Token[], s: number, sentenceEnd: number, clauseEnd: number): FusedCandidate | undefined {
  if (clauseEnd !== sentenceEnd) return undefined;
  const len = sentenceEnd - s;
  if (len < 5 || len > 16 || !hanRun(text, s, sentenceEnd)) return undefined;
  const ts = tokensIn(tokens, s, sentenceEnd);
  const joins = ts.filter((t) => t.text === '与');
  if (joins.length !== 1) return undefined;
  const j = joins[0];
  const left = ts.filter((t) => t.end <= j.start);
  const right = ts.filter((t) => t.start >= j.end);
  const ll = j.start - s;
  const rl = sentenceEnd - j.end;
  if (ll < 2 || rl < 2 || Math.abs(ll - rl) > 3) return undefined;
  if (hasFunctionWord(left) || hasFunctionWord(right)) return undefined;
  // 坚持发展与安全并重: a verb governing the pair makes it a clause, not a title
  if (left.length && /^(坚持|推动|推进|加强|实现|促进|统筹|注重|兼顾)$/.test(left[0].text)) return undefined;
  const topic = topicBreak(text, tokens, s, sentenceEnd);
  const confidence = Math.min(1, 0.5 + 0.1 * Number(Math.abs(ll - rl) <= 1) + 0.3 * topic);
  return { shape: 'pair', start: s, end: sentenceEnd, confidence, glued: false };
}

/** 养殖成为大产业，铺就脱贫小康路。 : a sentence of two short balanced clauses. */
function couplet(text: string, tokens: Token[], s: number, sentenceEnd: number, clauseEnd: number): FusedCandidate | undefined {
  if (clauseEnd >= sentenceEnd || !/[，,]/.test(text[clauseEnd])) return undefined;
  const second = clauseEnd + 1;
  if (nextMatch(text, second, isClauseEnd) !== sentenceEnd) return undefined;
  const l1 = clauseEnd - s;
  const l2 = sentenceEnd - second;
  if (l1 < 5 || l2 < 5 || l1 > 9 || l2 > 9 || Math.abs(l1 - l2) > 3) return undefined;
  // verse meter (七言, 五言: 养殖成为大产业，铺就脱贫小康路) or a long line answered by a short one
  // (小猫咪敲开幸福门，送去好钱景) marks a headline; equal even lengths built of verb + object
  // (加强科技创新，驱动能源转型) are the policy phrases that open paragraphs of reports
  const verse = (l1 % 2 === 1 && l2 % 2 === 1) || (l1 !== l2 && (l1 % 2 === 1 || l2 % 2 === 1));
  if (!hanRun(text, s, clauseEnd) || !hanRun(text, second, sentenceEnd)) return undefined;
  const a = tokensIn(tokens, s, clauseEnd);
  const b = tokensIn(tokens, second, sentenceEnd);
  if (hasFunctionWord(a) || hasFunctionWord(b) || enumerates(a)) return undefined;
  // a couplet heads what follows: it must not be the paragraph's last sentence
  if (sentenceEnd + 1 >= text.length) return undefined;
  const topic = topicBreak(text, tokens, s, sentenceEnd);
  const verbs = Number(a.some((t) => t.tag[0] === 'v') && /^[v]/.test(b[0]?.tag ?? ''));
  if (POLICY_VERBS.has(a[0]?.text ?? '') && POLICY_VERBS.has(b[0]?.text ?? '')) return undefined;
  // a quoted verse closing a passage is followed by 我们…/这…, a section opens on its subject
  const next = tokens[firstTokenEndingAfter(tokens, sentenceEnd + 1)];
  const pronoun = Number(!!next && next.tag === 'r');
  // and opens it on a time or a place (近年来，… / 林甸县四合乡…): the scene changes even when the
  // headline's words (小蘑菇, 小猫咪) do not come back in the text
  const scene = Number(!!next && (next.tag === 't' || next.tag === 'ns'));
  const confidence = Math.min(1, (verse ? 0.45 : 0.2) + parallelism(a, b) + 0.1 * verbs + 0.1 * scene - 0.2 * pronoun + 0.3 * topic);
  // couplets are the weakest shape (田间地头机器轰鸣，农民们抢抓农时 is body text): ask for more
  if (confidence < COUPLET_MIN) return undefined;
  return { shape: 'couplet', start: s, end: sentenceEnd, confidence, glued: false };
}
