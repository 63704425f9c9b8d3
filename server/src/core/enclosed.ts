/**
 * What is already marked: spans enclosed in paired marks (“” ‘’ 《》 〈〉 「」 『』 （）) and the
 * mark-free clauses between punctuation. Rules that restore missing marks use them so that they
 * never propose a mark where the writer already put one.
 */
import type { Span } from './types';

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '（': '）', '(': ')' };

/** Any punctuation or space: a clause boundary. */
export const MARK = /[\s，。、；：？！…—·“”‘’《》〈〉（）【】「」『』,.;:?!()[\]"'<>/|～~]/;

/** Spans [open, close + 1) of paired marks; an unclosed opener runs to the end of the text. */
export function enclosedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch in OPEN) stack.push({ close: OPEN[ch], at: i });
    else {
      const k = findLast(stack, ch);
      if (k >= 0) {
        spans.push({ start: stack[k].at, end: i + 1 });
        stack.length = k;
      }
    }
  }
  for (const s of stack) spans.push({ start: s.at, end: text.length });
  return spans;
}

function findLast(stack: Array<{ close: string }>, ch: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].close === ch) return i;
  return -1;
}

/** Whether [start, end) lies inside or overlaps a marked span of one of the given marks. */
export function isMarked(text: string, spans: readonly Span[], start: number, end: number, opens = '“‘《〈「『'): boolean {
  return spans.some((s) => opens.includes(text[s.start]) && s.start < end && start < s.end);
}

/** Mark-free stretches of the text (clauses and phrases between any two marks). */
export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || MARK.test(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
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

/** Longest entry of `words` that starts at `i` in `text` (words need not be sorted). */
export function longestAt(text: string, i: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if ((!best || w.length > best.length) && text.startsWith(w, i)) best = w;
  return best;
}

/** Longest entry of `words` that ends at `i` in `text`. */
export function longestEndingAt(text: string, i: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if ((!best || w.length > best.length) && i - w.length >= 0 && text.startsWith(w, i - w.length)) best = w;
  return best;
}
