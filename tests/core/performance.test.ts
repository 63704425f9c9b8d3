/**
 * The speed work must not change a result: each optimised scan is checked against the plain
 * version it replaced, on random text made of the characters that matter to it (marks, CJK,
 * an astral emoji, CR/LF).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { clauses, enclosedSpans, longestAt, longestEndingAt, MARK } from '../../server/src/core/enclosed';
import { documentEntities } from '../../server/src/core/entities';
import { sectionsOf } from '../../server/src/core/sections';
import { sharedJieba } from '../../server/src/core/segmenter';
import type { Span } from '../../server/src/core/types';

/** The plain scans the indexed versions replaced. */
function plainLongestAt(text: string, i: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if ((!best || w.length > best.length) && text.startsWith(w, i)) best = w;
  return best;
}
function plainLongestEndingAt(text: string, i: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if ((!best || w.length > best.length) && i - w.length >= 0 && text.startsWith(w, i - w.length)) best = w;
  return best;
}
const OPEN: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '（': '）', '(': ')' };
function plainEnclosedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch in OPEN) stack.push({ close: OPEN[ch], at: i });
    else {
      let k = -1;
      for (let j = stack.length - 1; j >= 0; j--) if (stack[j].close === ch) (k = j), (j = -1);
      if (k >= 0) {
        spans.push({ start: stack[k].at, end: i + 1 });
        stack.length = k;
      }
    }
  }
  for (const s of stack) spans.push({ start: s.at, end: text.length });
  return spans;
}
function plainClauses(text: string): Span[] {
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

const ALPHABET = ['大', '庆', '日', '报', '人', '民', '“', '”', '《', '》', '（', '）', '(', ')', '，', '。', '、', ' ', '😀', '\r', '\n', 'a', '‘', '’', '「', '」', '：'];
function randomTexts(count: number): string[] {
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 20) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join(''));
}
const LISTS = [
  ['大庆', '大庆日报', '人民日报', '日报', '报', '大', 'x'],
  ['', '大', '大庆'],
  ['人民', '民日', '日报', '大庆日报', '庆日报', '庆日'],
  ['😀', '😀大'],
];

describe('indexed word-list scans', () => {
  it('finds the same longest word starting or ending at every offset as a scan of the whole list', () => {
    let checked = 0;
    for (const text of randomTexts(800)) {
      for (const words of LISTS) {
        for (let i = -1; i <= text.length + 1; i++) {
          expect(longestAt(text, i, words)).toBe(plainLongestAt(text, i, words));
          expect(longestEndingAt(text, i, words)).toBe(plainLongestEndingAt(text, i, words));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30_000);
  });

  it('prefers the first of equally long words, as the list order says', () => {
    expect(longestAt('人民日报', 0, ['人民', '人我', '人民日报', '人民日报'])).toBe('人民日报');
    expect(longestEndingAt('新华社', 3, ['华社', '新华社'])).toBe('新华社');
    expect(longestAt('日报社', 0, ['新华社'])).toBeUndefined();
  });

  it('sees a word added to a list after its first use', () => {
    const words = ['大庆'];
    expect(longestAt('大庆日报', 0, words)).toBe('大庆');
    words.push('大庆日报');
    expect(longestAt('大庆日报', 0, words)).toBe('大庆日报');
  });
});

describe('mark scans on char codes', () => {
  it('finds the same enclosed spans and clauses as the scans on one-character strings', () => {
    for (const text of randomTexts(3000)) {
      expect(enclosedSpans(text)).toEqual(plainEnclosedSpans(text));
      expect(clauses(text)).toEqual(plainClauses(text));
    }
  });
});

describe('per-paragraph caches across versions', () => {
  const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');
  /** Edited versions of the seed: a character added, a sentence with a name, a heading marker. */
  const versions = [seed, seed.replace('大庆', '大庆市'), seed.replace('。', '。记者王建国介绍，大庆炼化公司扩建。'), seed.replace('。', '。一、总体要求。')];

  it('gives every edited version the outline and entities a fresh, uncached analysis gives', () => {
    const warm = new ParagraphAnalyzer(sharedJieba());
    for (const text of versions) {
      const cached = buildDocument(text, warm);
      const fresh = buildDocument(text, new ParagraphAnalyzer(sharedJieba()));
      expect(sectionsOf(cached)).toEqual(sectionsOf(fresh));
      const a = documentEntities(cached);
      const b = documentEntities(fresh);
      expect(a.mentions).toEqual(b.mentions);
      expect(a.entities).toEqual(b.entities);
      expect(a.mentions.length).toBeGreaterThan(10);
    }
  });
});
