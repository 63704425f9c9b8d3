/**
 * Token lookups by position, by binary search over a paragraph's tokens (sorted, disjoint; a word
 * the segmenter altered may leave a gap). A rule that asks "which word starts here?" for each of
 * its candidates with `tokens.find` is quadratic on a long paragraph; these are logarithmic and
 * allocate nothing.
 */
import type { Token } from './types';

/** The token whose span holds code unit `i` (start ≤ i < end). */
export function tokenCovering(tokens: readonly Token[], i: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end <= i) lo = mid + 1;
    else if (t.start > i) hi = mid - 1;
    else return t;
  }
  return undefined;
}

/** The token that starts at `i`. */
export function tokenStartingAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokenCovering(tokens, i);
  return t && t.start === i ? t : undefined;
}

/** The token that ends at `i`. */
export function tokenEndingAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = i > 0 ? tokenCovering(tokens, i - 1) : undefined;
  return t && t.end === i ? t : undefined;
}

/** The index of the first token that ends after `i` (tokens.length if none): where a scan from `i` starts. */
export function firstTokenEndingAfter(tokens: readonly Token[], i: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
