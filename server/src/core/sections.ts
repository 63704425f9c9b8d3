/**
 * The report's outline: headings found in any report and nested into sections.
 *
 * Heading forms, from the most to the least certain: the title line; GB/T 9704-2012 numbered
 * headings (`一、` › `（一）` › `1.` › `（1）`, see headingMarkers.ts) and `第X章/节/部分`, at the
 * start of a line or fused into a paragraph right after a sentence end (then only when the number
 * continues its sequence); Markdown `#`; short standalone lines without a closing mark; headings
 * fused into running text recognised by shape (fusedHeadings.ts). A section runs from its heading
 * to the next heading of the same or a higher level. Computed once per document version through
 * `sectionsOf(doc)`.
 */
import { codeClass } from './chars';
import { memo, paragraphMemo, type ReportDocument } from './document';
import { findFrontMatter, isDateLine } from './frontMatter';
import { bareMarkers } from './bareMarkers';
import { fusedHeadingsOf, type FusedShape } from './fusedHeadings';
import { readMarker, STYLE_RANK, type Marker } from './headingMarkers';
import type { Paragraph, Span } from './types';

export type HeadingKind = 'title' | 'numbered' | 'markdown' | 'standalone' | 'fused';

export interface Heading extends Span {
  kind: HeadingKind;
  /** Nesting order: smaller is higher. Title 0; 第X部分 1 … （1） 7; Markdown `#`×n is n. */
  rank: number;
  /** The heading's words, without marker or closing mark. */
  text: string;
  textStart: number;
  /** The number marker, absolute offsets (numbered headings; Markdown headings that carry one). */
  marker?: Marker;
  /** Index of the paragraph (line) the heading lives in. */
  paragraph: number;
  /** 1 for a numbered line; lower for headings recognised by shape. */
  confidence: number;
  /** The heading shares its line with running text before it or glued after it. */
  fused: boolean;
  shape?: FusedShape;
}

export interface Section {
  heading: Heading;
  /** Depth in the tree: the title is 0, its sections 1, theirs 2… */
  depth: number;
  /** From the heading's start to the next heading of the same or a higher level (absolute). */
  start: number;
  end: number;
  children: Section[];
}

export interface Outline {
  title?: Heading;
  dateline?: Span & { text: string };
  /** Every heading, in document order (the title first). */
  headings: Heading[];
  /** The top of the tree: the title's section holding everything, or the top-level sections. */
  roots: Section[];
}

/** The outline of a document version, computed once and shared by rules and editor features. */
export function sectionsOf(doc: ReportDocument): Outline {
  return memo(doc, 'sections', () => findSections(doc));
}

/** A Markdown ATX heading line: its hashes and its words. */
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MAX_RUN_IN = 40;
const MAX_STANDALONE = 30;
const SENTENCE_END = /[。！？!?]/;
const BODY_OPENER = /\d{4}年|今年|去年|过去|近年|一年来|五年来|当前|目前/;
const MARKER_START = /[第一二三四五六七八九十（(0-9]/;
const isSentenceEnd = codeClass(SENTENCE_END);
const isMarkerStart = codeClass(MARKER_START);
/** How far ahead a marker's successor is looked for (bounds the work on huge paragraphs). */
const FOLLOWER_WINDOW = 20_000;

export function findSections(doc: ReportDocument): Outline {
  const fm = findFrontMatter(doc.paragraphs);
  const headings: Heading[] = [];
  let title: Heading | undefined;
  if (fm.title) {
    title = {
      kind: 'title',
      rank: 0,
      start: fm.title.start,
      end: fm.title.end,
      text: doc.text.slice(fm.title.start, fm.title.end),
      textStart: fm.title.start,
      paragraph: 0,
      confidence: 0.9,
      fused: fm.bodyStart === 0,
    };
    headings.push(title);
  }
  const lastNumber = new Map<string, number>();
  // heading numbers that lost their 、 or brackets, where other lines continue their sequence
  const bare = bareMarkers(doc.paragraphs, fm.bodyStart);
  for (const p of doc.paragraphs) {
    if (p.index < fm.bodyStart) continue;
    const found = headingsIn(doc, p, p.index === 0 && title ? title.end - p.start : 0, lastNumber, bare.get(p.index));
    headings.push(...found);
  }
  assignUnnumberedRanks(headings);
  const dateline = fm.dateline && { ...fm.dateline, text: doc.text.slice(fm.dateline.start, fm.dateline.end) };
  return { title, dateline, headings, roots: buildTree(headings, doc.text.length) };
}

/** Headings of one paragraph: a numbered or Markdown line, a standalone line, or fused ones. */
function headingsIn(doc: ReportDocument, p: Paragraph, from: number, lastNumber: Map<string, number>, bare?: Marker): Heading[] {
  // most paragraphs hold no heading whatever their neighbours: known once per paragraph content
  // (a bare number, 二加快…, is a heading because of its neighbours: it is always looked at)
  if (from === 0 && !bare && paragraphMemo(p, 'headingFree', () => headingFree(p))) return NO_HEADINGS;
  const text = p.text;
  const lead = from + text.slice(from).match(/^[\s　]*/)![0].length;
  const out: Heading[] = [];
  const md = from === 0 ? text.slice(lead).match(MARKDOWN_HEADING) : null;
  if (md) {
    const textStart = p.start + lead + md[0].indexOf(md[2], md[1].length);
    const marker = readMarker(doc.text, textStart);
    out.push({ kind: 'markdown', rank: md[1].length, start: p.start + lead, end: textStart + md[2].length, text: md[2], textStart, marker, paragraph: p.index, confidence: 1, fused: false });
    return out;
  }
  const first = readMarker(text, lead) ?? (from === 0 ? bare : undefined);
  if (first) out.push(numbered(p, first, lead === from ? false : true, lastNumber));
  else if (from === 0 && isStandalone(doc, p)) {
    const t = text.trim();
    const s = p.start + text.indexOf(t);
    return [{ kind: 'standalone', rank: NaN, start: s, end: s + t.length, text: t, textStart: s, paragraph: p.index, confidence: 0.75, fused: false }];
  }
  // numbered headings fused into the paragraph: after a sentence end, continuing their sequence
  const markers = from === 0 ? paragraphMemo(p, 'fusedMarkers', () => fusedMarkers(p, lead)) : fusedMarkers(p, lead);
  for (const c of markers) {
    if (fusedMarkerOk(text, c.at, c.marker, c.sentenceStart, c.next, lastNumber.get(c.marker.style))) out.push(numbered(p, c.marker, true, lastNumber));
  }
  // unnumbered headings recognised by shape, where no numbered heading already is
  for (const c of fusedHeadingsOf(p)) {
    if (c.start < from) continue;
    const start = p.start + c.start;
    const end = p.start + c.end;
    if (out.some((h) => h.kind === 'numbered' && h.start < end && start < h.end + 2)) continue;
    const fused = c.start > lead || c.glued;
    out.push({ kind: 'fused', rank: NaN, start, end, text: text.slice(c.start, c.end), textStart: start, paragraph: p.index, confidence: c.confidence, fused, shape: c.shape });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Returned for a paragraph without headings; never mutated. */
const NO_HEADINGS: Heading[] = [];

/**
 * Whether `headingsIn(doc, p, 0, …)` finds nothing in the paragraph whatever the document around
 * it (a bare number aside): no Markdown heading, no marker at its start, not shaped like a
 * standalone heading (the part of `isStandalone` that reads the paragraph alone), no marker or
 * heading shape fused into it. Such a paragraph leaves the numbering (`lastNumber`) alone too.
 */
function headingFree(p: Paragraph): boolean {
  const text = p.text;
  const lead = text.match(/^[\s　]*/)![0].length;
  if (MARKDOWN_HEADING.test(text.slice(lead))) return false;
  if (readMarker(text, lead) || standaloneShape(text.trim())) return false;
  if (paragraphMemo(p, 'fusedMarkers', () => fusedMarkers(p, lead)).length) return false;
  return fusedHeadingsOf(p).length === 0;
}

/** A marker inside a paragraph that may head a fused section, with what decides it there. */
interface FusedMarker {
  at: number;
  marker: Marker;
  /** Where the sentence holding the marker starts. */
  sentenceStart: number;
  /** Whether the same style's next number follows later, right after a sentence end. */
  next: boolean;
}

/**
 * The markers inside a paragraph (from `lead` on) that may head a fused section: what depends on
 * the paragraph alone, so that it is computed once per paragraph content, not once per version
 * (only the sequence check, which needs the numbers seen before, is left to each version).
 */
function fusedMarkers(p: Paragraph, lead: number): FusedMarker[] {
  const text = p.text;
  const out: FusedMarker[] = [];
  let sentenceStart = 0;
  let index: MarkerIndex | undefined;
  for (let i = Math.max(lead, 1); i < text.length; i++) {
    if (isSentenceEnd(text.charCodeAt(i - 1))) sentenceStart = i;
    if (!isMarkerStart(text.charCodeAt(i))) continue;
    const m = readMarker(text, i);
    if (!m || m.malformed) continue;
    // a marker starts a word: 统一、一开放 is a word and an enumeration, not 一、
    if (inWord(p, i)) continue;
    index ??= indexMarkers(text);
    out.push({ at: i, marker: m, sentenceStart, next: hasFollower(index, i, m) });
  }
  return out;
}

/**
 * Whether a marker inside a paragraph heads a fused section rather than enumerating inside a
 * sentence. It must follow a sentence end (。！？, or ： before a first item), or a short
 * unpunctuated stretch (a heading line fused before it: …七项重点工作（一）…); and its number must
 * continue the sequence, or be followed later by the next number after a sentence end (so that a
 * missed first item does not lose the whole sequence).
 */
function fusedMarkerOk(text: string, i: number, m: Marker, sentenceStart: number, next: boolean, last: number | undefined): boolean {
  const before = text[i - 1];
  if (SENTENCE_END.test(before)) return m.number === 1 || last === m.number - 1 || next;
  if (/[：:]/.test(before)) return m.number === 1 && next;
  if (/[\u4e00-\u9fff”》）]/.test(before) && i - sentenceStart <= MAX_STANDALONE) return m.number === 1 && next;
  return false;
}

function inWord(p: Paragraph, i: number): boolean {
  let lo = 0;
  let hi = p.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = p.tokens[mid];
    if (t.end <= i) lo = mid + 1;
    else if (t.start > i) hi = mid - 1;
    else return t.start < i;
  }
  return false;
}

/** Where each marker (style and number) stands right after a sentence end, per paragraph text. */
type MarkerIndex = Map<string, number[]>;

function indexMarkers(text: string): MarkerIndex {
  const index: MarkerIndex = new Map();
  for (let i = 1; i < text.length; i++) {
    if (!isSentenceEnd(text.charCodeAt(i - 1)) || !isMarkerStart(text.charCodeAt(i))) continue;
    const m = readMarker(text, i);
    if (!m) continue;
    const key = `${m.style}:${m.number}`;
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  }
  return index;
}

/** The same style's next number appears later in the paragraph right after a sentence end. */
function hasFollower(index: MarkerIndex, i: number, m: Marker): boolean {
  const list = index.get(`${m.style}:${m.number + 1}`);
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] - i <= FOLLOWER_WINDOW;
}

function numbered(p: Paragraph, m: Marker, fused: boolean, lastNumber: Map<string, number>): Heading {
  lastNumber.set(m.style, m.number);
  // a higher level restarts the numbering below it
  for (const [style] of lastNumber) if (STYLE_RANK[style as Marker['style']] > STYLE_RANK[m.style]) lastNumber.delete(style);
  const text = p.text;
  let textStart = m.end;
  while (textStart < text.length && /[\s　]/.test(text[textStart])) textStart++;
  const end = headingEnd(text, textStart, fused, m.style);
  return {
    kind: 'numbered',
    rank: STYLE_RANK[m.style],
    start: p.start + m.start,
    end: p.start + end,
    text: text.slice(textStart, end),
    textStart: p.start + textStart,
    marker: { ...m, start: p.start + m.start, end: p.start + m.end },
    paragraph: p.index,
    confidence: fused ? 0.8 : 1,
    fused: fused && (m.start > 0 || end < text.trimEnd().length),
  };
}

/**
 * Where a numbered heading's words end: at the first sentence end (a run-in heading, `（一）…步伐。`
 * followed by its body), else at the line end. Fused into a paragraph, a heading with no close
 * mark soon after is glued to its body: it is cut before the next marker, a time word that opens
 * the body (`2025年是…`, `过去一年…`), else at the sentence end or its first comma.
 */
function headingEnd(text: string, textStart: number, fused: boolean, style: Marker['style']): number {
  let e = textStart;
  while (e < text.length && !isSentenceEnd(text.charCodeAt(e))) e++;
  if (!fused) return e === text.length ? text.trimEnd().length : e;
  const window = text.slice(textStart, Math.min(e, textStart + MAX_RUN_IN));
  for (let i = 2; i < window.length; i++) {
    if (readMarker(window, i) && /[^\d]/.test(window[i - 1])) return textStart + i;
  }
  // the body of a report section typically opens on a time: 2025年是…, 过去一年…, 今年要…; not
  // one the heading itself governs (“十四五”时期和2025年工作回顾, 面向2030年…)
  for (const m of window.slice(4).matchAll(new RegExp(BODY_OPENER, 'g'))) {
    const at = 4 + m.index!;
    if (!/[和与及的在至到向对从年]/.test(window[at - 1]) && !/面向$/.test(window.slice(0, at))) return textStart + at;
  }
  // numbered items (1. …) run to their first full stop, however long
  if (e - textStart <= MAX_RUN_IN || (style !== 'cn-dun' && style !== 'cn-paren' && e < text.length)) return e;
  const comma = window.search(/[，；]/);
  const cut = comma >= 0 && comma <= 30 ? comma : Math.min(window.length, 20);
  return textStart + cut;
}

/** A short line with no closing mark between body lines: 2026年自治区民生实事. */
function isStandalone(doc: ReportDocument, p: Paragraph): boolean {
  const t = p.text.trim();
  if (!standaloneShape(t)) return false;
  const next = doc.paragraphs[p.index + 1]?.text.trim();
  // a heading is followed by its body; a signature (乡村振兴调研组) by a date or nothing
  if (!next || isDateLine(next)) return false;
  return /[。！？]$/.test(next) || next.length >= 2 * t.length || !!readMarker(next);
}

/** What `isStandalone` asks of the paragraph's own (trimmed) text. */
function standaloneShape(t: string): boolean {
  if (t.length < 2 || t.length > MAX_STANDALONE) return false;
  if (!/[\u4e00-\u9fff]/.test(t) || /[。！？；：，、,.;:!?…—]$/.test(t)) return false;
  if (isDateLine(t) || /^[\d\s:：/.-]+$/.test(t)) return false;
  // Markdown list items, quotes, tables and fences are not headings
  return !/^([-*+>|`~]|\d+[.)]\s)/.test(t);
}

/**
 * Unnumbered headings take the level of the top numbered level when nothing numbered precedes
 * them (甘肃's “十四五”时期工作回顾 stands for 一、), else they sit just inside the last numbered
 * heading. In a document without numbers they are all top-level.
 */
function assignUnnumberedRanks(headings: Heading[]): void {
  const numberedRanks = headings.filter((h) => h.kind === 'numbered' || h.kind === 'markdown').map((h) => h.rank);
  const top = numberedRanks.length ? Math.min(...numberedRanks) : 4;
  let last: Heading | undefined;
  for (const h of headings) {
    if (h.kind === 'numbered' || h.kind === 'markdown') last = h;
    else if (Number.isNaN(h.rank)) h.rank = last ? last.rank + 0.5 : top;
  }
}

/** Nests headings by rank; each section ends where the next heading of its rank or higher starts. */
export function buildTree(headings: readonly Heading[], textLength: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1].heading.rank >= h.rank) stack.pop()!.end = h.start;
    const parent = stack[stack.length - 1];
    const s: Section = { heading: h, depth: stack.length, start: h.start, end: textLength, children: [] };
    (parent ? parent.children : roots).push(s);
    stack.push(s);
  }
  return roots;
}

/** The innermost section containing an offset, with its ancestors (outermost first). */
export function sectionPathAt(outline: Outline, offset: number): Section[] {
  const path: Section[] = [];
  let level: readonly Section[] = outline.roots;
  for (;;) {
    const s = level.find((x) => x.start <= offset && offset < x.end);
    if (!s) return path;
    path.push(s);
    level = s.children;
  }
}
