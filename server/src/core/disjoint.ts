/**
 * Overlap resolution shared by the rules that collect candidate spans and keep the best of
 * overlapping ones. Checking each candidate against every span kept so far is quadratic, and a
 * long paragraph of repeated items (a table of figures pasted as one line, a list of outlets)
 * has thousands of candidates; a map of the code units taken makes it linear in their lengths.
 */
import type { Span } from './types';

/**
 * Keeps, in the given order, each span that overlaps none kept before it (spans sharing only an
 * end point do not overlap; an empty span is dropped only when strictly inside a kept one).
 * Returns the kept spans in the given order.
 */
export function keepDisjoint<T extends Span>(ordered: readonly T[]): T[] {
  const kept: T[] = [];
  if (ordered.length <= 16) {
    // few candidates, as in most paragraphs: no map to allocate
    for (const t of ordered) if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
    return kept;
  }
  let length = 0;
  for (const t of ordered) if (t.end > length) length = t.end;
  // owner[i] = 1 + index in `kept` of the span holding code unit i, 0 when free
  const owner = new Int32Array(length + 1);
  // a kept empty span at i still excludes a later span that strictly contains i
  let emptyAt: Uint8Array | undefined;
  for (const t of ordered) {
    if (t.end <= t.start) {
      const before = t.start > 0 ? owner[t.start - 1] : 0;
      if (before !== 0 && before === owner[t.start]) continue;
      (emptyAt ??= new Uint8Array(length + 1))[t.start] = 1;
    } else {
      let free = true;
      for (let i = t.start; i < t.end; i++) {
        if (owner[i] !== 0 || (emptyAt !== undefined && i > t.start && emptyAt[i] === 1)) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      const id = kept.length + 1;
      for (let i = t.start; i < t.end; i++) owner[i] = id;
    }
    kept.push(t);
  }
  return kept;
}
