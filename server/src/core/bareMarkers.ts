/**
 * Heading numbers that lost their mark (一、 → 一, （一） → 一), as text does when a converter
 * strips every mark but ，and 。 and keeps the lines: `二特色产业加快发展。全县…`. A line opening
 * with a bare Chinese numeral is a heading only with evidence of a sequence: another such line
 * carries the next number after it or the previous one before it, at the same shape. The shape
 * tells the level the mark most likely had: a line that is only the heading was a `一、` line, a
 * run-in heading followed by its body on the same line a `（一）` one (the gov report habit).
 */
import { parseChineseNumeral, readMarker, type Marker, type MarkerStyle } from './headingMarkers';
import { paragraphMemo } from './document';
import type { Paragraph } from './types';
import { tokenCovering } from './tokenLookup';

const BARE = /^([一二三四五六七八九十]{1,2})(?=[\u4e00-\u9fff“《]|\d{4}年)/;
/** What a numeral opening a line makes with the next character when it counts or enumerates. */
const NOT_HEADINGS = /^[一二三四五六七八九十]{1,2}(?:是|要|则|来|些|起|直|定|般|旦|致|样|切|同|道|并|方面|批|年|月|天|次|个|项|条|种|名|位|家|户|类|大|等|级|期|届|轮|季|线)/;
/** A heading's words up to its first sentence end or the line end: no longer than this, and no
 * comma, unless a marked heading of the sequence stands beside it (MAX_BESIDE_MARKED). */
const MAX_HEADING = 30;
const MAX_BESIDE_MARKED = 40;

interface Entry {
  paragraph: number;
  number: number;
  /** The line is only the heading (false) or the heading runs into its body (true). */
  runIn: boolean;
  /** Set for a bare number; a marked one (二、, （二）) is evidence with a known style. */
  bare?: Marker;
  /** A bare number's words read as a heading only beside a marked one (long, or with a comma). */
  needsMarked?: boolean;
  style: MarkerStyle;
}

/** 一 … 十九: the numbers a bare heading number may carry (二十年, 三十万 open other things). */
function valueOf(numeral: string): number | undefined {
  return /^(?:十?[一二三四五六七八九]|十)$/.test(numeral) ? parseChineseNumeral(numeral) : undefined;
}

/** Whether the heading at `from` runs into its body on the same line. */
function runsIn(text: string, from: number): boolean {
  const end = text.slice(from).search(/[。！？]/);
  return end >= 0 && text.slice(from + end + 1).trim().length > 0;
}

/** The line's heading number: marked (一、, （一）) or bare (一), if it may be one. */
function entryAt(p: Paragraph): Omit<Entry, 'paragraph'> | null {
  const text = p.text;
  const lead = text.length - text.trimStart().length;
  const marked = readMarker(text, lead);
  if (marked) {
    if (marked.style !== 'cn-dun' && marked.style !== 'cn-paren') return null;
    return { number: marked.number, runIn: runsIn(text, marked.end), style: marked.style };
  }
  const m = text.slice(lead, lead + 8).match(BARE);
  if (!m || NOT_HEADINGS.test(text.slice(lead, lead + 4))) return null;
  const n = valueOf(m[1]);
  if (!n) return null;
  // the numeral must stand as a word of its own (一流, 三农, 十分 are words)
  const tok = tokenCovering(p.tokens, lead);
  // (jieba glues a numeral to the digits after it: 一2025 is the number and a year)
  if (tok && (tok.start !== lead || tok.end !== lead + m[1].length) && !/^[一二三四五六七八九十]+\d/.test(tok.text)) return null;
  const body = text.slice(lead + m[1].length);
  const end = body.search(/[。！？]/);
  const words = end < 0 ? body.trimEnd() : body.slice(0, end);
  if (words.length < 2 || words.length > MAX_BESIDE_MARKED) return null;
  const needsMarked = words.length > MAX_HEADING || /[，,；;]/.test(words);
  const runIn = runsIn(text, lead + m[1].length);
  // the level the shape suggests when the document says nothing: a line that is only the
  // heading was a 一、 line, a run-in heading a （一） one (the gov report habit)
  const style: MarkerStyle = runIn ? 'cn-paren' : 'cn-dun';
  return { number: n, runIn, style, needsMarked, bare: { style, number: n, text: m[1], start: lead, end: lead + m[1].length } };
}

/**
 * Paragraphs (by index) whose line opens with a heading number that lost its mark, with that
 * marker (offsets relative to the paragraph). The number must continue a sequence: a line before
 * it carries the previous number, or one after it the next, marked or bare. The level is that of
 * the nearest such line built the same way (run-in or alone), else the shape's guess.
 */
export function bareMarkers(paragraphs: readonly Paragraph[], from = 0): Map<number, Marker> {
  const entries: Entry[] = [];
  for (const p of paragraphs) {
    if (p.index < from) continue;
    // what a line holds depends on its text alone: kept with the paragraph between versions
    const e = paragraphMemo(p, 'bareMarkerEntry', () => entryAt(p));
    if (e) entries.push({ ...e, paragraph: p.index });
  }
  const out = new Map<number, Marker>();
  entries.forEach((e, i) => {
    if (!e.bare) return;
    const before = entries.slice(Math.max(0, i - 40), i).reverse().filter((d) => d.number === e.number - 1);
    const after = entries.slice(i + 1, i + 41).filter((d) => d.number === e.number + 1);
    if (!before.length && !after.length) return;
    if (e.needsMarked && ![...before, ...after].some((d) => !d.bare)) return;
    // the document's own habit: the nearest neighbour in the sequence built the same way
    const like = [...before, ...after].filter((d) => d.runIn === e.runIn);
    const marked = like.find((d) => !d.bare) ?? like[0];
    const style = marked ? marked.style : e.style;
    const canonical = style === 'cn-dun' ? `${e.bare.text}、` : `（${e.bare.text}）`;
    out.set(e.paragraph, { ...e.bare, style, malformed: { canonical, why: 'missingMark' } });
  });
  return out;
}
