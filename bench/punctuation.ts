/**
 * `npm run bench -- punctuation`: how well the punctuation rules restore marks a careless copy
 * lost, and how quiet all punctuation-/sentence- rules are on clean text.
 *
 * Damage: for each of 、 “” 《》 ： separately, every occurrence is deleted from a clean report,
 * recording where it was in the damaged copy. Only the rules that restore that mark are run on it.
 *
 * Matching (one finding is correct when it points at a deletion):
 * - 、 (a point): the finding's fix inserts at the deleted offset p; a finding without a fix is
 *   correct when start < p < end (p strictly inside, i.e. between the two items it names).
 * - ： (a point): start <= p <= end (the colon goes right after the speech verb it names).
 * - “” and 《》 (a pair): the deleted content span [a, b) in the damaged copy; the finding is correct
 *   when it touches or overlaps it (start <= b and end >= a).
 * Precision = correct findings / findings; recall = deletions matched by at least one finding.
 * False positives on the originals: every finding of a punctuation-/sentence- rule on the clean
 * reports counts as one (the reports are edited government texts), per 10,000 characters.
 */
import { Linter } from '../server/src/linter';
import { defaultConfig, type Finding, type Span } from '../server/src/core/types';
import { rules } from '../server/src/rules';
import { loadCorpus } from './corpus';
import { fmt, ratios, table } from './metrics';
import type { Suite } from './run';

interface Damage {
  mark: string;
  rules: string[];
  /** Marks deleted: one character, or the two of a pair. */
  chars: string;
  pair: boolean;
  match(f: Finding, target: Span): boolean;
}

const DAMAGES: Damage[] = [
  {
    mark: '、',
    rules: ['punctuation-enumeration-comma'],
    chars: '、',
    pair: false,
    match: (f, t) => {
      const ins = f.fixes[0]?.edits.find((e) => e.start === e.end);
      return ins ? ins.start === t.start : f.start < t.start && t.start < f.end;
    },
  },
  { mark: '“”', rules: ['punctuation-quotation-marks'], chars: '“”', pair: true, match: (f, t) => f.start <= t.end && f.end >= t.start },
  { mark: '《》', rules: ['punctuation-book-title-marks'], chars: '《》', pair: true, match: (f, t) => f.start <= t.end && f.end >= t.start },
  { mark: '：', rules: ['punctuation-colon'], chars: '：', pair: false, match: (f, t) => f.start <= t.start && t.start <= f.end },
];

/** Deletes the marks, returning the damaged text and the deletions' places in it. */
export function damage(text: string, d: Damage): { text: string; targets: Span[] } {
  let out = '';
  const targets: Span[] = [];
  const open: number[] = [];
  for (const ch of text) {
    if (!d.chars.includes(ch)) {
      out += ch;
      continue;
    }
    if (!d.pair) targets.push({ start: out.length, end: out.length });
    else if (ch === d.chars[0]) open.push(out.length);
    else if (open.length) targets.push({ start: open.pop()!, end: out.length });
  }
  targets.sort((a, b) => a.start - b.start);
  return { text: out, targets };
}

function only(ids: string[]) {
  const config = defaultConfig();
  for (const r of rules) config.rules[r.id] = ids.includes(r.id) ? r.severity : 'off';
  return config;
}

const suite: Suite = {
  name: 'punctuation',
  title: 'Punctuation: restoring 、 “” 《》 ： and quiet on clean reports',
  async run() {
    const corpus = loadCorpus();
    if (!corpus) return '_corpus not found_';
    const linter = new Linter();
    const chars = corpus.reduce((n, f) => n + f.text.length, 0);
    const rows: Array<Array<string | number>> = [];
    const byKind: Array<Array<string | number>> = [];
    for (const d of DAMAGES) {
      const present = d.rules.filter((id) => rules.some((r) => r.id === id));
      if (!present.length) {
        rows.push([d.mark, d.rules.join(', '), '(rule missing)', '', '', '', '', '']);
        continue;
      }
      let tp = 0;
      let fp = 0;
      let wtp = 0;
      let wfp = 0;
      let found = 0;
      let total = 0;
      const kinds = new Map<string, { tp: number; fp: number }>();
      for (const file of corpus) {
        const { text, targets } = damage(file.text, d);
        total += targets.length;
        const findings = linter.lint(text, only(present)).findings;
        const hit = new Set<number>();
        for (const f of findings) {
          let ok = false;
          // targets are sorted by start; scan the few near the finding
          for (let i = lowerBound(targets, f.start - 400); i < targets.length && targets[i].start <= f.end + 1; i++) {
            if (d.match(f, targets[i])) {
              ok = true;
              hit.add(i);
            }
          }
          const k = kinds.get(f.messageId) ?? { tp: 0, fp: 0 };
          if (ok) (tp++, k.tp++);
          else (fp++, k.fp++);
          if (!ok && process.env.BENCH_DUMP === d.mark) console.error(`FP ${f.messageId}: ${text.slice(f.start - 8, f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, f.end + 8)}`);
          kinds.set(f.messageId, k);
          if (f.severity === 'warning' || f.severity === 'error') ok ? wtp++ : wfp++;
        }
        found += hit.size;
        if (process.env.BENCH_DUMP === d.mark + 'fn') {
          targets.forEach((t, i) => !hit.has(i) && console.error(`FN: ${text.slice(t.start - 10, t.start)}|${text.slice(t.start, t.end)}|${text.slice(t.end, t.end + 10)}`.replace(/\n/g, ' ')));
        }
      }
      const r = ratios({ tp, fp, fn: 0 });
      const w = ratios({ tp: wtp, fp: wfp, fn: 0 });
      rows.push([d.mark, present.join(', '), total, tp + fp, fmt(r.precision), `${wtp + wfp} / ${fmt(w.precision)}`, found, fmt(total ? found / total : 1)]);
      for (const [id, k] of kinds) byKind.push([d.mark, id, k.tp + k.fp, fmt(ratios({ ...k, fn: 0 }).precision)]);
    }
    const clean: Array<Array<string | number>> = [];
    const mine = rules.filter((r) => /^(punctuation|sentence)-/.test(r.id));
    let all = 0;
    const perRule = new Map<string, number>(mine.map((r) => [r.id, 0]));
    const warn = new Map<string, number>(mine.map((r) => [r.id, 0]));
    for (const file of corpus) {
      for (const f of linter.lint(file.text, only(mine.map((r) => r.id))).findings) {
        all++;
        perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
        if (f.severity === 'warning' || f.severity === 'error') warn.set(f.ruleId, (warn.get(f.ruleId) ?? 0) + 1);
      }
    }
    const per10k = (n: number) => fmt((n * 10000) / chars, 2);
    for (const [id, n] of perRule) clean.push([id, n, warn.get(id) ?? 0, per10k(n), per10k(warn.get(id) ?? 0)]);
    const warned = [...warn.values()].reduce((a, b) => a + b, 0);
    clean.push(['**all**', all, warned, per10k(all), per10k(warned)]);
    return [
      `${corpus.length} reports, ${chars} characters. Matching rules: see the header of bench/punctuation.ts.`,
      '',
      '### Restoring deleted marks',
      '',
      table(['mark', 'rule', 'deleted', 'findings', 'precision', 'warning-level findings / precision', 'deletions found', 'recall'], rows),
      '',
      '### Precision by message',
      '',
      table(['mark', 'messageId', 'findings', 'precision'], byKind),
      '',
      '### Findings on the clean originals (all counted as false positives)',
      '',
      table(['rule', 'findings', 'at warning level', 'per 10,000 chars', 'warning level per 10,000 chars'], clean),
    ].join('\n');
  },
};

function lowerBound(targets: Span[], x: number): number {
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (targets[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export default suite;
