// Compares two source trees' speed on the same ~1 MB corpus input in ONE process, alternating the
// two builds run by run and timing CPU time: on a shared machine, separate runs minutes apart
// differ by more than most changes do; runs side by side in one process see the same load.
//   node bench/compare-lint.mjs <base-dir> <new-dir> [runs] [rule-id,...]
// Each dir is a checkout with node_modules (e.g. `git worktree add /tmp/base <commit>` and a
// symlink to this repo's node_modules); both builds read the base tree's data files. Prints medians of `tag`, `Linter.lint` (cold caches), the
// document model and each named rule alone (uncached copies), the first two runs left out.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const [baseDir, newDir, runs = '10', rules = 'punctuation-enumeration-comma,punctuation-quotation-marks'] = process.argv.slice(2);
if (!baseDir || !newDir) {
  console.error('usage: node bench/compare-lint.mjs <base-dir> <new-dir> [runs] [rule-id,...]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const from = (dir, path) => JSON.stringify(resolve(dir, path));
const harness = `
import { Linter as LinterA } from ${from(baseDir, 'server/src/linter')};
import { Linter as LinterB } from ${from(newDir, 'server/src/linter')};
import { buildDocument as buildA, ParagraphAnalyzer as AnalyzerA } from ${from(baseDir, 'server/src/core/document')};
import { buildDocument as buildB, ParagraphAnalyzer as AnalyzerB } from ${from(newDir, 'server/src/core/document')};
import { sharedJieba } from ${from(baseDir, 'server/src/core/segmenter')};
import { source, textOfSize } from ${from(root, 'bench/lib/inputs')};
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const N = ${Number(runs)};
const text = textOfSize(source(), 1 << 20);
const seg = sharedJieba();
seg.load();
const jieba = require('nodejieba');
const config = { rules: {}, options: { quantityPlaceholder: '□', runOnLength: 50, spacing: 'none' } };
const sides = {
  base: { Linter: LinterA, build: () => buildA(text, new AnalyzerA(seg)) },
  new: { Linter: LinterB, build: () => buildB(text, new AnalyzerB(seg)) },
};
const median = (xs) => { const s = xs.slice(2).sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const rows = [];
const compare = (label, run) => {
  const t = { base: [], new: [] };
  for (let r = 0; r < N; r++) for (const k of r % 2 ? ['base', 'new'] : ['new', 'base']) { const c0 = cpu(); run(k); t[k].push(cpu() - c0); }
  rows.push([label, median(t.base), median(t.new)]);
};
const tags = [];
for (let r = 0; r < N; r++) { const c0 = cpu(); jieba.tag(text); tags.push(cpu() - c0); }
compare('Linter.lint, cold caches', (k) => new sides[k].Linter(seg).lint(text, config));
compare('document model', (k) => sides[k].build());
const docs = { base: sides.base.build(), new: sides.new.build() };
const uncached = (d) => ({ ...d, paragraphs: d.paragraphs.map((p) => ({ ...p })) });
for (const id of ${JSON.stringify(rules.split(',').filter(Boolean))}) {
  const rule = { base: new LinterA(seg).rules.find((r) => r.id === id), new: new LinterB(seg).rules.find((r) => r.id === id) };
  if (!rule.base || !rule.new) continue;
  compare(id + ' alone', (k) => {
    const d = uncached(docs[k]);
    if (rule[k].scope === 'paragraph') for (const p of d.paragraphs) rule[k].check(p, config.options);
    else rule[k].check(d, config.options);
  });
}
const tag = median(tags);
console.log('| CPU ms, median of ' + (N - 2) + ' | base | new | new / base |');
console.log('| --- | --- | --- | --- |');
console.log('| nodejieba tag, whole text | ' + tag.toFixed(0) + ' | | |');
for (const [label, a, b] of rows) console.log('| ' + label + ' | ' + a.toFixed(0) + ' (' + (a / tag).toFixed(2) + '× tag) | ' + b.toFixed(0) + ' (' + (b / tag).toFixed(2) + '× tag) | ' + (b / a).toFixed(2) + ' |');
`;
// in the base tree: data files read at run time (the 、 model) are found upward from the bundle,
// so both builds read the base tree's
const outfile = resolve(baseDir, 'bench', '.out', 'compare-lint.js');
await build({
  stdin: { contents: harness, resolveDir: root, loader: 'ts' },
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['nodejieba'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [outfile], { stdio: 'inherit', env: { ...process.env, ZH_REPORT_CORPUS: process.env.ZH_REPORT_CORPUS ?? resolve(root, '..', 'shared', 'corpus', 'gov-reports') } });
process.exit(r.status ?? 1);
