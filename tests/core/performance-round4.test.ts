/**
 * Speed work, round 4: the table-driven scans must give what the plain ones gave, on random text
 * made of the characters that matter (marks, closers, spaces, CJK, an astral emoji, CR/LF).
 */
import { describe, expect, it } from 'vitest';
import { alignTokens } from '../../server/src/core/segmenter';
import { segmentSentences } from '../../server/src/core/sentences';
import { TermLexicon } from '../../server/src/core/slogans';
import type { Sentence } from '../../server/src/core/types';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
function randomText(next: () => number, alphabet: string[], length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** The sentence splitter as it was: Sets of one-character strings. */
const TERMINAL = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】']);
function plainSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (TERMINAL.has(text[i])) {
      let end = i + 1;
      while (end < text.length && (TERMINAL.has(text[end]) || CLOSERS.has(text[end]))) end++;
      push(start, end);
      start = end;
      i = end;
    } else i++;
  }
  push(start, text.length);
  return out;
}

function plainOccurrences(text: string, words: readonly string[]): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < text.length; i++) for (const w of words) if (w && text.startsWith(w, i)) out.push([i, w]);
  return out;
}

describe('round 4 scans give the plain results', () => {
  it('splits sentences as the Set-based splitter did', () => {
    const next = random(41);
    const alphabet = ['。', '！', '？', '!', '?', '；', ';', '…', '”', '’', '」', '』', '）', ')', '》', '】', '，', '字', '词', ' ', '\u3000', '\t', '\r', '\n', '😀', '𠀀'];
    for (let n = 0; n < 3000; n++) {
      const text = randomText(next, alphabet, Math.floor(next() * 30));
      expect(segmentSentences(text), JSON.stringify(text)).toEqual(plainSentences(text));
    }
  });

  it('finds lexicon words that share first and second units, one-unit words and words at the end', () => {
    const next = random(43);
    const words = ['一网通办', '一网统管', '一网', '一', '网通', '通办', '一网通办事', '😀一', '办', '统管一'];
    const alphabet = ['一', '网', '通', '办', '统', '管', '事', '，', '😀', '\r\n'];
    const lexicon = new TermLexicon(words);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(next, alphabet, Math.floor(next() * 24));
      const found = lexicon.occurrences(text).map((o): [number, string] => [o.start, o.word]);
      expect(found, JSON.stringify(text)).toEqual(plainOccurrences(text, words));
    }
  });

  it('gives every token its own word and tag through the interning cache, past its 16k slots', () => {
    const next = random(47);
    const units = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信'];
    const words: string[] = [];
    for (let k = 0; k < 40_000; k++) words.push(randomText(next, units, 1 + Math.floor(next() * 4)) + (k % 7 === 0 ? '😀' : ''));
    const text = words.join('');
    const tagged = words.map((w, k) => ({ word: w, tag: ['n', 'v', 'ns', 'x'][k % 4] }));
    const tokens = alignTokens(text, tagged);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.tag)).toEqual(tagged.map((w) => w.tag));
    let at = 0;
    for (const t of tokens) {
      expect(t.start).toBe(at);
      at = t.end;
    }
    // a second pass meets the same words in the cache and gives them again
    expect(alignTokens(text, tagged.map((w) => ({ ...w }))).map((t) => t.text)).toEqual(words);
  });
});
