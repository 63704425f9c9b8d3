/**
 * Speed work, round 2: each faster scan must give what the plain one gave (random text made of
 * the characters that matter: marks, closers, CJK, an astral emoji, CR/LF), and the quotation
 * rule's per-paragraph memo must give on edited versions exactly what a fresh linter gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/core/lineIndex';
import { quotedTerms, TermLexicon } from '../../server/src/core/slogans';
import { defaultConfig } from '../../server/src/core/types';
import { Linter } from '../../server/src/linter';
import { endsWell } from '../../server/src/rules/punctuation-terminal';
import { testLinter } from '../helpers';

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

/** The scans the faster versions replaced. */
const ENDS_WELL = /(?:[。！？…；：.!?;:]|——)[”’」』）)》〉】\]]*$/;
function plainLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
function plainOccurrences(text: string, words: readonly string[]): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < text.length; i++) for (const w of words) if (w && text.startsWith(w, i)) out.push([i, w]);
  return out;
}

describe('faster scans give the plain results', () => {
  it('reads a terminal mark from the end exactly as the anchored regex does', () => {
    const next = random(7);
    const alphabet = ['。', '！', '？', '…', '；', '：', '.', '!', '?', ';', ':', '—', '”', '’', '」', '）', ')', '》', '】', ']', '，', '字', 'a', ' ', '😀'];
    for (let n = 0; n < 5000; n++) {
      const t = randomText(next, alphabet, Math.floor(next() * 8));
      expect(endsWell(t), JSON.stringify(t)).toBe(ENDS_WELL.test(t));
    }
  });

  it('finds the same line starts with \\n, \\r\\n, a lone \\r and astral characters', () => {
    const next = random(11);
    for (const alphabet of [['字', '\n', ' ', '😀'], ['字', '\n', '\r', '\r\n', '😀', '，']]) {
      for (let n = 0; n < 500; n++) {
        const text = randomText(next, alphabet, Math.floor(next() * 40));
        const index = new LineIndex(text);
        expect(index.lineStarts, JSON.stringify(text)).toEqual(plainLineStarts(text));
      }
    }
  });

  it('finds every occurrence of every word, in the plain scan order, with an astral character about', () => {
    const next = random(13);
    const words = ['一网通办', '通办', '一网', '跨省通办', '😀办', '办'];
    const lexicon = new TermLexicon(words);
    for (let n = 0; n < 500; n++) {
      const text = randomText(next, ['一', '网', '通', '办', '跨', '省', '😀', '，'], Math.floor(next() * 30));
      expect(lexicon.occurrences(text).map((o) => [o.start, o.word]), text).toEqual(plainOccurrences(text, words));
    }
  });
});

describe('the quotation rule on edited versions', () => {
  const seed = readFileSync(join(__dirname, '../../seeds/daqing-news-stripped.txt'), 'utf8');
  const ids = ['punctuation-quotation-marks'];
  const config = () => {
    const c = defaultConfig();
    for (const r of testLinter().rules) c.rules[r.id] = ids.includes(r.id) ? r.severity : 'off';
    return c;
  };
  // quoted terms appear, are used bare elsewhere, and disappear again across the versions
  const versions = [
    seed,
    `${seed}\n推进“一网通办”，打造“金字招牌”，建设“口袋公园”。\n各地推行一网通办，擦亮金字招牌，建了口袋公园。`,
    `${seed}\r\n推进“一网通办”，打造“金字招牌”，落实“十四五”规划。\r\n各地推行一网通办😀，擦亮金字招牌，建了口袋公园。`,
    `${seed}\n推进一网通办，打造金字招牌，建设“口袋公园”。\n各地推行一网通办，擦亮金字招牌，建了口袋公园。`,
    `${seed}\n推进一网通办，打造金字招牌，建设口袋公园。\n各地推行一网通办，擦亮金字招牌，建了口袋公园。`,
  ];

  it('reports what a fresh linter reports, version after version', () => {
    const incremental = new Linter();
    let total = 0;
    for (const text of versions) {
      const reused = incremental.lint(text, config()).findings;
      const fresh = new Linter().lint(text, config()).findings;
      expect(reused).toEqual(fresh);
      total += fresh.length;
    }
    // the versions exercise the document pass: some bare uses of quoted terms are flagged
    expect(total).toBeGreaterThan(0);
    const quotedVersion = incremental.lint(versions[1], config()).findings;
    expect(quotedVersion.some((f) => f.messageId === 'quotedElsewhere')).toBe(true);
  });

  it('counts the same quoted terms line by line as over the whole text (the rule sums paragraphs)', () => {
    const next = random(17);
    for (let n = 0; n < 1000; n++) {
      const text = randomText(next, ['“', '”', '一', '网', '十', '四', '五', '\n', '\r', '\r\n', '，', ' ', '😀'], Math.floor(next() * 40));
      const byLine = new Map<string, number>();
      for (const line of text.split(/\r\n|\r|\n/)) for (const [t, k] of quotedTerms(line)) byLine.set(t, (byLine.get(t) ?? 0) + k);
      expect(byLine, JSON.stringify(text)).toEqual(quotedTerms(text));
    }
  });
});
