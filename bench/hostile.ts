/**
 * Suite `hostile`: does any input make the analysis super-linear? One paragraph of a repeated
 * piece (a list of outlets without marks, a table of amounts pasted as one line, thousands of
 * numbered headings, 简称… over and over, unmatched quotes) linted at 50,000 and 200,000
 * characters in one process. A linear analysis takes about 4× as long on the larger input; a
 * quadratic one 16×, and at 200 KB that is the difference between seconds and minutes — an
 * editor that hangs. Times are CPU milliseconds of `Linter.lint` (median of 3 at 50k).
 */
import { cpuUsage } from 'node:process';
import type { Suite } from './run';
import { Linter } from '../server/src/linter';

const PIECES: Array<[string, string]> = [
  ['outlets without 、', '人民日报'],
  ['amounts without numbers', '万元'],
  ['numbered headings, one per line', '一、大\n'],
  ['defined terms (简称…)', '简称伊品'],
  ['speech (…说)', '王文涛说'],
  ['first-person sentence, then its speaker', '我们办好了。王明说，好。'],
  ['speaker, verb, first person without a mark', '他说我们'],
  ['unmatched “', '“'],
  ['unmatched （', '（'],
  ['unmatched 《', '《'],
  ['一-phrases', '一'],
  ['Han without marks', '大'],
  ['spaces between Han', '大 '],
  ['emoji and Han', '😀大'],
  ['等 repeated', '等'],
  ['list items with 、', '大、'],
];

function cpuMs(f: () => void): number {
  const before = cpuUsage();
  f();
  const d = cpuUsage(before);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const hostileSuite: Suite = {
  name: 'hostile',
  title: 'Hostile inputs: does any text make the analysis super-linear?',
  async run() {
    // the dictionary and the 、 model load outside the timings; each timing gets a new Linter, so that
    // no paragraph is a cache hit
    new Linter().lint('预热：今年，全市经济运行总体平稳。');
    const rows: string[] = [];
    let worst = 0;
    for (const [name, piece] of PIECES) {
      const text = (n: number) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
      const small = text(50_000);
      const large = text(200_000);
      let findings = 0;
      const tSmall = median([0, 1, 2].map(() => cpuMs(() => void new Linter().lint(small))));
      const tLarge = cpuMs(() => (findings = new Linter().lint(large).findings.length));
      const ratio = tLarge / Math.max(tSmall, 1);
      worst = Math.max(worst, ratio);
      rows.push(`| ${name} | \`${JSON.stringify(piece).slice(1, -1)}\` | ${tSmall.toFixed(0)} | ${tLarge.toFixed(0)} | ${ratio.toFixed(1)}× | ${findings} |`);
    }
    return [
      'Each input is one piece repeated; 4× from 50k to 200k characters is linear, 16× quadratic.',
      '',
      '| input | piece | 50k chars (CPU ms) | 200k chars (CPU ms) | 200k / 50k | findings at 200k |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `Worst ratio: ${worst.toFixed(1)}× (linear is 4×).`,
    ].join('\n');
  },
};
