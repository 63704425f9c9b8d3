/**
 * `npm run bench -- edits`: only the speed suite's edit → diagnostics latency (200 KB report,
 * debounce 0, 100 one-character edits; p50/p95 of edits 1–40 and of 61–100), BENCH_RUNS times
 * (default 3), printed and not written to docs/ (a quick check while working on latency).
 *
 * BENCH_SERVERS: comma-separated dist/server.js paths to compare (default: this checkout's); the
 * runs alternate between them, so that the machine's load falls on each alike.
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
    const all = new Map<string, { first: number[][]; warm: number[][] }>(servers.map((s) => [s, { first: [], warm: [] }]));
    for (let r = 0; r < RUNS; r++) {
      for (const server of servers) {
        const { s, times } = await editLatency(report, 'file:///report-edits.txt', '0', 100, server);
        await s.stop();
        const first = times.slice(0, 40);
        const warm = times.slice(60);
        all.get(server)!.first.push(first);
        all.get(server)!.warm.push(warm);
        const row = [server, r + 1, `${ms(percentile(first, 50))} / ${ms(percentile(first, 95))}`, `${ms(percentile(warm, 50))} / ${ms(percentile(warm, 95))}`];
        console.error(`[edits] ${row.join(' | ')}`);
        rows.push(row);
      }
    }
    for (const [server, t] of all) {
      const m = (xs: number[][], p: number) => ms(median(xs.map((x) => percentile(x, p))));
      rows.push([server, 'median', `${m(t.first, 50)} / ${m(t.first, 95)}`, `${m(t.warm, 50)} / ${m(t.warm, 95)}`]);
    }
    const input = file ? `${file} (${report.length.toLocaleString('en')} UTF-16 units)` : `200 KB of corpus text (${report.length.toLocaleString('en')} UTF-16 units)`;
    return `Input: ${input}; debounce 0; ${RUNS} run(s) per server.\n\n${table(['server', 'run', 'edits 1–40 p50 / p95 (ms)', 'edits 61–100 p50 / p95 (ms)'], rows)}`;
  },
};
