/**
 * Speed work, round 6: the 顿号 scorer scores seams while extracting them, keeps only the seams
 * asked for, reads known list items from one hash per run of words and counts shared edges only
 * when asked. Each must give what the plain computation gave: the same features (hashes and names),
 * the same probabilities, and the same seams kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceAt } from '../../server/src/core/enumeration';
import { clauseTokens, extractSeams, hashName, hashRange } from '../../server/src/core/enumerationFeatures';
import { currentScorer, probability, scoreSeams } from '../../server/src/core/enumerationModel';
import type { Paragraph, Token } from '../../server/src/core/types';
import { testLinter } from '../helpers';

const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');
const extra = [
  '加强科技创新产业创新制度创新，推进稳增长促改革调结构惠民生防风险。',
  '公司主要生产赖氨酸苏氨酸以及戊二胺尼龙盐等产品，人民日报新华社光明日报等媒体报道。',
  '😀𠀀北京大学清华大学复旦大学等高校🎉\r\n专业化饲养规模化竞争标准化生产',
].join('\n');

function paragraphs(text: string): Paragraph[] {
  return testLinter().lint(text, { rules: {}, options: { quantityPlaceholder: '□', runOnLength: 50, spacing: 'none' } }).document.paragraphs;
}

const BUCKET = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');

/** The `it:` feature as the plain scan computed it: every run of whole words of 2–6 units ending (starting) at the seam hashed anew. */
function plainItemSide(text: string, ts: readonly Token[], i: number, items: ReadonlySet<number>): string {
  const R = ts[i];
  let il = 0;
  let ir = 0;
  for (let j = i - 1; j >= 0 && !il && R.start - ts[j].start <= 6; j--) if (R.start - ts[j].start >= 2 && items.has(hashRange(text, ts[j].start, R.start))) il = 1;
  for (let j = i; j < ts.length && !ir && ts[j].end - R.start <= 6; j++) if (ts[j].end - R.start >= 2 && items.has(hashRange(text, R.start, ts[j].end))) ir = 1;
  return `${il ? 'L' : ''}${ir ? 'R' : ''}`;
}

/** `tails:` / `heads:` as the plain scan computed them: per clause, a map of every word's last (first) character. */
function plainEdgeRuns(ts: readonly Token[], i: number): string[] {
  const tails = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const t of ts) {
    if (t.text.length < 2) continue;
    tails.set(t.text.at(-1)!, (tails.get(t.text.at(-1)!) ?? 0) + 1);
    heads.set(t.text[0], (heads.get(t.text[0]) ?? 0) + 1);
  }
  const [L, R] = [ts[i - 1], ts[i]];
  const lenL = String(Math.min(L.end - L.start, 5));
  const out: string[] = [];
  const both = L.text.length >= 2 && R.text.length >= 2;
  const tailRun = both && L.text.at(-1) === R.text.at(-1) ? tails.get(L.text.at(-1)!) ?? 0 : 0;
  if (tailRun >= 2) out.push(`tails:${BUCKET(tailRun)}|${lenL}`);
  const headRun = both && L.text[0] === R.text[0] ? heads.get(R.text[0]) ?? 0 : 0;
  if (headRun >= 2) out.push(`heads:${BUCKET(headRun)}|${lenL}`);
  return out;
}

describe('the 顿号 scorer, scoring while extracting (round 6)', () => {
  const ps = paragraphs(seed + '\n' + extra);
  const scorer = currentScorer();

  it('gives every seam the probability of its features, and the features of its names', () => {
    let seams = 0;
    for (const p of ps) {
      const evidence = evidenceAt(p);
      for (const stripped of [false, true]) {
        const named = extractSeams(p.text, p.tokens, scorer.words, evidence, scorer.items, true, stripped);
        const scored = scoreSeams(p.text, p.tokens, evidence, scorer, stripped);
        expect(scored.map((s) => s.at)).toEqual(named.map((s) => s.at));
        named.forEach((s, k) => {
          expect(s.features).toEqual(s.names!.map(hashName));
          expect(scored[k].features).toEqual(s.features);
          expect(scored[k].items).toEqual(s.items);
          expect(scored[k].p).toBe(probability(scorer.weights, s.features));
        });
        seams += named.length;
      }
    }
    expect(seams).toBeGreaterThan(500);
  });

  it('keeps exactly the seams `keep` accepts, with the same probabilities', () => {
    for (const p of ps) {
      const evidence = evidenceAt(p);
      const all = scoreSeams(p.text, p.tokens, evidence, scorer);
      const keep = (sp: number, at: number) => sp >= 0.3 || at % 5 === 0;
      expect(scoreSeams(p.text, p.tokens, evidence, scorer, false, keep)).toEqual(all.filter((s) => keep(s.p, s.at)));
    }
  });

  it('finds known list items and shared word edges as the plain scans did', () => {
    let items = 0;
    let edges = 0;
    for (const p of ps) {
      const named = extractSeams(p.text, p.tokens, scorer.words, new Map(), scorer.items, true);
      const byAt = new Map(named.map((s) => [s.at, s.names!]));
      for (const { tokens: ts } of clauseTokens(p.text, p.tokens)) {
        for (let i = 1; i < ts.length; i++) {
          const names = byAt.get(ts[i].start);
          if (!names) continue;
          const side = plainItemSide(p.text, ts, i, scorer.items!);
          expect(names.filter((x) => x.startsWith('it:'))).toEqual(side ? [`it:${side}`] : []);
          expect(names.filter((x) => x.startsWith('tails:') || x.startsWith('heads:'))).toEqual(plainEdgeRuns(ts, i));
          if (side) items++;
          if (plainEdgeRuns(ts, i).length) edges++;
        }
      }
    }
    expect(items).toBeGreaterThan(5);
    expect(edges).toBeGreaterThan(2);
  });
});
