/** Converts the core outline to the shapes the symbols, folding and outline adapters send. */
import type { LineIndex } from '../core/lineIndex';
import type { Heading, Section } from '../core/sections';
import type { Finding } from '../core/types';
import type { OutlineNode } from '../protocol';
import { toRange } from './convert';

const MAX_LABEL = 40;

/** The heading as written (marker included), on one line and shortened. */
export function headingLabel(text: string, h: Heading): string {
  const raw = text.slice(h.kind === 'markdown' ? h.textStart : h.start, h.end).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_LABEL ? raw.slice(0, MAX_LABEL - 1) + '…' : raw || '（空标题）';
}

/** The section's range without the line breaks and blank lines before the next heading. */
export function trimmedEnd(text: string, s: Section): number {
  let end = s.end;
  while (end > s.heading.end && /\s/.test(text[end - 1])) end--;
  return end;
}

export function toOutlineNodes(text: string, lines: LineIndex, roots: readonly Section[], findings: readonly Finding[]): OutlineNode[] {
  const starts = findings.map((f) => f.start).sort((a, b) => a - b);
  const countIn = (from: number, to: number) => lowerBound(starts, to) - lowerBound(starts, from);
  const convert = (s: Section): OutlineNode => ({
    label: headingLabel(text, s.heading),
    kind: s.heading.kind,
    depth: s.depth,
    confidence: Math.round(s.heading.confidence * 100) / 100,
    fused: s.heading.fused,
    range: toRange(lines, { start: s.start, end: trimmedEnd(text, s) }),
    selectionRange: toRange(lines, s.heading),
    problems: countIn(s.start, s.end),
    children: s.children.map(convert),
  });
  return roots.map(convert);
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
