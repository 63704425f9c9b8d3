/**
 * Suite `quantity`: recall and precision of `quantity-missing` and `date-incomplete`.
 *
 * Damage: every Arabic number (decimals, thousands separators and ranges such as 3-5 included)
 * that stands before a unit, magnitude or date part of the lexicon is removed from the clean
 * reports, and the offset where it stood (the start of its unit in the damaged text) is kept. A
 * finding is a hit when it starts at such an offset; any other finding is a false positive. The
 * untouched reports measure false positives per 10,000 characters.
 */
import { loadCorpus } from './corpus';
import { fmt, ratios, table, type Score } from './metrics';
import type { Suite } from './run';
import { matchMagnitudeAt, matchUnitAt } from '../server/src/core/quantities';
import { Linter } from '../server/src/linter';
import { defaultConfig, type Finding, type LintConfig } from '../server/src/core/types';

const NUMBER = /(?<![A-Za-z0-9.．_/:-])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?:\s*[-—～~至到]\s*[0-9]+(?:\.[0-9]+)?)?(?![A-Za-z0-9])/g;

interface Site {
  offset: number;
  unit: string;
}

/**
 * Removes numbers before units and in dates; returns the damaged text and where they were. With
 * `withPercent`, a number's % goes with it, as in the sample report (增长5%以上 → 增长以上): the
 * site's unit is then the bound word after it (以上, 左右, 以下, 以内) or '%' when nothing is left
 * to see (增长5%， → 增长，).
 */
export function damage(text: string, withPercent = false): { text: string; sites: Site[] } {
  let out = '';
  let last = 0;
  const sites: Site[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let end = m.index! + m[0].length;
    let unit = followingUnit(text, end);
    if (!unit) continue;
    if (withPercent && /^[%％]/.test(unit)) {
      end += 1;
      unit = /^(以上|左右|以下|以内)/.exec(text.slice(end))?.[0] ?? '%';
    }
    out += text.slice(last, m.index!);
    sites.push({ offset: out.length, unit });
    last = end;
  }
  out += text.slice(last);
  return { text: out, sites };
}

/** The unit after a number (万平方米, 余名, 年, %), or undefined if none from the lexicon follows. */
function followingUnit(text: string, i: number): string | undefined {
  let j = i;
  if (/[余多]/.test(text[j] ?? '') && /[万亿]/.test(text[j + 1] ?? '')) j++;
  const mag = /[万亿]/.test(text[j] ?? '') ? matchMagnitudeAt(text, j) : '';
  j += mag.length;
  if (/[余多]/.test(text[j] ?? '')) j++;
  if (/[年月日时]/.test(text[j] ?? '') && j === i) return text[j];
  const u = matchUnitAt(text, j);
  if (u) return text.slice(i, j + u.unit.length);
  return mag ? text.slice(i, j) : undefined;
}

function config(linter: Linter): LintConfig {
  const c = defaultConfig();
  for (const r of linter.rules) if (!/^(quantity|date)-/.test(r.id)) c.rules[r.id] = 'off';
  return c;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 10), start)}【${text.slice(start, end)}】${text.slice(end, end + 6)}`.replace(/\s+/g, ' ').replace(/\|/g, '｜');
}

export const quantitySuite: Suite = {
  name: 'quantity',
  title: 'Missing quantities (quantity-missing, date-incomplete)',
  async run() {
    const corpus = loadCorpus();
    if (!corpus) return '语料不存在，跳过 (corpus absent, skipped).';
    const linter = new Linter();
    const cfg = config(linter);
    const score: Score = { tp: 0, fp: 0, fn: 0 };
    // the same counts split by kind: date parts (年/月/日/时) and date-incomplete vs the rest
    const dates: Score = { tp: 0, fp: 0, fn: 0 };
    const amounts: Score = { tp: 0, fp: 0, fn: 0 };
    const perRule = new Map<string, number>();
    let cleanChars = 0;
    let cleanFp = 0;
    const fpExamples: string[] = [];
    const fnExamples: string[] = [];
    const cleanExamples: string[] = [];
    const missedUnits = new Map<string, number>();
    for (const file of corpus) {
      const d = damage(file.text);
      const findings = linter.lint(d.text, cfg).findings;
      const byStart = new Map<number, Finding>();
      for (const f of findings) if (!byStart.has(f.start)) byStart.set(f.start, f);
      const siteAt = new Set(d.sites.map((s) => s.offset));
      for (const s of d.sites) {
        const kind = /^[年月日时]$/.test(s.unit) ? dates : amounts;
        if (byStart.has(s.offset)) {
          score.tp++;
          kind.tp++;
        } else {
          score.fn++;
          kind.fn++;
          const u = s.unit.replace(/^[万亿余多]+/, '') || s.unit;
          missedUnits.set(u, (missedUnits.get(u) ?? 0) + 1);
          if (fnExamples.length < 400) fnExamples.push(context(d.text, s.offset, s.offset + s.unit.length));
        }
      }
      for (const f of findings) {
        perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
        if (!siteAt.has(f.start)) {
          score.fp++;
          (f.ruleId === 'date-incomplete' ? dates : amounts).fp++;
          if (fpExamples.length < 400) fpExamples.push(`${f.ruleId}: ${context(d.text, f.start, f.end)}`);
        }
      }
      const clean = linter.lint(file.text, cfg).findings;
      cleanChars += file.text.length;
      cleanFp += clean.length;
      for (const f of clean) if (cleanExamples.length < 400) cleanExamples.push(`${f.ruleId}: ${context(file.text, f.start, f.end)}`);
    }
    // the sample's damage: numbers gone with their % signs; a site with nothing after it to see
    // (增长5%，→ 增长，) can be found by no rule and is counted apart
    const pct: Score = { tp: 0, fp: 0, fn: 0 };
    const bound: Score = { tp: 0, fp: 0, fn: 0 };
    let invisible = 0;
    for (const file of corpus) {
      const d = damage(file.text, true);
      const findings = linter.lint(d.text, cfg).findings;
      const starts = new Set(findings.map((f) => f.start));
      const siteAt = new Set(d.sites.map((s) => s.offset));
      for (const s of d.sites) {
        if (s.unit === '%') {
          invisible++;
          continue;
        }
        const hit = starts.has(s.offset);
        hit ? pct.tp++ : pct.fn++;
        if (/^(以上|左右|以下|以内)$/.test(s.unit)) hit ? bound.tp++ : bound.fn++;
      }
      for (const f of findings) if (!siteAt.has(f.start)) pct.fp++;
    }
    const r = ratios(score);
    const per10k = (cleanFp / cleanChars) * 10_000;
    if (process.env.QUANTITY_BENCH_DUMP) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.QUANTITY_BENCH_DUMP, ['# FP', ...fpExamples, '# FN', ...fnExamples, '# CLEAN', ...cleanExamples].join('\n'));
    }
    const missed = [...missedUnits].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([u, n]) => `${u} ${n}`).join('，');
    return [
      `Corpus: ${corpus.length} reports, ${cleanChars.toLocaleString('en')} characters; ${score.tp + score.fn} numbers removed before a unit or in a date.`,
      '',
      table(
        ['measure', 'value', 'target'],
        [
          ['precision (damaged)', fmt(r.precision), '≥ 0.95'],
          ['recall (damaged)', fmt(r.recall), '≥ 0.90'],
          ['F1 (damaged)', fmt(r.f1), ''],
          ['false positives / 10k chars (clean)', fmt(per10k, 2), '≤ 0.5'],
        ],
      ),
      '',
      table(
        ['part', 'numbers removed', 'precision', 'recall'],
        [
          ['dates (年/月/日/时; date-incomplete findings)', dates.tp + dates.fn, fmt(ratios(dates).precision), fmt(ratios(dates).recall)],
          ['amounts (units; quantity-missing findings)', amounts.tp + amounts.fn, fmt(ratios(amounts).precision), fmt(ratios(amounts).recall)],
        ],
      ),
      '',
      `Numbers removed with their % sign, as in the sample report (增长5%以上 → 增长以上): ${pct.tp + pct.fn} sites that leave a trace, precision ${fmt(ratios(pct).precision)}, recall ${fmt(ratios(pct).recall)}; of them ${bound.tp + bound.fn} before 以上/左右/以下/以内, recall ${fmt(ratios(bound).recall)}. Another ${invisible} percentages leave nothing to see (增长5%， → 增长，) and are not counted.`,
      '',
      `Counts: tp ${score.tp}, fp ${score.fp}, fn ${score.fn}; findings on damaged text by rule: ${[...perRule].map(([k, v]) => `${k} ${v}`).join(', ')}; ${cleanFp} findings on the clean reports.`,
      '',
      `Most missed units: ${missed || 'none'}.`,
      '',
      'False positives on the clean reports (up to 10):',
      '',
      ...cleanExamples.slice(0, 10).map((e) => `- ${e}`),
      '',
      'Missed on the damaged reports (first 10):',
      '',
      ...fnExamples.slice(0, 10).map((e) => `- ${e}`),
    ].join('\n');
  },
};
