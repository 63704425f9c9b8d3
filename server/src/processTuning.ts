/**
 * The environment our Node processes (language server, CLI) start with.
 *
 * nodejieba builds its dictionary trie out of ~1.5 million small heap blocks; on a virtual machine
 * each first touch of a fresh 4 KB page is a costly fault, and the load spends most of its time
 * there. Asking glibc's malloc to back its heap with transparent huge pages (GLIBC_TUNABLES
 * glibc.malloc.hugetlb=1, glibc ≥ 2.35, THP in `madvise` or `always` mode) cut the dictionary load
 * here from 1.7 s to 0.6 s and `tag` by ~20% (docs/benchmarks.md). glibc reads the variable once,
 * when the process starts, so it must be set by whoever spawns the process: the client for the
 * server, and the CLI's entry point for itself (it relaunches once). Elsewhere (macOS, Windows,
 * musl, old glibc) the variable is ignored.
 *
 * glibc.malloc.arena_max=2 keeps glibc from giving each of V8's helper threads a heap arena of its
 * own: the server's peak RSS after linting 10 MB fell from ~421 to ~396 MB here, at the same speed
 * (the segmenter allocates on the main thread only).
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export const HUGE_PAGE_TUNABLE = 'glibc.malloc.hugetlb=1';
export const ARENA_TUNABLE = 'glibc.malloc.arena_max=2';
const TUNABLES = [HUGE_PAGE_TUNABLE, ARENA_TUNABLE];

/** Set by a relaunch so that a process never relaunches twice; set it yourself to opt out. */
export const NO_RELAUNCH = 'ZH_REPORT_NO_RELAUNCH';

/** `env` plus our malloc tunables; one the user already set (to any value) is left as they set it. */
export function tunedEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  if (platform !== 'linux') return { ...env };
  const own = (env.GLIBC_TUNABLES ?? '').split(':').filter(Boolean);
  const added = TUNABLES.filter((t) => !own.some((o) => o.startsWith(t.slice(0, t.indexOf('=') + 1))));
  return added.length === 0 ? { ...env } : { ...env, GLIBC_TUNABLES: [...own, ...added].join(':') };
}

/**
 * Runs this script again with the tuned environment and returns its exit code, or undefined when
 * no relaunch is wanted or it could not start (the caller then simply goes on in this process).
 */
export function relaunchTuned(script: string, args: string[]): number | undefined {
  const env = process.env;
  const tuned = tunedEnv(env);
  if (process.platform !== 'linux' || tuned.GLIBC_TUNABLES === env.GLIBC_TUNABLES || env[NO_RELAUNCH]) return undefined;
  // under a debugger the inspector's port is this process's: a second process could not take it
  if (process.execArgv.some((a) => a.startsWith('--inspect'))) return undefined;
  const child = spawnSync(process.execPath, [...process.execArgv, script, ...args], {
    stdio: 'inherit',
    env: { ...tuned, [NO_RELAUNCH]: '1' },
  });
  if (child.error) return undefined;
  if (child.signal) {
    process.kill(process.pid, child.signal);
    return 1;
  }
  return child.status ?? 1;
}

/**
 * Node options for the language server: V8's helper-thread pool no larger than the cores left
 * beside the main thread (Node's default is 4 whatever the machine). While the first edits after
 * a start run, V8 optimises their code and collects garbage on those threads; on 2 cores, 4 of
 * them took the main thread's core from it: in the speed benchmark's first 40 edits the server's
 * threads used 2–6× the main thread's CPU time, and the p95 from change to diagnostics was
 * 34–36 ms with the default pool against 15 ms with one helper (the 10 MB full lint was no
 * slower). Machines with 5 or more cores keep Node's default.
 */
export function serverExecArgv(cpus: number = availableParallelism()): string[] {
  const pool = Math.min(4, Math.max(1, cpus - 1));
  return pool < 4 ? [`--v8-pool-size=${pool}`] : [];
}
