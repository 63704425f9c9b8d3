/**
 * Trains the 顿号 scorer (enumerationModel.ts) from clean text: every 、 is deleted, and the seams
 * of the damaged copy are examples, positive where a 、 stood. Logistic regression with AdaGrad and
 * L2 shrinkage; features seen fewer than `minCount` times and near-zero weights are dropped so
 * that the shipped model stays small. Used by scripts/train-enumeration.mjs and by the benchmark's
 * cross-validation (bench/punctuation.ts); nothing in the server imports it.
 */
import { buildDocument, ParagraphAnalyzer } from './document';
import { evidenceAt } from './enumeration';
import { extractSeams, itemKey } from './enumerationFeatures';
import { scoreSeams, toScorer, type EnumerationModel } from './enumerationModel';
import { sharedJieba } from './segmenter';
import type { Token } from './types';

/** One paragraph of a damaged copy: its text, tokens, and where 、 were deleted (relative). */
export interface TrainingParagraph {
  text: string;
  tokens: readonly Token[];
  commas: ReadonlySet<number>;
  evidence?: ReadonlyMap<number, string>;
  /** Whether the copy was stripped of every mark but ，and 。 (strippedParagraphs). */
  stripped?: boolean;
}

export interface TrainOptions {
  /** Words kept as features of their own: the most frequent ones next to seams. */
  wordCount: number;
  minCount: number;
  epochs: number;
  l2: number;
  rate: number;
  /** Weights smaller than this are dropped from the model. */
  minWeight: number;
  /** How often a list item must be seen between two 、 to be kept. */
  itemMinCount: number;
}

/**
 * The shipped settings. l2, minCount and rate are the ones inner cross-validation picked on the
 * 、-only copies (selectOptions over OPTION_GRID, 3-fold on the training reports only): strong
 * shrinkage with rare features kept generalises to unseen reports better than weak shrinkage with
 * rare features dropped (4-fold recall at precision 0.8: 0.39 with l2 1e-6 and minCount 5). On
 * both copies of each report (trainingCopies) the same selection ties l2 0.01 (average precision
 * 0.6555) with 0.03 (0.6551); 0.01 is less calibrated (4-fold warnings at P 0.7 right 0.889 of the
 * time on the 、-only copies, 0.878 on the stripped ones), so 0.03 stays.
 */
export const DEFAULT_TRAIN: TrainOptions = { wordCount: 3000, minCount: 3, epochs: 5, l2: 0.03, rate: 0.1, minWeight: 0.01, itemMinCount: 1 };

/** The settings inner cross-validation chooses from: shrinkage strength × feature-count pruning. */
export const OPTION_GRID: ReadonlyArray<Partial<TrainOptions>> = [0.01, 0.03, 0.1].flatMap((l2) => [3, 5].flatMap((minCount) => [0.1, 0.2].map((rate) => ({ l2, minCount, rate }))));

/** Deletes every 、 from a paragraph, returning the copy and the offsets where they stood. */
export function deleteCommas(text: string): { text: string; commas: Set<number> } {
  let out = '';
  const commas = new Set<number>();
  for (const ch of text) {
    if (ch === '、') commas.add(out.length);
    else out += ch;
  }
  return { text: out, commas };
}

/**
 * A copy stripped the way careless conversions strip a report: every punctuation mark or symbol
 * except ，and 。 deleted (、“”‘’《》〈〉：；？！（）—…· %/ and the like), and every line break and
 * space deleted, so that headings fuse into the running text. Returns the copy, the offsets where
 * a 、 stood, and the offsets where another mark or a line break stood (seams a 、-only copy never
 * shows).
 */
export function stripMarks(text: string): { text: string; commas: Set<number>; others: Set<number> } {
  let out = '';
  const commas = new Set<number>();
  const others = new Set<number>();
  for (const ch of text) {
    if (ch === '、') commas.add(out.length);
    else if (ch === '，' || ch === '。') out += ch;
    else if (STRIPPED.test(ch)) others.add(out.length);
    else out += ch;
  }
  return { text: out, commas, others };
}

const STRIPPED = /^[\p{P}\p{S}\s]$/u;

/** Trains the scorer from reports, each a list of paragraphs of its damaged copy. */
export function trainEnumerationModel(files: readonly (readonly TrainingParagraph[])[], options: Partial<TrainOptions> = {}): EnumerationModel {
  const o = { ...DEFAULT_TRAIN, ...options };
  // words next to seams, most frequent first
  const wordFreq = new Map<string, number>();
  for (const f of files) for (const p of f) for (const t of p.tokens) wordFreq.set(t.text, (wordFreq.get(t.text) ?? 0) + 1);
  const words = [...wordFreq.entries()]
    .filter(([w]) => /^[\u4e00-\u9fff]+$/.test(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.wordCount)
    .map(([w]) => w);
  const wordSet = new Set(words);
  const items = listItems(files, o.itemMinCount);
  const itemKeys = new Set([...items].map(itemKey));
  // per report, per paragraph: its seams and their labels
  const seamsOf = files.map((f) =>
    f.map((p) => {
      const seams = extractSeams(p.text, p.tokens, wordSet, p.evidence, itemKeys, true, p.stripped);
      return { seams, labels: seams.map((s) => (p.commas.has(s.at) ? 1 : 0)) };
    }),
  );
  const weights = fit(seamsOf.flatMap((f) => f.flatMap(({ seams, labels }) => seams.map((s, k) => ({ features: s.names!, y: labels[k] })))), o);
  const model: EnumerationModel = { words: [], weights, items: [...items].sort() };
  // words whose features were all dropped need not ship
  const used = new Set(Object.keys(weights).flatMap((k) => (/^w(l|r|ll|rr):/.test(k) ? [k.slice(k.indexOf(':') + 1)] : [])));
  model.words = words.filter((x) => used.has(x));
  return model;
}

/** Items seen between two 、 (稳增长, 促转型): the list items the reports use. */
function listItems(files: readonly (readonly TrainingParagraph[])[], minCount: number): Set<string> {
  const seen = new Map<string, number>();
  for (const f of files) {
    for (const p of f) {
      const cs = [...p.commas].sort((a, b) => a - b);
      for (let i = 1; i < cs.length; i++) {
        const item = p.text.slice(cs[i - 1], cs[i]);
        if (item.length >= 2 && item.length <= 6 && /^[\u4e00-\u9fff]+$/.test(item)) seen.set(item, (seen.get(item) ?? 0) + 1);
      }
    }
  }
  return new Set([...seen].filter(([, n]) => n >= minCount).map(([w]) => w));
}

interface Example {
  features: readonly string[];
  y: number;
}

/** Logistic regression by AdaGrad; rare features and near-zero weights dropped. */
function fit(data: readonly Example[], o: TrainOptions): Record<string, number> {
  const index = new Map<string, number>();
  const counts: number[] = [];
  const names: string[] = [];
  const examples = data.map(({ features, y }) => ({
    y,
    f: features.map((name) => {
      let k = index.get(name);
      if (k === undefined) {
        index.set(name, (k = names.length));
        names.push(name);
        counts.push(0);
      }
      counts[k]++;
      return k;
    }),
  }));
  const keep = counts.map((c) => c >= o.minCount);
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  // a fixed shuffle (linear congruential) keeps training deterministic
  const order = examples.map((_, i) => i);
  let seed = 12345;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of order) {
      const { f, y } = examples[i];
      let z = 0;
      for (const k of f) if (keep[k]) z += w[k];
      const g = 1 / (1 + Math.exp(-z)) - y;
      for (const k of f) {
        if (!keep[k]) continue;
        const grad = g + o.l2 * w[k];
        g2[k] += grad * grad;
        w[k] -= (o.rate * grad) / Math.sqrt(g2[k]);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (let k = 0; k < names.length; k++) {
    if (keep[k] && Math.abs(w[k]) >= o.minWeight) weights[names[k]] = Math.round(w[k] * 1000) / 1000;
  }
  return weights;
}

/** Per-seam outcome of a scored paragraph, for choosing thresholds and reporting curves. */
export interface ScoredOutcome {
  p: number;
  positive: boolean;
}

/** Precision and recall at each threshold, given scored seams and the number of deletions. */
export function curve(outcomes: readonly ScoredOutcome[], deletions: number, thresholds: readonly number[]): Array<{ threshold: number; flagged: number; precision: number; recall: number }> {
  return thresholds.map((threshold) => {
    let tp = 0;
    let flagged = 0;
    for (const o of outcomes) {
      if (o.p < threshold) continue;
      flagged++;
      if (o.positive) tp++;
    }
    return { threshold, flagged, precision: flagged ? tp / flagged : 1, recall: deletions ? tp / deletions : 1 };
  });
}

/**
 * Average precision of scored seams: the mean, over all deletions, of the precision at the rank
 * where each is found (deletions no seam reaches count as never found). Ranks the whole curve, so
 * settings are not chosen for one threshold.
 */
export function averagePrecision(outcomes: readonly ScoredOutcome[], deletions: number): number {
  const sorted = [...outcomes].sort((a, b) => b.p - a.p);
  let tp = 0;
  let sum = 0;
  sorted.forEach((o, i) => {
    if (!o.positive) return;
    tp++;
    sum += tp / (i + 1);
  });
  return deletions ? sum / deletions : 0;
}

/**
 * Picks training settings by k-fold cross-validation over the given reports only (report j of the
 * list in fold j mod k): the grid entry with the highest average precision. Called on the training
 * reports of an outer fold, it never sees that fold's test reports.
 */
export function selectOptions(
  files: readonly TrainingParagraph[][],
  grid: ReadonlyArray<Partial<TrainOptions>> = OPTION_GRID,
  k = 3,
): { best: Partial<TrainOptions>; scores: Array<{ options: Partial<TrainOptions>; ap: number }> } {
  const scores = grid.map((options) => {
    const { outcomes, deletions } = crossValidate(files, k, options);
    return { options, ap: averagePrecision(outcomes, deletions) };
  });
  const best = scores.reduce((a, b) => (b.ap > a.ap ? b : a)).options;
  return { best, scores };
}

/**
 * Nested cross-validation by report: for each outer fold, settings are picked by selectOptions on
 * the other folds' reports, a model is trained there with them and scores the fold. The outcomes
 * are an honest estimate of the whole procedure (settings included); `picked` lists each fold's choice.
 */
export function nestedCrossValidate(
  files: readonly TrainingParagraph[][],
  k: number,
  grid: ReadonlyArray<Partial<TrainOptions>> = OPTION_GRID,
  innerK = 3,
): { outcomes: ScoredOutcome[]; deletions: number; picked: Array<Partial<TrainOptions>> } {
  const outcomes: ScoredOutcome[] = [];
  const picked: Array<Partial<TrainOptions>> = [];
  let deletions = 0;
  for (let fold = 0; fold < k; fold++) {
    const train = files.filter((_, i) => i % k !== fold);
    const { best } = selectOptions(train, grid, innerK);
    picked.push(best);
    const scorer = toScorer(trainEnumerationModel(train, best));
    for (const p of files.filter((_, i) => i % k === fold).flat()) {
      deletions += p.commas.size;
      for (const s of scoreSeams(p.text, p.tokens, p.evidence, scorer, p.stripped)) outcomes.push({ p: s.p, positive: p.commas.has(s.at) });
    }
  }
  return { outcomes, deletions, picked };
}

/**
 * A report's paragraphs with every 、 deleted, tagged as the linter tags them, with the seams where
 * 、 stood and the hand-written evidence found in the damaged copy.
 */
export function damagedParagraphs(text: string, analyzer = new ParagraphAnalyzer(sharedJieba())): TrainingParagraph[] {
  const { text: damaged, commas } = deleteCommas(text);
  return paragraphsOf(damaged, commas, analyzer);
}

/**
 * What the scorer is trained on for one report: its copy with every 、 deleted and its copy
 * stripped of every mark but ，and 。 (one report's two copies stay in one fold). The stripped
 * copy shows the model seams where “”《》：；？！ or a line break stood, as negatives.
 */
export function trainingCopies(text: string, analyzer = new ParagraphAnalyzer(sharedJieba())): TrainingParagraph[] {
  return [...damagedParagraphs(text, analyzer), ...strippedParagraphs(text, analyzer)];
}

/** The paragraph of a copy stripped of every mark but ，and 。 (stripMarks), as damagedParagraphs. */
export function strippedParagraphs(text: string, analyzer = new ParagraphAnalyzer(sharedJieba())): TrainingParagraph[] {
  const { text: damaged, commas } = stripMarks(text);
  return paragraphsOf(damaged, commas, analyzer, true);
}

function paragraphsOf(damaged: string, commas: ReadonlySet<number>, analyzer: ParagraphAnalyzer, stripped = false): TrainingParagraph[] {
  const doc = buildDocument(damaged, analyzer);
  return doc.paragraphs.map((p) => {
    const rel = new Set<number>();
    for (const c of commas) if (c >= p.start && c <= p.end) rel.add(c - p.start);
    return { text: p.text, tokens: p.tokens, commas: rel, evidence: evidenceAt(p), ...(stripped ? { stripped } : {}) };
  });
}

/**
 * k-fold cross-validation by report: each report's seams are scored by a model trained on the
 * reports of the other folds (report i is in fold i mod k).
 */
export function crossValidate(files: readonly TrainingParagraph[][], k: number, options: Partial<TrainOptions> = {}): { outcomes: ScoredOutcome[]; deletions: number } {
  const outcomes: ScoredOutcome[] = [];
  let deletions = 0;
  for (let fold = 0; fold < k; fold++) {
    const train = files.filter((_, i) => i % k !== fold);
    const scorer = toScorer(trainEnumerationModel(train, options));
    for (const p of files.filter((_, i) => i % k === fold).flat()) {
      deletions += p.commas.size;
      for (const s of scoreSeams(p.text, p.tokens, p.evidence, scorer, p.stripped)) outcomes.push({ p: s.p, positive: p.commas.has(s.at) });
    }
  }
  return { outcomes, deletions };
}
