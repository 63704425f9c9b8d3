/**
 * The linear span helpers against the quadratic code they replaced, on random inputs: the same
 * answers, so the rules that use them find exactly what they found before.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/lib/stats';
import { keepDisjoint } from '../../server/src/core/disjoint';
import { firstTokenEndingAfter, tokenCovering, tokenEndingAt, tokenStartingAt } from '../../server/src/core/tokenLookup';
import type { Span, Token } from '../../server/src/core/types';

describe('keepDisjoint', () => {
  it('keeps what checking every kept span would keep, empty spans and shared end points included', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const spans: Span[] = Array.from({ length: Math.floor(r() * 60) }, () => {
        const start = Math.floor(r() * 80);
        return { start, end: start + Math.floor(r() * 6) };
      });
      const naive: Span[] = [];
      for (const t of spans) if (!naive.some((k) => k.start < t.end && t.start < k.end)) naive.push(t);
      expect(keepDisjoint(spans), `seed ${seed}`).toEqual(naive);
    }
  });
});

describe('token lookups', () => {
  it('find the token covering, starting or ending at an offset as a scan of every token would, with gaps between tokens', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const tokens: Token[] = [];
      let at = 0;
      while (tokens.length < 40) {
        if (r() < 0.1) at += 1; // a word the segmenter altered leaves a gap
        const len = 1 + Math.floor(r() * 4);
        tokens.push({ start: at, end: at + len, text: 'x'.repeat(len), tag: 'n' });
        at += len;
      }
      for (let i = -1; i <= at + 1; i++) {
        expect(tokenCovering(tokens, i)).toBe(tokens.find((t) => t.start <= i && i < t.end));
        expect(tokenStartingAt(tokens, i)).toBe(tokens.find((t) => t.start === i));
        expect(tokenEndingAt(tokens, i)).toBe(tokens.find((t) => t.end === i));
        const first = tokens.findIndex((t) => t.end > i);
        expect(firstTokenEndingAfter(tokens, i)).toBe(first < 0 ? tokens.length : first);
      }
    }
  });
});
