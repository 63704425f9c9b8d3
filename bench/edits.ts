/**
 * `npm run bench -- edits`: only the speed suite's edit → diagnostics latency (200 KB report,
 * debounce 0, 100 one-character edits; p50/p95 of edits 1–40 and of 61–100), BENCH_RUNS times
 * (default 3), printed and not written to docs/ (a quick check while working on latency).
 *
 * BENCH_SERVERS: comma-separated dist/server.js paths to compare (default: this checkout's); the
 * runs alternate between them, so that the machine's load falls on each alike.
 * Beside the wall times: the CPU time the server's main thread spent on each edit (Linux), which
 * does not count waiting for a CPU other jobs hold.
 * BENCH_EDITS_FILE: a report to edit instead of the 200 KB corpus text (e.g. a stripped one,
 * with thousands of findings).
 */
import { readFileSync } from 'node:fs';
import { editLatency } from './lib/editLatency';
import { source, textOfSize } from './lib/inputs';
import { SERVER } from './lib/lspServer';
import { median, ms, percentile } from './lib/stats';
import { table } from './metrics';
import type { Suite } from './run';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);

export const editsSuite: Suite = {
  name: 'edits',
  title: 'Edit → diagnostics latency only (not written to docs)',
  writesDocs: false,
  async run() {
    const servers = (process.env.BENCH_SERVERS ?? SERVER).split(',').filter(Boolean);
    const file = process.env.BENCH_EDITS_FILE;
    const report = file ? readFileSync(file, 'utf8') : textOfSize(source(), 200 * 1024);
    const rows: Array<Array<string | number>> = [];
    const all = new Map<string, Record<'first' | 'warm' | 'cpuFirst' | 'cpuWarm', number[][]>>(servers.map((s) => [s, { first: [], warm: [], cpuFirst: [], cpuWarm: [] }]));
    for (let r = 0; r < RUNS; r++) {
      for (const server of servers) {
        const { s, times, cpu } = await editLatency(report, 'file:///report-edits.txt', '0', 100, server);
        await s.stop();
        const t = all.get(server)!;
        const parts = [times.slice(0, 40), times.slice(60), cpu.slice(0, 40), cpu.slice(60)];
        [t.first, t.warm, t.cpuFirst, t.cpuWarm].forEach((into, k) => into.push(parts[k]));
        const row = [server, r + 1, ...parts.map((x) => `${ms(percentile(x, 50))} / ${ms(percentile(x, 95))}`)];
        console.error(`[edits] ${row.join(' | ')}`);
        rows.push(row);
      }
    }
    for (const [server, t] of all) {
      const m = (xs: number[][], p: number) => ms(median(xs.map((x) => percentile(x, p))));
      rows.push([server, 'median', ...[t.first, t.warm, t.cpuFirst, t.cpuWarm].map((x) => `${m(x, 50)} / ${m(x, 95)}`)]);
    }
    const input = file ? `${file} (${report.length.toLocaleString('en')} UTF-16 units)` : `200 KB of corpus text (${report.length.toLocaleString('en')} UTF-16 units)`;
    return `Input: ${input}; debounce 0; ${RUNS} run(s) per server.\n\n${table(['server', 'run', 'edits 1–40 p50 / p95 (ms)', 'edits 61–100 p50 / p95 (ms)', 'server main-thread CPU per edit, 1–40 p50 / p95 (ms)', 'the same, 61–100'], rows)}`;
  },
};
