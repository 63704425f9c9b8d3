// Bundles the TypeScript benchmarks to bench/.out and runs them with the given suite names.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'bench/.out/run.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['nodejieba', 'zhlint', 'autocorrect-node', '@node-rs/jieba'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', 'bench/.out/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
