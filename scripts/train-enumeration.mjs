// Trains the 顿号 scorer and writes server/src/data/enumeration-model.json (see
// server/src/core/enumerationTrain.ts). Reads the clean reports at run time (bench/corpus.ts:
// ../shared/corpus/gov-reports or $ZH_REPORT_CORPUS); never copies them.
//
//   node scripts/train-enumeration.mjs            train on all reports, write the model
//   node scripts/train-enumeration.mjs --cv 4     print 4-fold-by-report curves (no write)
//   node scripts/train-enumeration.mjs --select   pick l2/minCount by 3-fold CV on all reports
//   node scripts/train-enumeration.mjs --nested   4-fold curves with settings picked by inner CV per fold
// TRAIN_OPTS='{"l2":0.01}' overrides settings for --cv and training.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['scripts/train-enumeration-main.ts'],
  outfile: 'bench/.out/train-enumeration.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['nodejieba'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['bench/.out/train-enumeration.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
