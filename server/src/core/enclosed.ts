/**
 * What is already marked: spans enclosed in paired marks (“” ‘’ 《》 〈〉 「」 『』 （）, and straight
 * "" paired in turn) and the mark-free clauses between punctuation. Rules that restore missing
 * marks use them so that they never propose a mark where the writer already put one.
 */
import type { Span } from './types';

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '（': '）', '(': ')' };

/** Any punctuation or space: a clause boundary. */
export const MARK = /[\s，。、；：？！…—·“”‘’《》〈〉（）【】「」『』,.;:?!()[\]"'<>/|～~]/;

/** Spans [open, close + 1) of paired marks; an unclosed opener runs to the end of the text. */
export function enclosedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ close: number; at: number }> = [];
  // straight quotes ("…", ＂…＂) pair in turn; one left open marks nothing
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0xff02) {
      if (straight >= 0 && text.charCodeAt(straight) === c) {
        spans.push({ start: straight, end: i + 1 });
        straight = -1;
      } else straight = i;
      continue;
    }
    // char codes, not one-character strings: this runs over every character of every paragraph
    if (c < PAIR_MIN || c > PAIR_MAX || !IS_PAIR_MARK[c - PAIR_MIN]) continue;
    const close = CLOSE_OF.get(c);
    if (close !== undefined) stack.push({ close, at: i });
    else {
      const k = findLast(stack, c);
      if (k >= 0) {
        spans.push({ start: stack[k].at, end: i + 1 });
        stack.length = k;
      }
    }
  }
  for (const s of stack) spans.push({ start: s.at, end: text.length });
  return spans;
}

/** Opening mark → closing mark, as char codes; and a lookup table of every opener and closer. */
const CLOSE_OF = new Map(Object.entries(OPEN).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const PAIR_CODES = Object.entries(OPEN).flatMap(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]);
const PAIR_MIN = Math.min(...PAIR_CODES);
const PAIR_MAX = Math.max(...PAIR_CODES);
const IS_PAIR_MARK = new Uint8Array(PAIR_MAX - PAIR_MIN + 1);
for (const c of PAIR_CODES) IS_PAIR_MARK[c - PAIR_MIN] = 1;

function findLast(stack: Array<{ close: number }>, c: number): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].close === c) return i;
  return -1;
}

/** Whether [start, end) lies inside or overlaps a marked span of one of the given marks. */
export function isMarked(text: string, spans: readonly Span[], start: number, end: number, opens = '“‘《〈「『"＂'): boolean {
  return spans.some((s) => opens.includes(text[s.start]) && s.start < end && start < s.end);
}

/** Mark-free stretches of the text (clauses and phrases between any two marks). */
export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isMarkCode(text.charCodeAt(i))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** `MARK` as a test on a UTF-16 code unit, cached per code (no one-character strings made). */
const markCodes = new Int8Array(0x10000); // 0 unknown, 1 mark, -1 not a mark
export function isMarkCode(c: number): boolean {
  let v = markCodes[c];
  if (v === 0) markCodes[c] = v = MARK.test(String.fromCharCode(c)) ? 1 : -1;
  return v === 1;
}

/** Offsets at which a token starts or ends: places a mark may go without cutting a word. */
export function tokenBoundaries(tokens: readonly Span[]): Set<number> {
  const b = new Set<number>();
  for (const t of tokens) {
    b.add(t.start);
    b.add(t.end);
  }
  return b;
}

/**
 * `tokenBoundaries` as a table: 1 at every offset where a token starts or ends, read up to the
 * paragraph's length. One buffer serves every paragraph (typed arrays of more than a few dozen
 * bytes are allocated outside the heap, slowly), so a table is valid until the same instance's
 * next call: each scan keeps an instance of its own.
 */
export class BoundaryTable {
  private scratch = new Uint8Array(4096);

  of(length: number, tokens: readonly Span[]): Uint8Array {
    if (this.scratch.length < length + 1) this.scratch = new Uint8Array(Math.max(length + 1, 2 * this.scratch.length));
    const b = this.scratch;
    b.fill(0, 0, length + 1);
    for (const t of tokens) b[t.start] = b[t.end] = 1;
    return b;
  }
}

/**
 * Word lists indexed by the code unit a word starts (or ends) with, longest first and in list
 * order among equals: a lookup per position instead of a scan of the whole list. Built once per
 * list (lists are data constants); rebuilt if a list's length changes.
 */
interface WordIndex {
  length: number;
  byCode: Map<number, string[]>;
  /** 1 for the codes byCode has: most positions are told there is no word without a Map lookup. */
  codes: Uint8Array;
  hasEmpty: boolean;
}
const startIndexes = new WeakMap<readonly string[], WordIndex>();
const endIndexes = new WeakMap<readonly string[], WordIndex>();

function indexOf(words: readonly string[], cache: WeakMap<readonly string[], WordIndex>, atEnd: boolean): WordIndex {
  let ix = cache.get(words);
  if (ix && ix.length === words.length) return ix;
  const byCode = new Map<number, string[]>();
  const codes = new Uint8Array(0x10000);
  let hasEmpty = false;
  for (const w of words) {
    if (!w) {
      hasEmpty = true;
      continue;
    }
    const c = w.charCodeAt(atEnd ? w.length - 1 : 0);
    codes[c] = 1;
    const list = byCode.get(c);
    if (list) list.push(w);
    else byCode.set(c, [w]);
  }
  // stable sort: among equally long words the first in the list wins, as in a plain scan
  for (const list of byCode.values()) list.sort((a, b) => b.length - a.length);
  ix = { length: words.length, byCode, codes, hasEmpty };
  cache.set(words, ix);
  return ix;
}

/** Longest entry of `words` that starts at `i` in `text` (words need not be sorted). */
export function longestAt(text: string, i: number, words: readonly string[]): string | undefined {
  const ix = indexOf(words, startIndexes, false);
  const c = text.charCodeAt(Math.max(0, i)); // startsWith clamps a negative i to 0
  const list = ix.codes[c] ? ix.byCode.get(c) : undefined;
  if (list) for (const w of list) if (text.startsWith(w, i)) return w;
  return ix.hasEmpty ? '' : undefined;
}

/** Longest entry of `words` that ends at `i` in `text`. */
export function longestEndingAt(text: string, i: number, words: readonly string[]): string | undefined {
  const ix = indexOf(words, endIndexes, true);
  const c = i >= 1 ? text.charCodeAt(i - 1) : NaN;
  const list = i >= 1 && ix.codes[c] ? ix.byCode.get(c) : undefined;
  if (list) for (const w of list) if (i - w.length >= 0 && text.startsWith(w, i - w.length)) return w;
  return ix.hasEmpty && i >= 0 ? '' : undefined;
}
