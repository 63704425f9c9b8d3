/**
 * Finds parallel items run together without 顿号 (GB/T 15834-2011, 4.5.3.1: 用于并列词语之间),
 * as (left item, right item) pairs. Every seam between two jieba words in a mark-free clause is
 * scored by a learned model (enumerationModel.ts, features in enumerationFeatures.ts); the
 * hand-written evidence below is one of its features, and known outlets are always reported:
 *
 * - outlets: two or more newspapers, agencies or broadcasters in a row (人民日报新华社光明日报);
 * - shape: three or more equal-length items sharing a character in the same place
 *   (高科技高性能高质量, 以文化人以文惠民以文润城), or two sharing all but their first character
 *   (赖氨酸苏氨酸), cut only where jieba also cuts;
 * - before 等: three or more four-character nouns right before 等 (集成电路生物医药人工智能等);
 * - entities: two or more place or organisation names in a row before 等/和/及/以及 or after
 *   包括/围绕 (a list word is required), minus administrative nesting (黑龙江省大庆市 is one address).
 *
 * Never between numerals (七八十 is an estimate) and never inside a jieba word.
 */
import { NEGATIONS } from '../data/enumeration-words';
import { MEDIA_ORG_SUFFIXES, MEDIA_ORGANISATIONS, PUBLICATION_SUFFIXES, PUBLICATIONS } from '../data/media';
import { BoundaryTable, clauses, isMarkCode, longestAt } from './enclosed';
import { itemLabels } from './enumerationLabels';
import { scoreSeams, type ScoredSeam } from './enumerationModel';
import type { Paragraph, Span, Token } from './types';

export interface MissingComma {
  /** Offset where 、 belongs. */
  at: number;
  left: Span;
  right: Span;
  kind: 'outlets' | 'shape' | 'entities' | 'etc' | 'model';
  /** Whether inserting 、 is certain enough to apply without asking. */
  certain: boolean;
  /** Whether it is a warning: outlets, and seams scored at WARN_THRESHOLD or above. */
  strong: boolean;
  /** The learned scorer's probability that 、 belongs here (1 for outlets). */
  p: number;
  /**
   * What the message names on either side when it is longer than left/right (enumerationLabels.ts):
   * the whole item where left/right hold only the word beside the seam. Never moves the finding.
   */
  label?: { left: Span; right: Span };
}

/**
 * Thresholds on the scorer's probability, read from the 4-fold cross-validated curve
 * (`node scripts/train-enumeration.mjs --cv 4`, and the curve table of `npm run bench --
 * punctuation`): from 0.7 about nine seams in ten are right (warning); from 0.24 the rule finds
 * six deleted 、 in ten (the recall target), at the cost of hints right about two times in five
 * between 0.24 and 0.5 (about one in three on the sample news report: hints are the faint
 * suggestions, warnings the ones to trust). A paragraph that already separates items with 、 was
 * not stripped of its marks, and what it runs together is mostly a set phrase the reports write so
 * (获得感幸福感安全感, 稳就业稳企业稳市场): there only seams at MARKED_THRESHOLD are reported, as
 * hints; so are those of a document that uses 、 elsewhere (MARKED_DOCUMENT).
 */
export const HINT_THRESHOLD = 0.24;
export const WARN_THRESHOLD = 0.7;
export const MARKED_THRESHOLD = 0.95;

/**
 * A document with this many 、 was not stripped of them either: its paragraphs without 、 are
 * short ones whose runs are the writer's (有信心有能力, 稳定退役军人就业), and are held to
 * MARKED_THRESHOLD too. Strong hand-written evidence (outlets, four-character parallels) stands.
 */
export const MARKED_DOCUMENT = 3;

/**
 * Thresholds in a document stripped of every mark but ，and 。 (strippedDocument): its long
 * mark-free runs hold seams where “”《》：；？！ or a line break stood, and the model, though trained
 * on such copies too, is less sure there. Read from the 4-fold curve of the reports stripped so
 * (bench/punctuation.ts): from 0.5 about four seams in five are right, from 0.7 nine in ten.
 */
export const STRIPPED_HINT_THRESHOLD = 0.5;
export const STRIPPED_WARN_THRESHOLD = 0.7;

/** A document at least this long with none of the marks below lost them all (STRIPPED_MARKS). */
export const STRIPPED_MIN_LENGTH = 2000;
/** Marks a document of thousands of characters always has some of unless it was stripped. */
const STRIPPED_MARKS = /[、“”《》：；？！（）]/;

/**
 * Whether a document was stripped of every mark but ，and 。: thousands of characters without a
 * single 、“”《》：；？！（）. The 顿号 scorer then weighs its seams with the features learned from
 * copies stripped so (enumerationFeatures.ts `stripped`), and the rule holds hints to a higher bar.
 */
export function strippedDocument(text: string): boolean {
  return text.length >= STRIPPED_MIN_LENGTH && !STRIPPED_MARKS.test(text);
}

/**
 * Below this length a document without 、 is ordinary (a news item, a notice with no list), not a
 * report that lost its 、: the scorer's low seams there are mostly its own noise (镇|张庄村,
 * 满天|黄沙 at 0.3 in a clean 500-character story). Only seams at SHORT_HINT_THRESHOLD are
 * reported, or at HINT_THRESHOLD in a clause that announces a list (包括…等).
 */
export const SHORT_DOCUMENT = 1500;
export const SHORT_HINT_THRESHOLD = 0.5;

/** Whether a document uses 、 (MARKED_DOCUMENT or more): counted by scanning, no copy made. */
export function usesEnumerationComma(text: string): boolean {
  let n = 0;
  for (let at = text.indexOf('、'); at >= 0 && n < MARKED_DOCUMENT; at = text.indexOf('、', at + 1)) n++;
  return n >= MARKED_DOCUMENT;
}

/** A document too short for a missing 、 everywhere to be likely (SHORT_DOCUMENT). */
export function shortDocument(text: string): boolean {
  return text.length < SHORT_DOCUMENT;
}

/**
 * Seams where a 、 is missing: seams the learned scorer (enumerationModel.ts) rates high enough,
 * and seams with strong hand-written evidence (outlets, four-character parallels), which were
 * right nineteen times in twenty before the scorer existed and stay reported at least as hints.
 * `markedDocument`: the document uses 、 elsewhere (usesEnumerationComma); `strippedDoc`: it lost
 * every mark but ，and 。 (strippedDocument).
 */
export function findMissingCommas(p: Paragraph, markedDocument = false, strippedDoc = false, shortDoc = false): MissingComma[] {
  const evidence = findEvidence(p);
  const byAt = new Map(evidence.map((m) => [m.at, m]));
  const out = new Map<number, MissingComma>();
  for (const m of evidence) if (m.kind === 'outlets') out.set(m.at, { ...m, p: 1 });
  const marked = p.text.includes('、');
  const floor = marked || markedDocument ? MARKED_THRESHOLD : strippedDoc ? STRIPPED_HINT_THRESHOLD : HINT_THRESHOLD;
  // in a short document, a low seam counts only in a clause that announces a list
  const shortFloor = (at: number) => (listClause(p.text, at) ? HINT_THRESHOLD : SHORT_HINT_THRESHOLD);
  const kept = shortDoc && floor === HINT_THRESHOLD ? (s: ScoredSeam) => s.p >= shortFloor(s.at) : () => true;
  const warn = strippedDoc ? STRIPPED_WARN_THRESHOLD : WARN_THRESHOLD;
  // only the seams that can be taken below are made into objects (the rest are scored and dropped)
  // every boundary's P(、) is kept by offset: the labels of the seams taken look at their neighbours
  const scored = seamScratch.use(p.text.length);
  const seams = scoreSeams(p.text, p.tokens, evidenceLabels(evidence), undefined, strippedDoc, (sp, at) => {
    scored[at] = sp;
    return sp >= floor || (!marked && byAt.get(at)?.strong === true);
  });
  // token ends, only when a run's last item is stretched (rare: built on first need)
  let ends: Set<number> | undefined;
  // a place inside the place before it is one address (大庆市林甸县), whatever the score: the same
  // nesting test the entity-run evidence uses; jieba cuts the suffix off a small place it does not
  // know (大同区|林源|镇): a division (three characters or more) before such a name whose suffix
  // is of a lower level is an address too (not 棚户区|城中村, where jieba knows the word)
  const address = (s: ScoredSeam) =>
    (s.left.tag === 'ns' && s.right.tag === 'ns' && nested(s.left.text, s.right.text)) ||
    (s.left.text.length >= 3 && PLACE_NAME_TAGS.has(s.right.tag) && levelOf(s.left.text) >= 0 && levelOf(s.right.text) < 0 && levelOf(p.text.slice(s.right.start, s.right.end + 1)) > levelOf(s.left.text));
  // a numeral, pronoun or time word before a negation is a subject and its predicate (第一行|没有问题)
  const subject = (s: ScoredSeam) => NEGATION_SET.has(s.right.text) && (s.left.tag[0] === 'm' || s.left.tag[0] === 'r' || s.left.tag[0] === 't');
  const candidates = seams.filter((s) => !out.has(s.at) && ((s.p >= floor && kept(s)) || (!marked && byAt.get(s.at)?.strong)) && !address(s) && !subject(s));
  // items that open alike (羊奶茶羊奶酪羊奶贝): a seam after a one-character word, when that character
  // and the one after the seam also open the item after a neighbouring seam, cuts an item's head
  // off (羊|奶酪); one shared character is chance (新梅江水西|柳林|西站), and longer openings are
  // as often shared endings (普惠金融|养老|金融)
  // (neighbours looked up by offset: a scan of all candidates per seam is quadratic on long runs)
  const candidateAt = new Set(candidates.map((t) => t.at));
  const headCut = (s: ScoredSeam) => {
    if (s.left.end - s.left.start !== 1) return false;
    for (let at = s.at - 8; at <= s.at + 8; at++) {
      if (at === s.at || at === s.at - 1 || !candidateAt.has(at)) continue;
      if (p.text[at] === p.text[s.at - 1] && p.text[at + 1] === p.text[s.at]) return true;
    }
    return false;
  };
  const taken = candidates.filter((s) => !headCut(s));
  // an item shown in a message stops at a conjunction (苏氨酸以及戊二胺 is two items); lower-scored
  // seams are no stops: they cut words as often as items (半导体|新|材料)
  const stops = conjunctionEdges(p.tokens);
  taken.forEach((s, i) => {
    const m = byAt.get(s.at);
    // an item runs from the previous missing 、 to the next one when they are near (A|B|C)
    // (hints reach down to P 0.25, where a seam cuts a word as often as a list: only surer
    // neighbours bound an item, 以及戊|二胺 does not shorten 戊二胺)
    const prev = edgeBefore(taken, i);
    const next = edgeAfter(taken, i);
    // without a sure neighbour, an item still runs back to a conjunction just before it (以及|戊二胺)
    const stop = prev ? undefined : [...stops].reverse().find((at) => at < s.items.left.start && at >= s.at - 6 && !hasMark(p.text, at, s.at));
    const left = clipItem(prev && prev.at >= s.items.left.start - 6 && prev.at < s.at && !hasMark(p.text, prev.at, s.at) ? { start: prev.at, end: s.at } : stop !== undefined ? { start: stop, end: s.at } : s.items.left, stops, 'left');
    const toNext = next && next.at <= s.items.right.end + 6 && next.at > s.at && !hasMark(p.text, s.at, next.at);
    let right = clipItem(toNext ? { start: s.at, end: next.at } : s.items.right, stops, 'right');
    // the last item of a run is as long as the one before it when a word ends there (…统计监督|财会监督);
    // not past a conjunction that cut it
    const cut = right.end !== (toNext ? next.at : s.items.right.end);
    const same = s.at + (left.end - left.start);
    if (!toNext && !cut && same > right.end && (ends ??= new Set(p.tokens.map((t) => t.end))).has(same) && !hasMark(p.text, s.at, same)) right = { start: s.at, end: same };
    out.set(s.at, { at: s.at, left: m?.left ?? left, right: m?.right ?? right, kind: m?.kind ?? 'model', certain: false, strong: s.p >= warn && !marked && !markedDocument, p: s.p });
  });
  const found = [...out.values()].sort((a, b) => a.at - b.at);
  // the hand-written evidence names whole items (known outlets, equal-length parallels, names,
  // four-character nouns); the scorer's seams name the words beside them, grown here to the items
  const flagged = new Set(out.keys());
  const pAt = (at: number) => scored[at];
  for (const m of found) {
    if (m.kind !== 'model') continue;
    const label = itemLabels(p.text, p.tokens, m, pAt, flagged);
    if (label.left.start !== m.left.start || label.left.end !== m.left.end || label.right.start !== m.right.start || label.right.end !== m.right.end) m.label = label;
  }
  return found;
}

/** P(、) by offset for the paragraph being scored (NaN: not a scored boundary), one buffer reused. */
const seamScratch = {
  buf: new Float32Array(1024),
  use(length: number): Float32Array {
    if (this.buf.length < length + 1) this.buf = new Float32Array(Math.max(length + 1, 2 * this.buf.length));
    this.buf.fill(NaN, 0, length + 1);
    return this.buf;
  },
};

const NEGATION_SET = new Set(NEGATIONS);

const LIST_OPENERS = /(包括|围绕|涵盖|例如|比如|诸如|涉及)/;
const CLAUSE_EDGE = /[，。；：！？,;:!?\n]/;

/** The seam's clause announces a list: 等 after it, or 包括/围绕… before it (within 40 units). */
function listClause(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && at - a < 40 && !CLAUSE_EDGE.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && b - at < 40 && !CLAUSE_EDGE.test(text[b])) b++;
  return text.slice(at, b).includes('等') || LIST_OPENERS.test(text.slice(a, at));
}

/** Seams at least this likely bound their neighbours' items in messages. */
const ITEM_EDGE = 0.5;

function edgeBefore(taken: readonly ScoredSeam[], i: number): ScoredSeam | undefined {
  const s = taken[i - 1];
  return s && s.p >= ITEM_EDGE ? s : undefined;
}

function edgeAfter(taken: readonly ScoredSeam[], i: number): ScoredSeam | undefined {
  const s = taken[i + 1];
  return s && s.p >= ITEM_EDGE ? s : undefined;
}

const CONJUNCTIONS = new Set(['以及', '及', '和', '与', '或', '或者', '并且']);

/** Both edges of every joining conjunction (jieba tag c). */
function conjunctionEdges(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) if (t.tag === 'c' && CONJUNCTIONS.has(t.text)) out.push(t.start, t.end);
  return out;
}

/** A left item starts after the last stop inside it, a right item ends at the first (the seam is the other edge). */
function clipItem(item: Span, stops: readonly number[], side: 'left' | 'right'): Span {
  let { start, end } = item;
  for (const at of stops) {
    if (at <= item.start || at >= item.end) continue;
    if (side === 'left') start = Math.max(start, at);
    else end = Math.min(end, at);
  }
  return { start, end };
}

const boundaryTable = new BoundaryTable();
/** shapeRuns' prefix counts, reused like boundaryTable's buffer. */
let badScratch = new Int32Array(4096);

function hasMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isMarkCode(text.charCodeAt(i))) return true;
  return false;
}

const MEDIA = [...PUBLICATIONS, ...MEDIA_ORGANISATIONS];
const MEDIA_SUFFIXES = [...PUBLICATION_SUFFIXES, ...MEDIA_ORG_SUFFIXES];
const MAX_ITEMS = 12;
const NUMERAL = /[0-9０-９一二三四五六七八九十百千万亿两零〇几多余半]/;
const ANCHOR_AFTER = /^(等等|等|以及|和|及|与|共同|分别|两地|三地|各地)/;
const ANCHOR_BEFORE = /(包括|围绕|涵盖|覆盖|例如|比如|如|涉及)$/;
/** Administrative levels, outermost first: a lower level after a higher one is one address. */
const LEVELS = ['省', '自治区', '市', '州', '盟', '县', '旗', '区', '镇', '乡', '街道', '村'];

/** The hand-written evidence by seam offset (`kind|s` when strong, `kind|w` when not): the scorer's feature. */
export function evidenceAt(p: Paragraph): Map<number, string> {
  return evidenceLabels(findEvidence(p));
}

function evidenceLabels(evidence: readonly Evidence[]): Map<number, string> {
  return new Map(evidence.map((m) => [m.at, `${m.kind}|${m.strong ? 's' : 'w'}`]));
}

type Evidence = Omit<MissingComma, 'p'>;

function findEvidence(p: Paragraph): Evidence[] {
  const found = new Map<number, Evidence>();
  const add = (m: Evidence) => {
    const prev = found.get(m.at);
    if (!prev || (m.certain && !prev.certain)) found.set(m.at, m);
  };
  const boundaries = boundaryTable.of(p.text.length, p.tokens);
  // the tokens inside each clause: tokens are ordered and do not overlap, so those inside a
  // clause are one contiguous run, found by moving along the tokens once (not filtered per clause)
  let from = 0;
  for (const c of clauses(p.text)) {
    while (from < p.tokens.length && p.tokens[from].start < c.start) from++;
    let to = from;
    while (to < p.tokens.length && p.tokens[to].end <= c.end) to++;
    for (const m of outletRuns(p.text, c)) add(m);
    for (const m of shapeRuns(p.text, c, boundaries)) add(m);
    // (the clause's tokens are p.tokens[from, to): not copied out per clause)
    for (const m of entityRuns(p.text, c, p.tokens, from, to)) add(m);
    for (const m of runsBeforeEtc(p.text, c, p.tokens, from, to)) add(m);
  }
  return [...found.values()].filter((m) => !(NUMERAL.test(p.text[m.at - 1]) && NUMERAL.test(p.text[m.at]))).sort((a, b) => a.at - b.at);
}

/** The first units of the outlets' names: longestAt is tried only where one of them stands. */
const MEDIA_FIRST = new Uint8Array(0x10000);
for (const w of MEDIA) if (w) MEDIA_FIRST[w.charCodeAt(0)] = 1;
const MEDIA_HAS_EMPTY = MEDIA.includes('');

/** A known outlet, or an unknown one by its ending once a run has started. */
function outletAt(text: string, i: number, end: number, started: boolean): { end: number; known: boolean } | undefined {
  const known = MEDIA_HAS_EMPTY || MEDIA_FIRST[text.charCodeAt(i)] ? longestAt(text, i, MEDIA) : undefined;
  if (known && i + known.length <= end) return { end: i + known.length, known: true };
  if (!started) return undefined;
  for (let j = i + 2; j <= Math.min(end, i + 10); j++) {
    const piece = text.slice(i, j);
    if (MEDIA_SUFFIXES.some((s) => piece.endsWith(s) && piece.length > s.length) || (piece.endsWith('报') && j - i >= 3 && ANCHOR_AFTER.test(text.slice(j, end)))) {
      return { end: j, known: false };
    }
  }
  return undefined;
}

function outletRuns(text: string, c: Span): Evidence[] {
  const out: Evidence[] = [];
  let i = c.start;
  while (i < c.end) {
    const first = outletAt(text, i, c.end, false);
    if (!first) {
      i++;
      continue;
    }
    const items: Array<Span & { known: boolean }> = [{ start: i, end: first.end, known: true }];
    let j = first.end;
    for (let next = outletAt(text, j, c.end, true); next; next = outletAt(text, j, c.end, true)) {
      items.push({ start: j, end: next.end, known: next.known });
      j = next.end;
    }
    for (let k = 1; k < items.length; k++) {
      const [l, r] = [items[k - 1], items[k]];
      out.push({ at: r.start, left: l, right: r, kind: 'outlets', certain: l.known && r.known, strong: true });
    }
    i = j;
  }
  return out;
}

/**
 * Runs of equal-length items that share a character in one place. Every start and length is
 * tried; longer runs win, then runs whose shared character opens the items (新业态新模式新场景 is
 * 新业态/新模式/新场景, not 业态新/模式新).
 */
function shapeRuns(text: string, c: Span, boundaries: Uint8Array): Evidence[] {
  const runs: Array<{ items: Span[]; prefix: boolean; edge: boolean }> = [];
  // too short for two items of three
  if (c.end - c.start < 6) return [];
  // bad[i - c.start] counts the units before i that no item may hold (not a CJK ideograph, or
  // 等和及与的之了): a piece is tested with two reads instead of a slice and three regexes
  if (badScratch.length < c.end - c.start + 1) badScratch = new Int32Array(Math.max(c.end - c.start + 1, 2 * badScratch.length));
  const bad = badScratch;
  bad[0] = 0;
  for (let i = c.start; i < c.end; i++) bad[i - c.start + 1] = bad[i - c.start] + (itemUnit(text.charCodeAt(i)) ? 0 : 1);
  // two-character items sharing one character are mostly set phrases (共建共治共享, 交往交流交融)
  for (const len of [4, 3]) {
    for (let s = c.start; s + 2 * len <= c.end; s++) {
      if (!boundaries[s]) continue;
      // the first two items, tested without making them: a run needs two, both whole pieces,
      // differing, and sharing a unit in some place (sharesShape: what all items share the first
      // two share)
      if (!boundaries[s + len] || !boundaries[s + 2 * len] || bad[s + 2 * len - c.start] !== bad[s - c.start] || numeralUnit(text.charCodeAt(s)) || numeralUnit(text.charCodeAt(s + len))) continue;
      if (!shareAUnit(text, s, s + len, len)) continue;
      const items: Span[] = [];
      // lists longer than a dozen items are not written without marks; the cap bounds the work
      for (let a = s; a + len <= c.end && boundaries[a + len] && items.length < MAX_ITEMS; a += len) {
        if (bad[a + len - c.start] !== bad[a - c.start] || numeralUnit(text.charCodeAt(a))) break;
        items.push({ start: a, end: a + len });
      }
      let k = items.length;
      while (k >= 2 && !sharesShape(text, items.slice(0, k), len)) k--;
      if (k >= 2) runs.push({ items: items.slice(0, k), prefix: items.slice(0, k).every((it) => text[it.start] === text[items[0].start]), edge: sharesEdge(text, items.slice(0, k), len) });
    }
  }
  runs.sort((x, y) => y.items.length - x.items.length || Number(y.prefix) - Number(x.prefix) || x.items[0].start - y.items[0].start);
  const taken: Span[] = [];
  const out: Evidence[] = [];
  const spanOf = (items: Span[]) => ({ start: items[0].start, end: items[items.length - 1].end });
  for (const { items } of runs) {
    const span = spanOf(items);
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    taken.push(span);
    // an equally long run cut elsewhere over the same text (审计监督统计监督 read as 监督统计/监督财会):
    // which reading is right is unknown, so neither is reported
    const rival = runs.some((r) => r.items !== items && r.items.length === items.length && overlaps(spanOf(r.items), span) && !sameCuts(r.items, items));
    // parallel items share a head or a tail (以文化人/以文惠民, 审计监督/统计监督); a character shared
    // only inside (非电网直/供电小区/用电问题) is a coincidence. Such runs still count as rivals above.
    if (rival || !runs.find((r) => r.items === items)!.edge) continue;
    for (let i = 1; i < items.length; i++) out.push({ at: items[i].start, left: items[i - 1], right: items[i], kind: 'shape', certain: false, strong: items[0].end - items[0].start >= 4 });
  }
  return out;
}

/** Whether the pieces of `len` units at a and b have the same unit in some place but are not the same. */
function shareAUnit(text: string, a: number, b: number, len: number): boolean {
  let same = 0;
  for (let j = 0; j < len; j++) if (text.charCodeAt(a + j) === text.charCodeAt(b + j)) same++;
  return same > 0 && same < len;
}

/** A unit a shape item may hold: a CJK ideograph (U+4E00–U+9FFF) other than 等和及与的之了. */
function itemUnit(c: number): boolean {
  return ITEM_UNITS[c] === 1;
}
/** itemUnit by code unit, as a table: it is asked for every unit of every clause. */
const ITEM_UNITS = new Uint8Array(0x10000).fill(1, 0x4e00, 0xa000);
for (const ch of '等和及与的之了') ITEM_UNITS[ch.charCodeAt(0)] = 0;

/** NUMERAL as a test on a code unit, cached per code. */
const numeralCodes = new Int8Array(0x10000);
function numeralUnit(c: number): boolean {
  let v = numeralCodes[c];
  if (v === 0) numeralCodes[c] = v = NUMERAL.test(String.fromCharCode(c)) ? 1 : -1;
  return v === 1;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameCuts(a: Span[], b: Span[]): boolean {
  const cuts = new Set(a.slice(1).map((x) => x.start));
  return b.slice(1).some((x) => cuts.has(x.start));
}

function sharesEdge(text: string, items: Span[], len: number): boolean {
  const strs = items.map((it) => text.slice(it.start, it.end));
  return strs.every((x) => x[0] === strs[0][0]) || strs.every((x) => x[len - 1] === strs[0][len - 1]);
}

function sharesShape(text: string, items: Span[], len: number): boolean {
  const strs = items.map((it) => text.slice(it.start, it.end));
  if (new Set(strs).size !== strs.length) return false;
  const shared: number[] = [];
  for (let j = 0; j < len; j++) if (strs.every((x) => x[j] === strs[0][j])) shared.push(j);
  if (shared.length === 0 || shared.length === len) return false;

  if (items.length >= 3) return true;
  // two items: all but the first character shared, and more than one shared (赖氨酸苏氨酸)
  return len >= 3 && shared.length === len - 1 && shared[0] === 1;
}

/** Places or organisations in a row, with a list word before or after the run (`inClause[from, to)`: the clause's tokens). */
function entityRuns(text: string, c: Span, inClause: readonly Token[], from: number, to: number): Evidence[] {
  const out: Evidence[] = [];
  let i = from;
  while (i < to) {
    const kind = group(inClause[i]);
    let j = i + 1;
    if (kind) {
      while (j < to && group(inClause[j]) === kind && !nested(inClause[j - 1].text, inClause[j].text) && inClause[j].start === inClause[j - 1].end) j++;
    }
    if (kind && j - i >= 2) {
      const run = inClause.slice(i, j);
      const after = text.slice(run[run.length - 1].end, c.end);
      const before = text.slice(c.start, run[0].start);
      // without a list word around it, a run of names is as often one name jieba cut (江北/新区)
      if (ANCHOR_AFTER.test(after) || ANCHOR_BEFORE.test(before)) {
        for (let k = 1; k < run.length; k++) out.push({ at: run[k].start, left: run[k - 1], right: run[k], kind: 'entities', certain: false, strong: false });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Three or more four-character nouns right before 等 (集成电路生物医药人工智能等):
 * 等 closes a list, and jieba's cuts between same-sized nouns are the seams.
 */
function runsBeforeEtc(text: string, c: Span, inClause: readonly Token[], from: number, to: number): Evidence[] {
  const out: Evidence[] = [];
  for (let k = from; k < to; k++) {
    const etc = inClause[k];
    if ((etc.text !== '等' && etc.text !== '等等') || /^[级奖次]/.test(text.slice(etc.end))) continue;
    const run: Token[] = [];
    for (let j = k - 1; j >= from; j--) {
      const t = inClause[j];
      const len = run.length ? run[0].text.length : t.text.length;
      if (t.text.length !== len || t.end !== (run[0]?.start ?? etc.start) || !nominal(t)) break;
      run.unshift(t);
    }
    // a head noun at the end makes the last two words one compound (产业新城, 联网工程, 妇女峰会)
    if (run.length < 3 || run.some((t) => HEAD_NOUNS.test(t.text))) continue;
    for (let i = 1; i < run.length; i++) out.push({ at: run[i].start, left: run[i - 1], right: run[i], kind: 'etc', certain: false, strong: false });
  }
  return out;
}

/** Nouns that head a compound rather than stand as an item (民宿经济, 联网工程, 工业学院). */
const HEAD_NOUNS = /(经济|工程|项目|学院|大学|新城|峰会|社区|平台|大街|院区|大赛|中心|园区|基地|公司|集团|体系|机制|行动|计划|活动|产业|行业|领域|工作|建设|服务|系统|网络|设施|新区|市场)$/;

/**
 * Four-character words only: runs of two-character nouns before 等 were right only two times in
 * three on the corpus (京津产业新城等 is not a list), too often to be worth a hint.
 */
function nominal(t: Token): boolean {
  return t.text.length === 4 && /^(n|nz|ns|nt|j|l|vn)$/.test(t.tag);
}

function group(t: Token): string | undefined {
  // jieba tags 美丽 in 美丽河湖, 美丽中国 as a place
  if (t.text.length < 2 || t.text === '美丽') return undefined;
  if (t.tag === 'ns' || t.tag === 'nt') return t.tag;
  return undefined;
}

/** Tags jieba gives the names of small places: place, unknown word, other proper name. */
const PLACE_NAME_TAGS = new Set(['ns', 'x', 'nz', 'nr', 'nrt']);

function levelOf(name: string): number {
  return LEVELS.findIndex((l) => name.endsWith(l));
}

function nested(outer: string, inner: string): boolean {
  const lo = LEVELS.findIndex((l) => outer.endsWith(l));
  const li = LEVELS.findIndex((l) => inner.endsWith(l));
  // 北京市天津市 (same level) is a list; 黑龙江省大庆市 is one address; a bare name (大庆) after a
  // province is an address too
  if (lo >= 0 && (li < 0 || li > lo)) return true;
  return false;
}
