/** The body of scripts/train-enumeration.mjs (bundled by it with esbuild). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../bench/corpus';
import { crossValidate, damagedParagraphs, trainEnumerationModel } from '../server/src/core/enumerationTrain';

const args = process.argv.slice(2);
const cv = args.includes('--cv') ? Number(args[args.indexOf('--cv') + 1] ?? 4) : 0;
const corpus = loadCorpus();
if (!corpus) process.exit(1);
const started = Date.now();
const files = corpus.map((f) => damagedParagraphs(f.text));
console.log(`tagged ${files.length} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (cv) {
  const opts = process.env.TRAIN_OPTS ? JSON.parse(process.env.TRAIN_OPTS) : {};
  const { outcomes, deletions } = crossValidate(files, cv, opts);
  const ts = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
  const { curve } = require('../server/src/core/enumerationTrain') as typeof import('../server/src/core/enumerationTrain');
  console.log(`${cv}-fold by report: ${deletions} deletions, ${outcomes.filter((o) => o.positive).length} at seams, ${outcomes.length} seams`);
  // the most recall reachable at a precision: scan seams from the most to the least probable
  const sorted = [...outcomes].sort((a, b) => b.p - a.p);
  for (const target of [0.95, 0.9, 0.8, 0.7]) {
    let tp = 0;
    let best = { recall: 0, p: 1 };
    sorted.forEach((o, i) => {
      if (o.positive) tp++;
      if (tp / (i + 1) >= target && tp / deletions > best.recall) best = { recall: tp / deletions, p: o.p };
    });
    console.log(`recall at precision ${target}: ${best.recall.toFixed(3)} (p >= ${best.p.toFixed(3)})`);
  }
  for (const c of curve(outcomes, deletions, ts)) console.log(`p>=${c.threshold}: flagged ${c.flagged} precision ${c.precision.toFixed(3)} recall ${c.recall.toFixed(3)}`);
} else {
  const model = trainEnumerationModel(files);
  const out = join(__dirname, '..', '..', 'server', 'src', 'data', 'enumeration-model.json');
  const json = JSON.stringify(model);
  writeFileSync(out, json + '\n');
  console.log(`wrote ${out}: ${Object.keys(model.weights).length} weights, ${model.words.length} words, ${json.length} bytes`);
}
