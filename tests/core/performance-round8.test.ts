/**
 * Speed work, round 8: while scoring, the 顿号 scorer sums the features of the tags, lengths,
 * list-word distances and place around a seam from small caches (ContextSums), reads the weight
 * table's first probes of a seam before testing any (WeightTable.sumOf), and shares its per-clause
 * tables between calls. Each must give the probabilities the features give one by one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceAt } from '../../server/src/core/enumeration';
import { extractSeams, hashName } from '../../server/src/core/enumerationFeatures';
import { currentScorer, probability, scoreSeams, WeightTable } from '../../server/src/core/enumerationModel';
import type { Paragraph, Token } from '../../server/src/core/types';
import { testLinter } from '../helpers';

const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');
const extra = ['加强科技创新产业创新制度创新，推进稳增长促改革调结构惠民生防风险。', '😀𠀀北京大学清华大学复旦大学等高校🎉\r\n专业化饲养规模化竞争标准化生产'].join('\n');

function paragraphs(text: string): Paragraph[] {
  return testLinter().lint(text, { rules: {}, options: { quantityPlaceholder: '□', runOnLength: 50, spacing: 'none' } }).document.paragraphs;
}

describe('the 顿号 scorer, grouped sums (round 8)', () => {
  const ps = paragraphs(seed + '\n' + extra);
  const scorer = currentScorer();
  const keepAll = () => true;

  it('gives every seam scored with grouped sums the probability of its features one by one, stripped or not', () => {
    let seams = 0;
    for (const stripped of [false, true]) {
      // twice over: the second pass reads the caches the first filled
      for (const pass of [0, 1]) {
        for (const p of ps) {
          const evidence = evidenceAt(p);
          const named = extractSeams(p.text, p.tokens, scorer.words, evidence, scorer.items, true, stripped);
          const grouped = scoreSeams(p.text, p.tokens, evidence, scorer, stripped, keepAll);
          expect(grouped.map((s) => s.at)).toEqual(named.map((s) => s.at));
          named.forEach((s, k) => {
            expect(grouped[k].features).toEqual(s.names!.map(hashName));
            expect(grouped[k].p).toBe(probability(scorer.weights, s.features));
          });
          if (pass === 0) seams += named.length;
        }
      }
    }
    expect(seams).toBeGreaterThan(1000);
  });

  it('scores seams among more distinct tags than the caches have ids for, one by one', () => {
    // 80 made-up tags: past the 63 ids, seams are scored without the grouped sums
    const text = '甲乙丙丁戊己庚辛壬癸'.repeat(16);
    const tokens: Token[] = [...text].map((ch, k) => ({ text: ch, tag: `t${k % 80}`, start: k, end: k + 1 }));
    const named = extractSeams(text, tokens, scorer.words, new Map(), scorer.items, true);
    const grouped = scoreSeams(text, tokens, new Map(), scorer, false, keepAll);
    expect(named.length).toBeGreaterThan(100);
    expect(grouped.map((s) => s.p)).toEqual(named.map((s) => probability(scorer.weights, s.features)));
  });

  it('sums a seam’s weights as the lookups one by one do, unknown hashes and shared slots included', () => {
    const names = Array.from({ length: 300 }, (_, k) => `f${k}`);
    const table = new WeightTable(Object.fromEntries(names.map((n, k) => [n, ((k % 13) - 6) / 8])));
    const hashes = new Uint32Array([...names.map(hashName), ...Array.from({ length: 200 }, (_, k) => hashName(`unknown${k}`)), 0]);
    let plain = 0;
    for (const h of hashes) plain += table.thousandths(h);
    expect(table.sumOf(hashes, hashes.length)).toBe(plain);
    expect(table.sumOf(hashes, 7)).toBe([...hashes.slice(0, 7)].reduce((z, h) => z + table.thousandths(h), 0));
    expect(plain).not.toBe(0);
  });
});
