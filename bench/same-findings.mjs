// Checks that an optimisation changed no result: runs two builds of the CLI
// (`node <dir>/dist/cli.js lint --format json`) on the same files and compares their findings
// (ids, spans, messages, data, fixes) file by file.
//   node bench/same-findings.mjs <baseline-dir> <new-dir> FILE...
// Exit code 0 when identical, 1 when any file differs (the first differences are printed).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const [baseDir, newDir, ...files] = process.argv.slice(2);
if (!baseDir || !newDir || files.length === 0) {
  console.error('usage: node bench/same-findings.mjs <baseline-dir> <new-dir> FILE...');
  process.exit(2);
}

function lint(dir) {
  const started = Date.now();
  let out;
  try {
    out = execFileSync('node', [join(dir, 'dist', 'cli.js'), 'lint', '--format', 'json', ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
  } catch (e) {
    // exit code 1 means "problems found": the JSON is still on stdout
    if (e.status !== 1) throw e;
    out = e.stdout;
  }
  return { results: JSON.parse(out), ms: Date.now() - started };
}

const a = lint(baseDir);
const b = lint(newDir);
let differ = 0;
for (let i = 0; i < files.length; i++) {
  const fa = a.results[i]?.findings ?? [];
  const fb = b.results[i]?.findings ?? [];
  const ja = fa.map((f) => JSON.stringify(f));
  const jb = fb.map((f) => JSON.stringify(f));
  const setB = new Set(jb);
  const setA = new Set(ja);
  const onlyA = ja.filter((x) => !setB.has(x));
  const onlyB = jb.filter((x) => !setA.has(x));
  const same = onlyA.length === 0 && onlyB.length === 0 && ja.join('\n') === jb.join('\n');
  console.log(`${same ? 'same' : 'DIFFERENT'}  ${fa.length} vs ${fb.length} findings  ${files[i]}`);
  if (!same) {
    differ++;
    for (const x of onlyA.slice(0, 5)) console.log(`  - ${x.slice(0, 300)}`);
    for (const x of onlyB.slice(0, 5)) console.log(`  + ${x.slice(0, 300)}`);
    if (!onlyA.length && !onlyB.length) console.log('  (same findings, different order)');
  }
}
console.log(`baseline ${a.ms} ms, new ${b.ms} ms; ${differ ? `${differ} file(s) differ` : 'all identical'}`);
process.exit(differ ? 1 : 0);
