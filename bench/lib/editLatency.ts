/**
 * Edit → diagnostics latency over a real stdio connection: opens a report in a fresh server once
 * its dictionary has loaded, then makes one-character edits (an inserted 的) at random places,
 * each timed from `didChange` to the `publishDiagnostics` of that version. Shared by the speed
 * suite and the `edits` suite (which runs only this).
 */
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
 * dist/server.js to start (default: this checkout's).
 */
export async function editLatency(
  report: string,
  uri: string,
  debounce: string | undefined,
  edits: number,
  server?: string,
): Promise<{ s: BenchServer; times: number[]; text: string }> {
  const s = await startBenchServer(debounce === undefined ? {} : { ZH_REPORT_DEBOUNCE_MS: debounce }, [], server);
  let text = report;
  // edits are timed against the full analysis: open once the dictionary is loaded (before, a
  // first pass of the token-free rules would answer version 1)
  await dictionaryLoaded(s);
  s.open(uri, text);
  await s.diagnostics(uri, 1);
  const random = rng(42);
  const times: number[] = [];
  for (let v = 2; v < edits + 2; v++) {
    const at = Math.floor(random() * text.length);
    const t0 = now();
    s.change(uri, v, text, at, at, '的');
    text = text.slice(0, at) + '的' + text.slice(at);
    const d = await s.diagnostics(uri, v, 60_000);
    times.push(Number(d.at - t0) / 1e6);
  }
  return { s, times, text };
}
