/**
 * `npm run bench -- labels`: whether the 、 rule's messages name the right items. Every 、 of the
 * corpus reports is deleted; for each finding at a deleted 、, the item on a side is known when
 * the next deleted 、 on that side bounds it (a list's first and last items have no such edge and
 * are not counted). The message's item on that side is compared with the text between the two.
 * In-sample: the shipped model was trained on these reports (the labels, not the seams, are what
 * is measured here).
 */
import { loadCorpus } from './corpus';
import { damage, only } from './punctuation';
import type { Suite } from './run';
import { Linter } from '../server/src/linter';

/** Items longer than this are not list items but a clause the two 、 happen to bound. */
const MAX_ITEM = 12;
/**
 * Items not counted: a mark inside (the two 、 are in different clauses), a conjunction or 等 (a
 * list inside an item: 国防动员和后备力量, whose label rightly stops at 和), a digit (a range).
 */
const NOT_AN_ITEM = /[，。；：！？、“”《》（）\s0-9和及与或等]/;

interface Tally {
  sides: number;
  exact: number;
  /** The label is part of the item (环境 for 营商环境). */
  shorter: number;
  /** The label holds the item and more (营商环境市域 for 营商环境). */
  longer: number;
  other: number;
}

export const labelsSuite: Suite = {
  name: 'labels',
  title: 'Labels: does a 、 finding name the items it separates?',
  async run() {
    const corpus = loadCorpus();
    if (!corpus) return '_Corpus absent: nothing measured._';
    const config = only(['punctuation-enumeration-comma']);
    const linter = new Linter();
    const tally: Tally = { sides: 0, exact: 0, shorter: 0, longer: 0, other: 0 };
    const examples: string[] = [];
    for (const file of corpus) {
      const { text, targets } = damage(file.text, { mark: '、', chars: '、', pair: false, rules: [], match: () => false });
      const at = targets.map((t) => t.start);
      const index = new Map(at.map((a, i) => [a, i]));
      for (const f of linter.lint(text, config).findings) {
        const insert = f.fixes[0]?.edits[0]?.start;
        const i = insert === undefined ? undefined : index.get(insert);
        if (i === undefined || !f.data) continue;
        const sides: Array<[string, number, number]> = [];
        if (i > 0) sides.push([String(f.data.left), at[i - 1], at[i]]);
        if (i + 1 < at.length) sides.push([String(f.data.right), at[i], at[i + 1]]);
        for (const [label, start, end] of sides) {
          const item = text.slice(start, end);
          if (end - start > MAX_ITEM || NOT_AN_ITEM.test(item)) continue;
          tally.sides++;
          const kind: Exclude<keyof Tally, 'sides'> = label === item ? 'exact' : item.includes(label) ? 'shorter' : label.includes(item) ? 'longer' : 'other';
          tally[kind]++;
          if (kind !== 'exact' && examples.length < 40) examples.push(`${kind}: “${label}” for “${item}”`);
          // LABELS_ALL=1: every side on stderr, for diffing two versions
          if (process.env.LABELS_ALL) console.error(`${file.name}\t${start}\t${kind}\t${label}\t${item}`);
        }
      }
    }
    const pct = (n: number) => `${((100 * n) / Math.max(1, tally.sides)).toFixed(1)}%`;
    return [
      `${corpus.length} reports with every 、 deleted; ${tally.sides} item sides bounded by deleted 、 on both edges, named by a finding at one of them.`,
      '',
      '| sides | exact | label shorter than the item | label longer | other |',
      '| --- | --- | --- | --- | --- |',
      `| ${tally.sides} | ${tally.exact} (${pct(tally.exact)}) | ${tally.shorter} (${pct(tally.shorter)}) | ${tally.longer} (${pct(tally.longer)}) | ${tally.other} (${pct(tally.other)}) |`,
      '',
      'The first misses (label for item):',
      '',
      ...examples.map((e) => `- ${e}`),
    ].join('\n');
  },
};
