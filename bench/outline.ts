/**
 * Suite `outline`: heading precision and recall per level on the gov reports, as they are (line
 * breaks kept) and with every line break removed (headings fused into the running text).
 *
 * Gold comes from the line-broken originals, independently of the detector: the first non-blank
 * line is the title; a line opening with a GB/T 9704 number (`一、` `（一）` `1.`/`1、` `（1）`, or
 * `第X章/节/部分`; not a decimal such as `5.5%`) is a heading of that level, its words running to
 * the first 。！？ or the line end. In the fused copy the same headings sit at the offsets the lines
 * had once joined. A prediction matches a gold heading when it starts at the same offset (leading
 * spaces aside) with the same level; "end exact" is the share of matches whose end is right too.
 * Unnumbered headings (standalone lines, shapes) have no gold here: they are counted and listed,
 * and also scored as false positives in the "all predictions" row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, ParagraphAnalyzer } from '../server/src/core/document';
import { sharedJieba } from '../server/src/core/segmenter';
import { findSections, type Heading } from '../server/src/core/sections';
import { defaultConfig } from '../server/src/core/types';
import { Linter } from '../server/src/linter';
import { rulesById } from '../server/src/rules';
import { loadCorpus } from './corpus';
import { fmt, ratios, table, type Score } from './metrics';
import type { Suite } from './run';

type Level = 'title' | 'chapter' | 'L1 一、' | 'L2 （一）' | 'L3 1.' | 'L4 （1）';
const LEVELS: Level[] = ['title', 'chapter', 'L1 一、', 'L2 （一）', 'L3 1.', 'L4 （1）'];

interface Gold {
  level: Level;
  start: number;
  end: number;
}

const CN = '[一二三四五六七八九十]+';
const GOLD_MARKERS: Array<[RegExp, Level]> = [
  [new RegExp(`^第${CN}[章节部分编篇]`), 'chapter'],
  [new RegExp(`^${CN}、`), 'L1 一、'],
  [new RegExp(`^[（(]${CN}[）)]`), 'L2 （一）'],
  [/^\d{1,2}[.．、](?![\d%])/, 'L3 1.'],
  [/^[（(]\d{1,2}[）)]/, 'L4 （1）'],
];

/** The gold headings of a report's non-blank lines once joined with `sep` ('\n' or nothing). */
function goldOf(lines: string[], sep: string): Gold[] {
  const gold: Gold[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    const lead = line.match(/^[\s　]*/)![0].length;
    const body = line.slice(lead);
    if (i === 0) gold.push({ level: 'title', start: at + lead, end: at + line.trimEnd().length });
    else {
      const hit = GOLD_MARKERS.find(([re]) => re.test(body));
      if (hit && !/^\d+[、]\d/.test(body)) {
        const close = body.search(/[。！？]/);
        const end = close >= 0 ? lead + close : line.trimEnd().length;
        gold.push({ level: hit[1], start: at + lead, end: at + end });
      }
    }
    at += line.length + sep.length;
  });
  return gold;
}

function levelOf(h: Heading): Level | undefined {
  if (h.kind === 'title') return 'title';
  if (h.kind !== 'numbered') return undefined;
  return ({ 1: 'chapter', 2: 'chapter', 3: 'chapter', 4: 'L1 一、', 5: 'L2 （一）', 6: 'L3 1.', 7: 'L4 （1）' } as Record<number, Level>)[h.rank];
}

interface Tally {
  byLevel: Map<Level, Score>;
  all: Score;
  endExact: number;
  matched: number;
  unnumbered: string[];
}

function newTally(): Tally {
  return { byLevel: new Map(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])), all: { tp: 0, fp: 0, fn: 0 }, endExact: 0, matched: 0, unnumbered: [] };
}

function score(t: Tally, gold: Gold[], predicted: Heading[], text: string, name: string): void {
  const key = (level: string, start: number) => `${level}@${start}`;
  const goldKeys = new Map(gold.map((g) => [key(g.level, g.start), g]));
  const seen = new Set<string>();
  for (const h of predicted) {
    const level = levelOf(h);
    if (!level) {
      t.unnumbered.push(`${name.slice(5, 9)}: ${text.slice(h.start, h.end).slice(0, 24)}（${h.kind}${h.shape ? '/' + h.shape : ''} ${h.confidence.toFixed(2)}）`);
      t.all.fp++;
      continue;
    }
    const g = goldKeys.get(key(level, h.start));
    const s = t.byLevel.get(level)!;
    if (g && !seen.has(key(level, h.start))) {
      seen.add(key(level, h.start));
      s.tp++;
      t.all.tp++;
      t.matched++;
      if (g.end === h.end) t.endExact++;
    } else {
      s.fp++;
      t.all.fp++;
    }
  }
  for (const g of gold) {
    if (seen.has(key(g.level, g.start))) continue;
    t.byLevel.get(g.level)!.fn++;
    t.all.fn++;
  }
}

function report(title: string, t: Tally): string {
  const rows = LEVELS.filter((l) => {
    const s = t.byLevel.get(l)!;
    return s.tp + s.fp + s.fn > 0;
  }).map((l) => {
    const s = t.byLevel.get(l)!;
    const r = ratios(s);
    return [l, s.tp, s.fp, s.fn, fmt(r.precision), fmt(r.recall), fmt(r.f1)];
  });
  const numbered: Score = { tp: 0, fp: 0, fn: 0 };
  for (const s of t.byLevel.values()) {
    numbered.tp += s.tp;
    numbered.fp += s.fp;
    numbered.fn += s.fn;
  }
  const n = ratios(numbered);
  const a = ratios(t.all);
  rows.push(['**numbered + title**', numbered.tp, numbered.fp, numbered.fn, fmt(n.precision), fmt(n.recall), `**${fmt(n.f1)}**`]);
  rows.push(['all predictions (unnumbered as FP)', t.all.tp, t.all.fp, t.all.fn, fmt(a.precision), fmt(a.recall), fmt(a.f1)]);
  const unnumbered = t.unnumbered.length
    ? `\n\nUnnumbered headings found (no gold; ${t.unnumbered.length}):\n\n${t.unnumbered.slice(0, 30).map((u) => `- ${u}`).join('\n')}${t.unnumbered.length > 30 ? '\n- …' : ''}`
    : '\n\nUnnumbered headings found: none.';
  return `### ${title}\n\n${table(['level', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], rows)}\n\nEnd of heading exact on ${t.endExact}/${t.matched} matches (${fmt(t.matched ? t.endExact / t.matched : 0)}).${unnumbered}`;
}

/** The sample report's fused headings: which shapes are found (a check, not a tuning target). */
function seedCheck(analyzer: ParagraphAnalyzer): string {
  const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');
  const o = findSections(buildDocument(seed, analyzer));
  const expected = ['快马加鞭复工忙只争朝夕谋发展', '厚植亲商爱商沃土打造一流营商环境', '多措并举齐攻坚脱贫致富同小康', '一日办结与一小时出证', '一窗受理与一站办结'];
  const found = o.headings.filter((h) => h.kind !== 'title').map((h) => h.text);
  const rows = expected.map((e) => [e, found.includes(e) ? 'found' : '**missed**']);
  const others = found.filter((f) => !expected.includes(f));
  return `### Sample report (seeds/daqing-news-stripped.txt)\n\nTitle: ${o.title ? o.title.text : '**missed**'}; dateline: ${o.dateline?.text ?? '**missed**'}.\n\n${table(['fused heading named in issue 6', 'result'], rows)}\n\nOther headings found in the sample: ${others.length ? others.join('、') : 'none'}.`;
}

/**
 * A stress condition beyond the targets: line breaks removed and the numbers stripped from the
 * headings too, so that only shapes can find them. Matching ignores the level (the number is gone).
 */
function strippedScore(lines: string[], analyzer: ParagraphAnalyzer, s: Score, samples: string[]): void {
  const out: string[] = [];
  const gold = new Set<number>();
  let at = 0;
  lines.forEach((line, i) => {
    let l = line.trimStart();
    const hit = i > 0 && GOLD_MARKERS.find(([re]) => re.test(l));
    if (hit && !/^\d+[、]\d/.test(l)) {
      l = l.replace(hit[0], '');
      gold.add(at);
    }
    out.push(l);
    at += l.length;
  });
  const text = out.join('');
  const found = findSections(buildDocument(text, analyzer)).headings.filter((h) => h.kind !== 'title');
  for (const h of found) {
    if (gold.has(h.start)) s.tp++;
    else {
      s.fp++;
      if (samples.length < 8) samples.push(text.slice(h.start, h.end));
    }
  }
  s.fn += gold.size - found.filter((h) => gold.has(h.start)).length;
}

const STRUCTURE_RULES = ['structure-heading-sequence', 'structure-heading-marker', 'structure-fused-heading'];

/**
 * One damage per heading kind, applied to one heading line of a report at a time, and the rule
 * that must catch it. Each returns the damaged text and the offset the finding must cover, or
 * undefined when the line does not lend itself to it.
 */
type Damage = (lines: string[], i: number) => { text: string; at: number } | undefined;
const joinLines = (lines: string[]) => lines.join('\n');
const offsetOf = (lines: string[], i: number) => lines.slice(0, i).reduce((a, l) => a + l.length + 1, 0);
/** A heading number whose marks are stripped (`re` captures the bare number), the line kept. */
function markLost(name: string, re: RegExp): { name: string; rule: string; damage: Damage } {
  return {
    name,
    rule: 'structure-heading-marker',
    damage: (lines, i) => {
      const m = lines[i].match(re);
      if (!m) return undefined;
      const out = [...lines];
      out[i] = `${m[1]}${lines[i].slice(m[0].length)}`;
      return { text: joinLines(out), at: offsetOf(out, i) };
    },
  };
}

const DAMAGES: Array<{ name: string; rule: string; damage: Damage }> = [
  {
    name: '一、 → 一.',
    rule: 'structure-heading-marker',
    damage: (lines, i) => {
      const m = lines[i].match(new RegExp(`^(${CN})、`));
      if (!m) return undefined;
      const out = [...lines];
      out[i] = `${m[1]}.${lines[i].slice(m[0].length)}`;
      return { text: joinLines(out), at: offsetOf(out, i) + m[1].length };
    },
  },
  {
    name: '（一） → （一）、',
    rule: 'structure-heading-marker',
    damage: (lines, i) => {
      const m = lines[i].match(new RegExp(`^（${CN}）`));
      if (!m) return undefined;
      const out = [...lines];
      out[i] = `${m[0]}、${lines[i].slice(m[0].length)}`;
      return { text: joinLines(out), at: offsetOf(out, i) + m[0].length };
    },
  },
  {
    name: 'a number skipped (（二） → （三）)',
    rule: 'structure-heading-sequence',
    damage: (lines, i) => {
      const m = lines[i].match(/^（([二三四五六七八九])）/);
      if (!m) return undefined;
      const next = '二三四五六七八九十'['二三四五六七八九'.indexOf(m[1]) + 1];
      // only when the following sibling does not already carry that number
      if (lines.slice(i + 1).some((l) => l.startsWith(`（${next}）`))) return undefined;
      const out = [...lines];
      out[i] = `（${next}）${lines[i].slice(m[0].length)}`;
      return { text: joinLines(out), at: offsetOf(out, i) };
    },
  },
  markLost('一、 → 一 (the mark lost, line kept)', new RegExp(`^(${CN})、`)),
  markLost('（一） → 一 (the brackets lost, line kept)', new RegExp(`^（(${CN})）`)),
  {
    name: 'line break before a heading lost',
    rule: 'structure-fused-heading',
    damage: (lines, i) => {
      if (i < 2 || !GOLD_MARKERS.some(([re]) => re.test(lines[i])) || !/[。！？]$/.test(lines[i - 1])) return undefined;
      const out = [...lines];
      out.splice(i - 1, 2, lines[i - 1] + lines[i]);
      return { text: joinLines(out), at: offsetOf(out, i - 1) + lines[i - 1].length };
    },
  },
];

/** Findings of the structure rules on the clean reports, and recall on damaged copies. */
function ruleBench(corpus: Array<{ name: string; text: string }>, linter: Linter): string {
  const config = defaultConfig();
  for (const r of rulesById.keys()) config.rules[r] = STRUCTURE_RULES.includes(r) ? rulesById.get(r)!.severity : 'off';
  const clean = new Map(STRUCTURE_RULES.map((r) => [r, [] as string[]]));
  const caught = new Map(DAMAGES.map((d) => [d.name, { tried: 0, found: 0 }]));
  for (const { name, text } of corpus) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    const base = joinLines(lines);
    for (const f of linter.lint(base, config).findings) clean.get(f.ruleId)!.push(`${name.slice(5, 9)}: ${base.slice(f.start, f.end + 12)}（${f.message}）`);
    lines.forEach((_, i) => {
      for (const d of DAMAGES) {
        const damaged = d.damage(lines, i);
        if (!damaged) continue;
        const t = caught.get(d.name)!;
        t.tried++;
        const hit = linter.lint(damaged.text, config).findings.some((f) => f.ruleId === d.rule && f.start <= damaged.at && damaged.at <= f.end);
        if (hit) t.found++;
      }
    });
  }
  const cleanRows = STRUCTURE_RULES.map((r) => [r, clean.get(r)!.length]);
  const damageRows = DAMAGES.map((d) => {
    const t = caught.get(d.name)!;
    return [d.name, d.rule, t.tried, t.found, fmt(t.tried ? t.found / t.tried : 0)];
  });
  const listed = STRUCTURE_RULES.flatMap((r) => clean.get(r)!.slice(0, 10).map((x) => `- ${r}: ${x}`));
  return `### Structure rules

Findings on the clean reports (line breaks kept; each is a false positive unless the report errs):

${table(['rule', 'findings'], cleanRows)}${listed.length ? '\n\n' + listed.join('\n') : ''}

Recall on damaged copies (one heading damaged at a time; found = a finding of the rule covers the damage):

${table(['damage', 'rule', 'copies', 'found', 'recall'], damageRows)}`;
}

export const outlineSuite: Suite = {
  name: 'outline',
  title: 'Outline: heading detection (issue 6)',
  async run() {
    // SOURCES.md describes the corpus, it is not a report
    const corpus = loadCorpus()?.filter((f) => f.name.endsWith('.txt'));
    const jieba = sharedJieba();
    jieba.load();
    const analyzer = new ParagraphAnalyzer(jieba);
    const parts: string[] = [];
    if (corpus) {
      const broken = newTally();
      const fused = newTally();
      let ms = 0;
      for (const { name, text } of corpus) {
        const lines = text.split(/\r?\n/).filter((l) => l.trim());
        const kept = lines.join('\n');
        const t0 = performance.now();
        const o1 = findSections(buildDocument(kept, analyzer));
        ms += performance.now() - t0;
        score(broken, goldOf(lines, '\n'), o1.headings, kept, name);
        const joined = lines.join('');
        const o2 = findSections(buildDocument(joined, analyzer));
        score(fused, goldOf(lines, ''), o2.headings, joined, name);
      }
      parts.push(`${corpus.length} reports, ${broken.all.tp + broken.all.fn} gold headings (titles and numbered headings); outline built in ${fmt(ms / corpus.length, 0)} ms per report (segmentation included).`);
      parts.push(report('Line breaks kept', broken));
      parts.push(report('All line breaks removed (headings fused)', fused));
      const stripped: Score = { tp: 0, fp: 0, fn: 0 };
      const strippedFp: string[] = [];
      for (const { text } of corpus) strippedScore(text.split(/\r?\n/).filter((l) => l.trim()), analyzer, stripped, strippedFp);
      const sr = ratios(stripped);
      parts.push(
        `### Stress: line breaks removed and heading numbers stripped (no target)\n\nOnly the shapes can find a heading here; gov-report headings are policy phrases, not the verse-like 小标题 of news, so recall is expected to be low and precision is what matters.\n\n${table(['TP', 'FP', 'FN', 'precision', 'recall', 'F1'], [[stripped.tp, stripped.fp, stripped.fn, fmt(sr.precision), fmt(sr.recall), fmt(sr.f1)]])}${strippedFp.length ? `\n\nFalse positives (first ${strippedFp.length}): ${strippedFp.join('；')}` : ''}`,
      );
      parts.push(ruleBench(corpus, new Linter(jieba)));
    }
    parts.push(seedCheck(analyzer));
    return parts.join('\n\n');
  },
};
