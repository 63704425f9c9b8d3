/** The body of scripts/train-enumeration.mjs (bundled by it with esbuild). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../bench/corpus';
import {
  averagePrecision,
  crossValidate,
  curve,
  damagedParagraphs,
  nestedCrossValidate,
  selectOptions,
  strippedParagraphs,
  trainingCopies,
  trainEnumerationModel,
  type ScoredOutcome,
} from '../server/src/core/enumerationTrain';
import { packModel, scoreSeams, toScorer } from '../server/src/core/enumerationModel';

const args = process.argv.slice(2);
const cv = args.includes('--cv') ? Number(args[args.indexOf('--cv') + 1] ?? 4) : 0;
const nested = args.includes('--nested');
const select = args.includes('--select');
const corpus = loadCorpus();
if (!corpus) process.exit(1);
const started = Date.now();
// the shipped model learns from both copies of each report (trainingCopies); --stripped compares
const files = args.includes('--stripped') ? corpus.map((f) => damagedParagraphs(f.text)) : corpus.map((f) => trainingCopies(f.text));
console.log(`tagged ${files.length} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const opts = process.env.TRAIN_OPTS ? JSON.parse(process.env.TRAIN_OPTS) : {};

/** The most recall reachable at each precision, and precision/recall at each threshold. */
function printCurve(outcomes: ScoredOutcome[], deletions: number): void {
  console.log(`${deletions} deletions, ${outcomes.filter((o) => o.positive).length} at seams, ${outcomes.length} seams; average precision ${averagePrecision(outcomes, deletions).toFixed(3)}`);
  const sorted = [...outcomes].sort((a, b) => b.p - a.p);
  for (const target of [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6]) {
    let tp = 0;
    let best = { recall: 0, p: 1 };
    sorted.forEach((o, i) => {
      if (o.positive) tp++;
      if (tp / (i + 1) >= target && tp / deletions > best.recall) best = { recall: tp / deletions, p: o.p };
    });
    console.log(`recall at precision ${target}: ${best.recall.toFixed(3)} (p >= ${best.p.toFixed(3)})`);
  }
  const ts = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
  for (const c of curve(outcomes, deletions, ts)) console.log(`p>=${c.threshold}: flagged ${c.flagged} precision ${c.precision.toFixed(3)} recall ${c.recall.toFixed(3)}`);
}

if (args.includes('--stripped')) {
  // 4-fold by report: seams of the 、-only copies and of the copies stripped of every mark but ，。
  // scored separately, the model trained on the training folds' 、-only copies, plus their stripped
  // copies unless MIX=none
  const t0 = Date.now();
  const stripped = corpus.map((f) => strippedParagraphs(f.text));
  console.log(`stripped copies tagged in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const k = cv || 4;
  const mix = process.env.MIX ?? 'both';
  const a: ScoredOutcome[] = [];
  const s: ScoredOutcome[] = [];
  let da = 0;
  let ds = 0;
  for (let fold = 0; fold < k; fold++) {
    const train = files.flatMap((f, i) => (i % k === fold ? [] : mix === 'none' ? [f] : mix === 'stripped' ? [stripped[i]] : [[...f, ...stripped[i]]]));
    const scorer = toScorer(trainEnumerationModel(train, opts));
    for (const [i, f] of files.entries()) {
      if (i % k !== fold) continue;
      for (const p of f) {
        da += p.commas.size;
        for (const x of scoreSeams(p.text, p.tokens, p.evidence, scorer, p.stripped)) a.push({ p: x.p, positive: p.commas.has(x.at) });
      }
      for (const p of stripped[i]) {
        ds += p.commas.size;
        for (const x of scoreSeams(p.text, p.tokens, p.evidence, scorer, p.stripped)) s.push({ p: x.p, positive: p.commas.has(x.at) });
      }
    }
  }
  console.log(`MIX=${mix} ${JSON.stringify(opts)} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n== 、-only copies`);
  printCurve(a, da);
  console.log('== stripped copies');
  printCurve(s, ds);
} else if (nested) {
  // the honest estimate of training with settings chosen by inner cross-validation
  const { outcomes, deletions, picked } = nestedCrossValidate(files, cv || 4);
  console.log(`nested ${cv || 4}-fold by report (settings picked by inner 3-fold CV on each training set): ${picked.map((o) => JSON.stringify(o)).join(' ')}`);
  printCurve(outcomes, deletions);
} else if (select) {
  // inner CV on all reports: what the shipped settings (DEFAULT_TRAIN) should be
  const { best, scores } = selectOptions(files);
  for (const s of scores) console.log(`${JSON.stringify(s.options)}: average precision ${s.ap.toFixed(4)}`);
  console.log(`best: ${JSON.stringify(best)}`);
} else if (cv) {
  const { outcomes, deletions } = crossValidate(files, cv, opts);
  console.log(`${cv}-fold by report, settings ${JSON.stringify(opts)} over the defaults:`);
  printCurve(outcomes, deletions);
} else {
  const model = trainEnumerationModel(files, opts);
  const out = join(__dirname, '..', '..', 'server', 'src', 'data', 'enumeration-model.json');
  // shipped packed: weights by name hash (enumerationModel.ts packModel)
  const json = JSON.stringify(packModel(model));
  writeFileSync(out, json + '\n');
  console.log(`wrote ${out}: ${Object.keys(model.weights ?? {}).length} weights, ${model.words.length} words, ${json.length} bytes`);
}
