/**
 * Suite `punctuation-style`: false positives on the clean reports and recall on damaged copies for
 * sentence-run-on, punctuation-terminal, -approximate-number, -fullwidth-alnum, -spacing,
 * -unbalanced (nesting) and -halfwidth (straight quotes).
 *
 * Each damage is programmatic and records where it acted; a finding is a hit when it lands on a
 * recorded site and a false positive otherwise. Where a rule has safe fixes, the suite also
 * applies them to the damaged copy and counts the files restored exactly ("fix round trip").
 * punctuation-approximate-number has no material in the reports (they write 两三年 correctly and
 * use 二、三级 as enumerations), so it is measured on phrases generated from its own definition
 * (GB/T 15834-2011 A.2.3) and on the corpus for false positives only.
 */
import { loadCorpus, type CorpusFile } from './corpus';
import { fmt, ratios, table, type Score } from './metrics';
import type { Suite } from './run';
import { applyFixes, Linter } from '../server/src/linter';
import { defaultConfig, type Finding, type LintConfig } from '../server/src/core/types';
import { rules } from '../server/src/rules';

const MINE = [
  'sentence-run-on',
  'punctuation-terminal',
  'punctuation-approximate-number',
  'punctuation-fullwidth-alnum',
  'punctuation-spacing',
  'punctuation-unbalanced',
  'punctuation-halfwidth',
];

const linter = new Linter();

function only(ids: string[], tweak: (c: LintConfig) => void = () => {}): LintConfig {
  const c = defaultConfig();
  for (const r of rules) c.rules[r.id] = ids.includes(r.id) ? r.severity : 'off';
  tweak(c);
  return c;
}

function lint(text: string, ids: string[], tweak?: (c: LintConfig) => void): Finding[] {
  return linter.lint(text, only(ids, tweak)).findings;
}

/** Repeats safe fixes until none applies, as `zh-report lint --fix` would. */
function fixAll(text: string, ids: string[], tweak?: (c: LintConfig) => void): string {
  for (let pass = 0; pass < 5; pass++) {
    const r = applyFixes(text, lint(text, ids, tweak));
    if (r.applied === 0) break;
    text = r.text;
  }
  return text;
}

interface Damaged {
  text: string;
  /** Offsets in the damaged text where a finding is expected. */
  sites: number[];
}

interface Row {
  rule: string;
  damage: string;
  score: Score;
  roundTrip?: string;
  /** Overrides for rows whose recall is not tp / (tp + fn). */
  recall?: number;
  sites?: number;
}

/**
 * Scores findings against sites: a site is found when a finding's span contains it (or, with
 * `insertAt`, when a fix inserts exactly there); a finding matching no site is a false positive.
 */
function score(findings: Finding[], sites: number[], tol = 0, insertAt = false): Score {
  const found = new Set<number>();
  let fp = 0;
  for (const f of findings) {
    const hit = sites.filter((s) =>
      insertAt
        ? f.fixes.some((x) => x.edits.some((e) => e.start === e.end && Math.abs(e.start - s) <= tol))
        : s >= f.start - tol && s <= f.end + tol,
    );
    if (hit.length === 0) fp++;
    for (const h of hit) found.add(h);
  }
  return { tp: found.size, fp, fn: sites.length - found.size };
}

function add(a: Score, b: Score): Score {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

// ---- damages -------------------------------------------------------------------------------

/** Removes the final 。 of every paragraph that has one; the site is the paragraph's new end. */
function dropFinalStops(text: string): Damaged {
  const sites: number[] = [];
  let out = '';
  for (const line of text.split('\n')) {
    const m = /。\s*$/.exec(line);
    if (m) {
      out += line.slice(0, m.index);
      sites.push(out.length - 1);
      out += '\n';
    } else out += line + '\n';
  }
  return { text: out.slice(0, -1), sites };
}

/**
 * Joins clauses: within each paragraph, deletes the ，or 。 between mark-free clauses until the
 * merged stretch has more than `limit` Chinese characters. Sites are the deleted marks' offsets.
 */
export function joinClauses(text: string, limit: number): Damaged & { stretches: Array<[number, number]> } {
  const sites: number[] = [];
  const stretches: Array<[number, number]> = [];
  let out = '';
  for (const line of text.split('\n')) {
    const parts = line.split(/(?<=[，。])/); // each part ends with its mark
    let k = 0;
    while (k < parts.length) {
      const merged: string[] = [];
      const removed: number[] = [];
      let han = 0;
      let j = k;
      while (j < parts.length && j - k < 5) {
        const body = parts[j].replace(/[，。]$/, '');
        if (/[^\u4e00-\u9fffA-Za-z0-9]/.test(body) || !/[，。]$/.test(parts[j])) break;
        merged.push(body);
        han += (body.match(/[\u4e00-\u9fff]/g) ?? []).length;
        j++;
        if (han > limit) break;
      }
      if (han > limit && merged.length >= 2) {
        const start = out.length;
        merged.forEach((body, n) => {
          out += body;
          if (n < merged.length - 1) removed.push(out.length);
        });
        out += parts[j - 1].slice(-1); // keep the last clause's mark
        sites.push(...removed);
        stretches.push([start, out.length - 1]);
        k = j;
      } else {
        out += parts[k];
        k++;
      }
    }
    out += '\n';
  }
  return { text: out.slice(0, -1), sites, stretches };
}

const FULL = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Every run of ASCII digits and letters becomes full-width; sites are the runs' starts. */
function widenAlnum(text: string): Damaged {
  const sites: number[] = [];
  const out = text.replace(/[0-9A-Za-z]+/g, (m, at: number) => {
    sites.push(at);
    return FULL(m);
  });
  return { text: out, sites };
}

/**
 * Inserts a space at every boundary between Chinese and a digit or letter, and between two
 * Chinese characters every `every`-th such pair; sites are the inserted spaces.
 */
function insertSpaces(text: string, every: number): Damaged {
  const sites: number[] = [];
  let out = '';
  let hanPairs = 0;
  for (let i = 0; i < text.length; i++) {
    const a = text[i];
    const b = text[i + 1] ?? '';
    out += a;
    const hanA = /[\u4e00-\u9fff]/.test(a);
    const hanB = /[\u4e00-\u9fff]/.test(b);
    const alnumA = /[0-9A-Za-z]/.test(a);
    const alnumB = /[0-9A-Za-z]/.test(b);
    let insert = (hanA && alnumB) || (alnumA && hanB);
    if (hanA && hanB && ++hanPairs % every === 0) insert = true;
    if (insert) {
      sites.push(out.length);
      out += ' ';
    }
  }
  return { text: out, sites };
}

/** Clean text in pangu style: one space at every Chinese–digit/Latin boundary. */
function toPangu(text: string): string {
  return text.replace(/([\u4e00-\u9fff])([0-9A-Za-z])/g, '$1 $2').replace(/([0-9A-Za-z])([\u4e00-\u9fff])/g, '$1 $2');
}

/** Every “…” pair without nested quotes becomes "…"; sites are both straight quotes. */
function straightenQuotes(text: string): Damaged {
  const sites: number[] = [];
  const out = text.replace(/“([^“”\n]*)”/g, (m, inner: string, at: number) => {
    sites.push(at, at + inner.length + 1);
    return `"${inner}"`;
  });
  return { text: out, sites };
}

/** Only the closing ” of every third pair becomes ": a mixed pair. */
function mixQuotes(text: string): Damaged {
  const sites: number[] = [];
  let n = 0;
  const out = text.replace(/“([^“”\n]*)”/g, (m, inner: string, at: number) => {
    if (n++ % 3 !== 0) return m;
    sites.push(at + inner.length + 1);
    return `“${inner}"`;
  });
  return { text: out, sites };
}

/**
 * Nests a second pair of the same marks inside quotations and titles with four or more Chinese
 * characters (“AB“CD”…” and 《AB《CD》…》), which GB/T 15834 writes with ‘’ and 〈〉.
 */
function nestSame(text: string, open: string, close: string): Damaged {
  const sites: number[] = [];
  const re = new RegExp(`${open}([\\u4e00-\\u9fff]{2})([\\u4e00-\\u9fff]{2})([^${open}${close}\\n]*)${close}`, 'g');
  let shift = 0;
  const out = text.replace(re, (m, a: string, b: string, rest: string, at: number) => {
    sites.push(at + shift + 3);
    shift += 2;
    return `${open}${a}${open}${b}${close}${rest}${close}`;
  });
  return { text: out, sites };
}

// ---- approximate numbers: generated phrases --------------------------------------------------

const PAIRS = ['一两', '两三', '三四', '三五', '四五', '五六', '六七', '七八', '八九'];
const APPROX_TAILS = ['个人', '年', '天', '个月', '十岁', '百人', '千字', '万元', '成', '倍', '公里', '次', '家企业', '所学校'];
const ENUM_FRAMES: Array<(a: string, b: string) => string> = [
  (a, b) => `第${a}、${b}轮督察`,
  (a, b) => `${a}、${b}级医院`,
  (a, b) => `${a}、${b}产业`,
  (a, b) => `${a}、${b}年级`,
  (a, b) => `${a}、${b}月份`,
  (a, b) => `${a}、${b}季度`,
  (a, b) => `${a}、${b}号线`,
  (a, b) => `一、${a}、${b}类`,
];

function approximateNumbers(): Row[] {
  const positives: string[] = [];
  const negatives: string[] = [];
  for (const p of PAIRS) {
    const [a, b] = [...p];
    for (const t of APPROX_TAILS) positives.push(`据统计，大约有${a}、${b}${t}参与了这项工作。`);
    for (const f of ENUM_FRAMES) negatives.push(`会议要求，${f(a, b)}要加强协同配合。`);
  }
  const count = (lines: string[]) => {
    const text = lines.join('\n');
    const findings = lint(text, ['punctuation-approximate-number']);
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    return new Set(findings.map((f) => lineStarts.filter((s) => s <= f.start).length)).size;
  };
  const tp = count(positives);
  const fp = count(negatives);
  return [
    {
      rule: 'punctuation-approximate-number',
      damage: `generated: ${positives.length} estimates (三、四个) vs ${negatives.length} enumerations (二、三级)`,
      score: { tp, fp, fn: positives.length - tp },
    },
  ];
}

// ---- the suite -------------------------------------------------------------------------------

function per10k(n: number, chars: number): string {
  return fmt((n * 10000) / chars, 2);
}

function cleanReports(files: CorpusFile[]): string {
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  const punctuationIds = rules.map((r) => r.id).filter((id) => id.startsWith('punctuation-') || id === 'sentence-run-on');
  const counts = new Map<string, number>(punctuationIds.map((id) => [id, 0]));
  const examples: string[] = [];
  for (const f of files) {
    for (const x of lint(f.text, punctuationIds)) {
      counts.set(x.ruleId, (counts.get(x.ruleId) ?? 0) + 1);
      if (MINE.includes(x.ruleId))
        examples.push(`${x.ruleId} · ${f.name.slice(5, -4)} · …${f.text.slice(Math.max(0, x.start - 10), x.start)}【${f.text.slice(x.start, x.end)}】${f.text.slice(x.end, x.end + 10)}…`.replace(/\n/g, '⏎'));
    }
  }
  const mine = MINE.reduce((n, id) => n + (counts.get(id) ?? 0), 0);
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  const rows = [...counts.entries()].map(([id, n]) => [MINE.includes(id) ? `**${id}**` : id, n, per10k(n, chars)]);
  rows.push(['this suite\'s rules', mine, per10k(mine, chars)], ['all punctuation rules', all, per10k(all, chars)]);
  const pangu = files.map((f) => toPangu(f.text));
  const panguFp = pangu.reduce((n, t) => n + lint(t, ['punctuation-spacing'], (c) => (c.options.spacing = 'pangu')).length, 0);
  const panguChars = pangu.reduce((n, t) => n + t.length, 0);
  return [
    `Clean reports: ${files.length} files, ${chars.toLocaleString('en')} characters, default options (target ≤ 1 per 10,000 characters across all punctuation rules).`,
    '',
    table(['rule', 'findings', 'per 10k chars'], rows),
    '',
    `punctuation-spacing with \`spacing: pangu\` on the same reports converted to pangu style: ${panguFp} findings (${per10k(panguFp, panguChars)} per 10k).`,
    '',
    'Findings of this suite\'s rules on the clean reports (each read by hand; see the rule pages):',
    '',
    ...examples.map((e) => `- ${e}`),
  ].join('\n');
}

function damagedReports(files: CorpusFile[]): string {
  const rows: Row[] = [];
  const run = (rule: string, damage: string, make: (t: string) => Damaged, opts: { tol?: number; insertAt?: boolean; tweak?: (c: LintConfig) => void; roundTrip?: boolean; filter?: (f: Finding) => boolean } = {}) => {
    let s: Score = { tp: 0, fp: 0, fn: 0 };
    let restored = 0;
    for (const f of files) {
      const d = make(f.text);
      const findings = lint(d.text, [rule], opts.tweak).filter(opts.filter ?? (() => true));
      s = add(s, score(findings, d.sites, opts.tol ?? 0, opts.insertAt));
      // the damage is undone when fixing the damaged copy gives what fixing the original gives
      if (opts.roundTrip && fixAll(d.text, [rule], opts.tweak) === fixAll(f.text, [rule], opts.tweak)) restored++;
    }
    rows.push({ rule, damage, score: s, roundTrip: opts.roundTrip ? `${restored}/${files.length}` : '–' });
  };

  run('punctuation-terminal', 'final 。 of every paragraph removed', dropFinalStops);
  // run-on: detection (a finding inside each joined stretch) and break placement (the offered ，
  // goes exactly where a mark was removed)
  let detect: Score = { tp: 0, fp: 0, fn: 0 };
  let placedRight = 0;
  let placedWrong = 0;
  let stretchesRight = 0;
  let stretchCount = 0;
  let noBreak = 0;
  for (const f of files) {
    const d = joinClauses(f.text, 50);
    const findings = lint(d.text, ['sentence-run-on']);
    const inside = (x: Finding, [a, b]: [number, number]) => x.start >= a && x.end <= b;
    const hit = d.stretches.filter((st) => findings.some((x) => inside(x, st))).length;
    detect = add(detect, { tp: hit, fn: d.stretches.length - hit, fp: findings.filter((x) => !d.stretches.some((st) => inside(x, st))).length });
    const at = (x: Finding) => x.fixes[0]?.edits[0]?.start ?? -1;
    const right = (x: Finding) => d.sites.includes(at(x));
    // a finding that names no break (runOnNoBreak) is neither right nor wrong about placement
    placedRight += findings.filter(right).length;
    placedWrong += findings.filter((x) => x.fixes.length > 0 && !right(x)).length;
    noBreak += findings.filter((x) => x.fixes.length === 0).length;
    stretchCount += d.stretches.length;
    stretchesRight += d.stretches.filter((st) => findings.some((x) => inside(x, st) && right(x))).length;
  }
  rows.push({ rule: 'sentence-run-on', damage: 'clauses joined (，。 removed) into stretches > 50: stretch detected', score: detect, roundTrip: '–' });
  rows.push({
    rule: 'sentence-run-on',
    damage: `same: break placement. precision = findings naming a break whose ，goes exactly where a mark was removed; recall = stretches with such a finding (${noBreak} findings name no break)`,
    score: { tp: placedRight, fp: placedWrong, fn: 0 },
    roundTrip: '–',
    recall: stretchesRight / stretchCount,
    sites: stretchCount,
  });
  run('punctuation-fullwidth-alnum', 'all ASCII digits and letters made full-width', widenAlnum, { roundTrip: true });
  run('punctuation-spacing', 'space at every 汉字–digit/Latin boundary and between every 97th pair of 汉字', (t) => insertSpaces(t, 97), { tol: 0, roundTrip: true });
  run(
    'punctuation-spacing',
    'pangu: reports in pangu style with every space at a 汉字–digit/Latin boundary removed',
    (t) => {
      // the clean text is the damage; the sites are the boundaries pangu wants spaced
      const sites: number[] = [];
      for (let i = 1; i < t.length; i++) {
        const a = t[i - 1];
        const b = t[i];
        if ((/[\u4e00-\u9fff]/.test(a) && /[0-9A-Za-z]/.test(b)) || (/[0-9A-Za-z]/.test(a) && /[\u4e00-\u9fff]/.test(b))) sites.push(i);
      }
      return { text: t, sites };
    },
    { tweak: (c) => (c.options.spacing = 'pangu'), insertAt: true },
  );
  run('punctuation-halfwidth', 'every “…” made "…"', straightenQuotes, { roundTrip: true, filter: (f) => f.messageId === 'straightQuote' });
  run('punctuation-halfwidth', 'closing ” of every third pair made "', mixQuotes, { roundTrip: true, filter: (f) => f.messageId === 'mixedQuotes' });
  run('punctuation-unbalanced', '“AB“CD”…” nested in quotations of ≥ 4 汉字', (t) => nestSame(t, '“', '”'), { filter: (f) => f.messageId === 'nestedDouble' });
  run('punctuation-unbalanced', '《AB《CD》…》 nested in titles of ≥ 4 汉字', (t) => nestSame(t, '《', '》'), { filter: (f) => f.messageId === 'nestedBook' });
  rows.push(...approximateNumbers());

  return [
    'Damaged copies of the same reports. A hit is a finding on a recorded damage site (for the',
    'pangu row: a fix inserting exactly there); any other finding of the rule (message) is a false',
    'positive. Fix round trip: files where fixing the damaged copy gives what fixing the original gives.',
    '',
    table(
      ['rule', 'damage', 'sites', 'hits', 'false pos.', 'precision', 'recall', 'fix round trip'],
      rows.map((r) => {
        const q = ratios(r.score);
        return [r.rule, r.damage, r.sites ?? r.score.tp + r.score.fn, r.score.tp, r.score.fp, fmt(q.precision), fmt(r.recall ?? q.recall), r.roundTrip ?? '–'];
      }),
    ),
  ].join('\n');
}

export const punctuationStyleSuite: Suite = {
  name: 'punctuation-style',
  title: 'Punctuation style: run-ons, terminal marks, approximate numbers, full-width, spacing, quotes',
  async run() {
    const corpus = loadCorpus();
    if (!corpus) return 'corpus not found: skipped';
    const files = corpus.filter((f) => f.name.endsWith('.txt'));
    return [cleanReports(files), '', damagedReports(files)].join('\n');
  },
};

export default punctuationStyleSuite;
