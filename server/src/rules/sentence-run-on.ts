/**
 * @fileoverview A stretch of more than `runOnLength` (default 50) Chinese characters with no mark
 * at all (GB/T 15834-2011 4.1–4.4: a pause within or between sentences takes a mark). Reports the
 * most likely break rather than the whole stretch, scored from jieba tokens and tags: before a
 * connective, time word or new subject, after a completed verb-object, at a parallel clause (一期…
 * 二期…), before a speech attribution (…按期完成｜市住建局副局长王某说). Stretches longer than
 * twice the limit get one report per break. A heading glued to the text (structure-fused-heading)
 * cuts the stretch, so the same spot is not reported twice. The fix inserts ，and is offered.
 */
import { isHan } from '../core/chars';
import { fusedHeadingsOf } from '../core/fusedHeadings';
import type { Paragraph, Report, Token } from '../core/types';
import { CLAUSE_ADVERBS, CLAUSE_STARTERS, CLAUSE_VERBS, SPEECH_VERBS } from '../data/clause-starters';
import type { ParagraphRule } from './rule';

const STARTERS = new Set(CLAUSE_STARTERS);
const SPEECH = new Set(SPEECH_VERBS);
const OPENING_VERBS = new Set(CLAUSE_VERBS);
const ADVERBS = new Set(CLAUSE_ADVERBS);
/** Code units that do not interrupt a stretch: Chinese, digits, Latin, spaces. */
const STRETCH = /(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9 \u3000]|[\ud840-\ud87f][\udc00-\udfff])+/g;
/** Tokens a clause cannot end on (prepositions, 的, conjunctions that join nouns…). */
const NO_END = new Set(['的', '地', '得', '之', '和', '与', '及', '或', '以及', '把', '被', '将', '对', '在', '从', '向', '以', '为', '是', '有', '由', '按', '给', '跟', '同']);
/** Tokens a clause cannot begin with (particles, measure words, localisers…). */
const NO_START = new Set(['的', '了', '着', '过', '地', '得', '等', '等等', '们', '和', '与', '及', '以及', '或', '之', '上', '中', '下', '里', '内', '外', '后', '前', '间']);
const SUBJECT_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'r']);
const NOUN_TAGS = new Set(['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'vn', 'ng', 'an', 'l', 'i', 'j', 'x', 'eng']);
const MIN_SIDE = 6;

interface Stretch {
  start: number;
  end: number;
  tokens: Token[];
}

const rule: ParagraphRule = {
  id: 'sentence-run-on',
  description: '长句一逗不点，连续过长没有标点',
  tags: ['sentence'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    runOn: '连续{{count}}个汉字没有标点，或可在“{{before}}”与“{{after}}”之间断开',
    runOnNoBreak: '连续{{count}}个汉字没有标点，请断句',
  },
  check(paragraph, options) {
    const limit = Math.max(10, options.runOnLength);
    const reports: Report[] = [];
    // counted only for a paragraph with a stretch longer than the limit (a stretch has at most
    // one Chinese character per code unit)
    let han: Int32Array | undefined;
    const { tokens } = paragraph;
    let headingEdges: number[] | undefined;
    let t = 0; // tokens and stretches are both in text order: one pass over each
    for (const m of paragraph.text.matchAll(STRETCH)) {
      if (m[0].length <= limit) continue;
      han ??= hanPrefix(paragraph.text);
      if (han[m.index! + m[0].length] - han[m.index!] <= limit) continue;
      // a heading glued to its text is structure-fused-heading's: cut the stretch at its edges
      headingEdges ??= fusedHeadingsOf(paragraph).flatMap((h) => [h.start, h.end]);
      const cuts = headingEdges.filter((x) => x > m.index! && x < m.index! + m[0].length);
      const edges = [m.index!, ...cuts, m.index! + m[0].length];
      for (let e = 0; e + 1 < edges.length; e++) {
        const [start, end] = [edges[e], edges[e + 1]];
        const count = han[end] - han[start];
        if (count <= limit) continue;
        while (t < tokens.length && tokens[t].start < start) t++;
        let u = t;
        while (u < tokens.length && tokens[u].end <= end) u++;
        reports.push(...breakStretch(paragraph, han, { start, end, tokens: tokens.slice(t, u) }, limit, count, 0));
        t = u;
      }
    }
    return reports;
  },
};

/** han[i] = Chinese characters in text[0, i), so that any stretch is counted in O(1). */
function hanPrefix(text: string): Int32Array {
  const han = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const astral = c >= 0xd840 && c <= 0xd87f && i + 1 < text.length;
    // BMP ideographs by code (as HAN's first class); a pair as before
    const bmpHan = (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
    han[i + 1] = han[i] + ((astral ? isHan(text.slice(i, i + 2)) : bmpHan) ? 1 : 0);
    if (astral) han[++i + 1] = han[i];
  }
  return han;
}

function breakStretch(p: Paragraph, han: Int32Array, s: Stretch, limit: number, count: number, depth: number): Report[] {
  const best = bestBreak(p.text, han, s);
  if (!best) {
    // a remainder with no plausible break was already covered by its parent's report
    if (depth > 0) return [];
    const mid = s.tokens[Math.floor(s.tokens.length / 2)] ?? { start: s.start, end: Math.min(s.end, s.start + 2) };
    return [{ messageId: 'runOnNoBreak', start: mid.start, end: mid.end, data: { count } }];
  }
  const { index } = best;
  const prev = s.tokens[index - 1];
  const next = s.tokens[index];
  const at = next.start;
  const report: Report = {
    messageId: 'runOn',
    start: Math.max(prev.start, at - 4),
    end: Math.min(next.end, at + 4),
    data: { count, before: p.text.slice(Math.max(prev.start, at - 4), at), after: p.text.slice(at, Math.min(next.end, at + 4)) },
    fixes: [{ title: '在此处加逗号', edits: [{ start: at, end: at, text: '，' }], safe: false }],
  };
  const out = [report];
  if (depth < 8) {
    for (const side of [
      { start: s.start, end: at, tokens: s.tokens.slice(0, index) },
      { start: at, end: s.end, tokens: s.tokens.slice(index) },
    ]) {
      if (han[side.end] - han[side.start] > limit) out.push(...breakStretch(p, han, side, limit, count, depth + 1));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The highest-scoring boundary before token `index`, or undefined when none is plausible. */
function bestBreak(text: string, han: Int32Array, s: Stretch): { index: number; score: number } | undefined {
  const { tokens } = s;
  const total = han[s.end] - han[s.start];
  const attribution = attributionStart(tokens);
  let best: { index: number; score: number } | undefined;
  // …扶贫基地｜苏州，干在实处: a name closing the run before a comma is the next clause's topic
  const topic = tokens.length > 2 && SUBJECT_TAGS.has(tokens[tokens.length - 1].tag) && /^[，,]/.test(text.slice(s.end)) ? tokens.length - 1 : -1;
  for (let i = 1; i < tokens.length; i++) {
    const left = han[tokens[i].start] - han[s.start];
    if (left < MIN_SIDE || (total - left < MIN_SIDE && i !== topic)) continue;
    let score = scoreBoundary(tokens, i);
    if (i === attribution) score = Math.max(score, 0) + 6; // the quotation ends here whatever the tags say
    if (i === topic) score += 3;
    // prefer balanced halves a little: a break near the middle helps most
    score -= Math.abs(left / total - 0.5);
    if (score >= 1.5 && (!best || score > best.score)) best = { index: i, score };
  }
  return best;
}

function scoreBoundary(tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  const next = tokens[i];
  if (NO_END.has(prev.text) || NO_START.has(next.text)) return -10;
  if (/^(?:p|u|uj|ul|uz|ug|ud|uv|c|m|q)$/.test(prev.tag) && !/[是期]$/.test(prev.text)) return -10;
  if (/^(?:u|uj|ul|uz|ug|ud|uv|q|f|k|y)$/.test(next.tag)) return -10;
  // a verb waits for its object: 加快建设｜上海…, 建立｜碳排放…
  const verbish = prev.tag === 'v' || prev.tag === 'vd' || (prev.tag === 'vn' && i >= 2 && /^(?:v|d|ad)$/.test(tokens[i - 2].tag));
  const object = objectSize(tokens, i);
  const after = tokens[i + 1];
  // 着力｜打造: an adverb or 一要 stays with its verb
  const isVerb = (t: Token | undefined) => t !== undefined && (/^(?:v|vn|vd)$/.test(t.tag) || OPENING_VERBS.has(t.text));
  if ((ADVERBS.has(prev.text) || /^(?:d|ad|i)$/.test(prev.tag)) && isVerb(next)) return -10;
  let score = 0;
  // …平台能级｜大力推动…: an adverb opener followed by its verb starts the next phrase
  // 高质量｜发展 (vn) is a noun phrase, 大力｜推动 (v) a verb phrase
  const realVerb = (t: Token | undefined) => t !== undefined && (t.tag === 'v' || t.tag === 'vd' || OPENING_VERBS.has(t.text));
  const opensPhrase = OPENING_VERBS.has(next.text) || ((ADVERBS.has(next.text) || next.tag === 'i') && realVerb(after));
  if (STARTERS.has(next.text)) score += 3;
  else if (next.tag === 'c') score += 2;
  else if (next.tag === 't') score += 2;
  // …体制改革｜持续推进…: the next verb phrase opens once the previous one has its object
  if (opensPhrase && object >= 2) score += 2.5;
  else if (next.tag === 'v' && object >= 2) score += 1.5;
  // a new subject: a name or pronoun after a noun, with a verb soon after it
  if (SUBJECT_TAGS.has(next.tag) && NOUN_TAGS.has(prev.tag) && prev.tag !== 'vn' && verbWithin(tokens, i + 1, 4)) score += 2;
  // X等N closes a listed object
  if (i >= 2 && /^等/.test(tokens[i - 2].text) && NOUN_TAGS.has(prev.tag)) score += 2;
  if (parallelOpening(tokens, i)) score += 3;
  if (verbish) score -= 4;
  if (prev.tag === 'a' && NOUN_TAGS.has(next.tag)) score -= 2;
  return score;
}

/** Content tokens since the last verb before token `i` (how complete the object is). */
function objectSize(tokens: Token[], i: number): number {
  let n = 0;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k];
    if (t.tag === 'v' || t.tag === 'vd') return n;
    if (NOUN_TAGS.has(t.tag) || t.tag === 'a' || t.tag === 'b' || t.tag === 'm') n++;
  }
  return n;
}

function verbWithin(tokens: Token[], from: number, n: number, until = tokens.length): boolean {
  for (let k = Math.max(0, from); k < Math.min(until, from + n, tokens.length); k++) {
    if (tokens[k].tag === 'v' || tokens[k].tag === 'vd') return true;
  }
  return false;
}

/** 一期建设…｜二期建设…: the token repeats an earlier clause opening with another ordinal. */
function parallelOpening(tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  if (!/^[一二三四五六七八九十第][一二三四五六七八九十]?[期是批步项类方面]+$/.test(t)) return false;
  const tail = t.replace(/^[一二三四五六七八九十第]+/, '');
  return tokens.slice(Math.max(0, i - 60), i - 1).some((o) => o.text !== t && o.text.endsWith(tail) && /^[一二三四五六七八九十第]/.test(o.text));
}

/**
 * …｜市住房和城乡建设局副局长王建国说 at the end of a run: walk back from the name over the
 * speaker's title and organisation, then start at the first place or organisation name (or an
 * administrative prefix such as 市) in that chain; what comes before it ends the previous clause.
 */
function attributionStart(tokens: Token[]): number {
  const n = tokens.length;
  if (n < 3 || !SPEECH.has(tokens[n - 1].text)) return -1;
  let k = n - 2;
  if (!/^nr/.test(tokens[k].tag) && !/^nr/.test(tokens[k - 1]?.tag ?? '')) return -1;
  const chain = (t: Token) => /^(?:n|nr|nrfg|nrt|ns|nt|nz|b|vn|x|j|eng)$/.test(t.tag) && !NO_END.has(t.text);
  while (k > 0) {
    const t = tokens[k - 1];
    // 住房和城乡建设局: 和 joins two nouns inside one name
    const joiner = (t.text === '和' || t.text === '与') && k >= 2 && chain(tokens[k - 2]);
    if (!chain(t) && !joiner) break;
    k--;
  }
  for (let j = k; j < n - 2; j++) {
    const t = tokens[j];
    const named = /^(?:ns|nt|nz)$/.test(t.tag) || /^[市省县区镇乡村州]$/.test(t.text);
    if (named && !(j > 0 && tokens[j - 1].tag === 'uj')) return j;
  }
  return k;
}

export default rule;
