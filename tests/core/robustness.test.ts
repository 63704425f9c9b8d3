/**
 * Hostile text, generated: pieces of the sample report cut at random code units (lone surrogate
 * halves included) and mixed with marks, emoji, controls, CR/LF variants, full-width and Latin
 * runs. Every rule, the entity pass, the outline and every hover must answer without throwing,
 * with spans inside the text that never cut a surrogate pair. The generator is seeded, so a
 * failure reproduces; the seed and the text are in the assertion message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/lib/stats';
import { entityHover, termHover } from '../../server/src/core/entityHover';
import { findEntities } from '../../server/src/core/entities';
import { quantityHover } from '../../server/src/core/quantityHover';
import { findSections } from '../../server/src/core/sections';
import { applyFixes, Linter } from '../../server/src/linter';
import type { ParagraphRule } from '../../server/src/rules/rule';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');
const PIECES = [
  '、', '，', '。', '“', '”', '‘', '’', '《', '》', '〈', '〉', '（', '）', '(', ')', '：', '；', '！', '？', '……', '——', '·',
  ',', '.', '"', "'", ':', ';', '!', '?', ' ', '　', '\t', '\n', '\r\n', '\r', '\n\n', '\u0000', '\u200b', '\ufeff', '\u0301',
  '😀', '👨‍👩‍👧', '𠮷', '\ud800', '\udfff', '１２３', 'ＡＢＣ', 'GDP', '5.3%', '2020年9月24日', '一、', '（一）', '1.', '（1）',
  '# ', '## 标题', '七、八十', '人民日报', '简称', '说：', '万元', '亿元', '等', '和', '包括', '第一书记', '省长', '有限公司', '村', '镇',
];

function hostileText(seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  const n = 5 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.45) {
      // a slice of the report cut at any code unit, which may leave half a surrogate pair
      const start = Math.floor(r() * SAMPLE.length);
      parts.push(SAMPLE.slice(start, start + Math.floor(r() * 120)));
    } else if (roll < 0.9) {
      parts.push(PIECES[Math.floor(r() * PIECES.length)]);
    } else if (roll < 0.95) {
      parts.push('大'.repeat(Math.floor(r() * 400))); // a long run with no mark at all
    } else {
      parts.push(String.fromCharCode(Math.floor(r() * 0x10000))); // any code unit, lone surrogates too
    }
  }
  return parts.join('');
}

/** No lone surrogate half (with the u flag a whole pair is one code point, so \p{Cs} sees only halves). */
const wellFormedText = (s: string) => !/\p{Cs}/u.test(s);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset between the halves of a well-formed pair cuts a character in two. */
function cutsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

describe('hostile input', () => {
  const linter = new Linter();

  const SEEDS = Number(process.env.ZH_FUZZ_SEEDS ?? 150);
  it(`every analysis answers on ${SEEDS} generated texts, with spans inside the text that keep surrogate pairs whole`, () => {
    let findings = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const text = hostileText(seed);
      const where = `seed ${seed}: ${JSON.stringify(text.slice(0, 200))}`;
      const result = linter.lint(text);
      expect(result.ruleErrors, where).toEqual([]);
      // a message may quote a broken character only if the text itself has one
      const wellFormed = wellFormedText(text);
      for (const f of result.findings) {
        findings++;
        if (wellFormed) expect(wellFormedText(f.message), `${where} ${f.ruleId} message ${f.message}`).toBe(true);
        expect(0 <= f.start && f.start <= f.end && f.end <= text.length, `${where} ${f.ruleId} ${f.start}-${f.end}`).toBe(true);
        expect(cutsPair(text, f.start) || cutsPair(text, f.end), `${where} ${f.ruleId} cuts a pair at ${f.start}-${f.end}`).toBe(false);
        for (const fix of f.fixes) {
          for (const e of fix.edits) {
            expect(0 <= e.start && e.start <= e.end && e.end <= text.length, `${where} ${f.ruleId} fix ${e.start}-${e.end}`).toBe(true);
            expect(cutsPair(text, e.start) || cutsPair(text, e.end), `${where} ${f.ruleId} fix cuts a pair`).toBe(false);
          }
        }
      }
      // fixing keeps every character the fixes do not touch: the text only grows or swaps marks
      const fixed = applyFixes(text, result.findings, { includeUnsafe: true }).text;
      expect(typeof fixed, where).toBe('string');

      const doc = result.document;
      const entities = findEntities(doc);
      for (const e of entities.entities) {
        for (const m of e.mentions) {
          expect(0 <= m.start && m.start < m.end && m.end <= text.length, `${where} mention ${m.start}-${m.end}`).toBe(true);
          expect(cutsPair(text, m.start) || cutsPair(text, m.end), `${where} mention cuts a pair`).toBe(false);
        }
      }
      const outline = findSections(doc);
      for (const h of outline.headings) expect(0 <= h.start && h.start <= h.end && h.end <= text.length, `${where} heading`).toBe(true);
      const r = rng(seed * 7919);
      for (let i = 0; i < 20; i++) {
        const offset = Math.floor(r() * (text.length + 1));
        for (const hover of [entityHover(doc, offset), termHover(doc, offset), quantityHover(doc, offset)]) {
          if (!hover) continue;
          expect(hover.markdown.length, `${where} hover at ${offset}`).toBeGreaterThan(0);
          if (wellFormed) expect(wellFormedText(hover.markdown), `${where} hover at ${offset}`).toBe(true);
        }
      }
    }
    // the generator is not so hostile that nothing is left to find
    expect(findings).toBeGreaterThan(SEEDS);
  }, 3_600_000);

  it('widens a span that cuts an astral character and drops a fix that would, whatever the rule reports', () => {
    const careless: ParagraphRule = {
      id: 'punctuation-careless',
      description: '测试',
      tags: [],
      severity: 'warning',
      scope: 'paragraph',
      messages: { m: '测试' },
      // 好😀好: offset 2 is between the halves of 😀
      check: () => [
        { messageId: 'm', start: 2, end: 2, fixes: [{ title: '插入', safe: true, edits: [{ start: 2, end: 2, text: '、' }] }] },
        { messageId: 'm', start: 0, end: 1, fixes: [{ title: '插入', safe: true, edits: [{ start: 1, end: 1, text: '、' }] }] },
      ],
    };
    const [whole, cut] = new Linter(undefined, [careless]).lint('好😀好').findings;
    expect([cut.start, cut.end, cut.fixes.length]).toEqual([1, 3, 0]);
    expect([whole.start, whole.end, whole.fixes.length]).toEqual([0, 1, 1]);
  });
});
