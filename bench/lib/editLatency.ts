/**
 * Edit → diagnostics latency over a real stdio connection: opens a report in a fresh server once
 * its dictionary has loaded, then makes one-character edits (an inserted 的) at random places,
 * each timed from `didChange` to the `publishDiagnostics` of that version. Shared by the speed
 * suite and the `edits` suite (which runs only this).
 */
import { readFileSync } from 'node:fs';
import { startBenchServer, type BenchServer } from './lspServer';
import { now, rng } from './stats';

/** Resolves once the server has logged its dictionary load. */
export async function dictionaryLoaded(s: BenchServer, timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!s.log.some((l) => l.includes('分词词典加载用时'))) {
    if (Date.now() > until) throw new Error('the server never logged its dictionary load');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * `edits` timed edits on `report` in a new server (`debounce` in ms, or the server's default when
 * undefined); the server is left running for the caller to query and stop. `server` is the
 * dist/server.js to start (default: this checkout's); `nodeArgs` go to node before it (e.g.
 * --cpu-prof, to see where an edit's time goes).
 */
export async function editLatency(
  report: string,
  uri: string,
  debounce: string | undefined,
  edits: number,
  server?: string,
  nodeArgs: string[] = [],
): Promise<{ s: BenchServer; times: number[]; cpu: number[]; text: string }> {
  const s = await startBenchServer(debounce === undefined ? {} : { ZH_REPORT_DEBOUNCE_MS: debounce }, nodeArgs, server);
  let text = report;
  // edits are timed against the full analysis: open once the dictionary is loaded (before, a
  // first pass of the token-free rules would answer version 1)
  await dictionaryLoaded(s);
  s.open(uri, text);
  await s.diagnostics(uri, 1);
  const random = rng(42);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let v = 2; v < edits + 2; v++) {
    const at = Math.floor(random() * text.length);
    const cpu0 = mainThreadCpu(s.process.pid);
    const t0 = now();
    s.change(uri, v, text, at, at, '的');
    text = text.slice(0, at) + '的' + text.slice(at);
    const d = await s.diagnostics(uri, v, 60_000);
    times.push(Number(d.at - t0) / 1e6);
    const cpu1 = mainThreadCpu(s.process.pid);
    cpu.push(cpu0 === undefined || cpu1 === undefined ? NaN : cpu1 - cpu0);
  }
  return { s, times, cpu, text };
}

/**
 * Milliseconds the server's main thread has run on a CPU (Linux: /proc/<pid>/schedstat, in ns),
 * or undefined. On a shared machine the wall time of an edit includes waiting for a CPU another
 * job holds; this does not (nor the server's GC and compiler threads).
 */
function mainThreadCpu(pid: number | undefined): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}
