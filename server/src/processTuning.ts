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
 */
import { spawnSync } from 'node:child_process';

export const HUGE_PAGE_TUNABLE = 'glibc.malloc.hugetlb=1';

/** Set by a relaunch so that a process never relaunches twice; set it yourself to opt out. */
export const NO_RELAUNCH = 'ZH_REPORT_NO_RELAUNCH';

export function hasHugePageTunable(env: NodeJS.ProcessEnv): boolean {
  return (env.GLIBC_TUNABLES ?? '').split(':').some((t) => t.startsWith('glibc.malloc.hugetlb='));
}

/** `env` plus the huge-page tunable (kept as the user set it if they chose a value already). */
export function tunedEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  if (platform !== 'linux' || hasHugePageTunable(env)) return { ...env };
  const tunables = env.GLIBC_TUNABLES ? `${env.GLIBC_TUNABLES}:${HUGE_PAGE_TUNABLE}` : HUGE_PAGE_TUNABLE;
  return { ...env, GLIBC_TUNABLES: tunables };
}

/**
 * Runs this script again with the tuned environment and returns its exit code, or undefined when
 * no relaunch is wanted or it could not start (the caller then simply goes on in this process).
 */
export function relaunchTuned(script: string, args: string[]): number | undefined {
  const env = process.env;
  if (process.platform !== 'linux' || hasHugePageTunable(env) || env[NO_RELAUNCH]) return undefined;
  const child = spawnSync(process.execPath, [...process.execArgv, script, ...args], {
    stdio: 'inherit',
    env: { ...tunedEnv(env), [NO_RELAUNCH]: '1' },
  });
  if (child.error) return undefined;
  if (child.signal) {
    process.kill(process.pid, child.signal);
    return 1;
  }
  return child.status ?? 1;
}
