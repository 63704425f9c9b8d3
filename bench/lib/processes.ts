/** Whole-process timings: a command's wall time, and small node scripts that report JSON. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './inputs';
import { now, since } from './stats';

export interface ProcessRun {
  ms: number;
  status: number | null;
  stderr: string;
  /** Crashed, timed out or printed a stack trace (zhlint exits 0 after one). */
  failed: boolean;
}

/** Runs a command to completion, output discarded; wall milliseconds from spawn to exit. */
export function runProcess(command: string, args: string[], timeoutMs = 600_000): ProcessRun {
  const t0 = now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const stderr = String(r.stderr ?? '');
  const failed = r.status === null || r.status > 1 || /^\w*Error\b.*\n\s+at /m.test(stderr);
  return { ms: since(t0), status: r.status, stderr: stderr.slice(0, 500), failed };
}

/** Runs a node script (source text) that prints one JSON line; returns it parsed, or undefined. */
export function nodeJson<T>(script: string, file?: string, extraEnv: NodeJS.ProcessEnv = {}): T | undefined {
  const env = { ...process.env, ...extraEnv, BENCH_FILE: file ?? '' };
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = r.stdout.trim().split('\n').pop();
  try {
    return JSON.parse(last ?? '') as T;
  } catch {
    console.log(`脚本失败 (script failed): ${r.stderr.slice(0, 500)}`);
    return undefined;
  }
}

/** The unpatched nodejieba addon: the copy the postinstall patch keeps, else the installed one. */
export function stockNodejiebaBinary(): string {
  const release = join(ROOT, 'node_modules', 'nodejieba', 'build', 'Release');
  const kept = join(release, 'nodejieba.stock.node');
  return existsSync(kept) ? kept : join(release, 'nodejieba.node');
}

export function modulePath(...parts: string[]): string | undefined {
  const p = join(ROOT, 'node_modules', ...parts);
  return existsSync(p) ? p : undefined;
}

/**
 * A script measuring one segmenter's load (wall, CPU, RSS after it) and, given $BENCH_FILE, its tag
 * time. `nodejieba-stock` is nodejieba as npm ships it: the stock binary (kept beside the patched
 * one by scripts/patch-nodejieba.mjs, or the installed one when it was not patched) loading
 * jieba's default files; `nodejieba-min` is the installed build with our one-line IDF/stop words.
 */
export function loadScript(kind: 'nodejieba-stock' | 'nodejieba-min' | 'node-rs'): string {
  const nodejieba = JSON.stringify(join(ROOT, 'node_modules', 'nodejieba'));
  const rs = JSON.stringify(join(ROOT, 'node_modules', '@node-rs', 'jieba'));
  const dict = JSON.stringify(join(ROOT, 'server', 'dict'));
  const stockBinary = JSON.stringify(stockNodejiebaBinary());
  const load =
    kind === 'node-rs'
      ? `const { Jieba } = require(${rs}); const { dict } = require(${rs} + '/dict'); const j = Jieba.withDict(dict); const tag = (s) => j.tag(s, true);`
      : kind === 'nodejieba-min'
        ? `const j = require(${nodejieba}); j.load({ idfDict: ${dict} + '/idf.min.utf8', stopWordDict: ${dict} + '/stop_words.min.utf8' }); const tag = (s) => j.tag(s);`
        : `const j = require(${stockBinary}); const D = ${nodejieba} + '/submodules/cppjieba/dict/';
           j.load(D + 'jieba.dict.utf8', D + 'hmm_model.utf8', D + 'user.dict.utf8', D + 'idf.utf8', D + 'stop_words.utf8'); const tag = (s) => j.tag(s);`;
  return `
const fs = require('fs');
const mem = () => Number(/^VmRSS:\\s+(\\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const rss0 = mem();
const c0 = process.cpuUsage(); const t0 = process.hrtime.bigint();
${load}
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6; const c = process.cpuUsage(c0);
const rssAfterLoad = mem();
let tagMs = NaN;
const file = process.env.BENCH_FILE;
if (file) { const text = fs.readFileSync(file, 'utf8'); const t1 = process.hrtime.bigint(); tag(text); tagMs = Number(process.hrtime.bigint() - t1) / 1e6; }
console.log(JSON.stringify({ loadMs, loadCpuMs: (c.user + c.system) / 1000, rss0, rssAfterLoad, tagMs }));
`;
}
