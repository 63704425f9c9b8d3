/**
 * @fileoverview Doubled marks such as 。。 ，， 、、 or a ，。 pair. The ellipsis …… and the dash ——
 * are two-character marks by GB/T 15834-2011 and are never flagged; nor are ？？ ！！ ？！, which
 * the standard allows for emphasis.
 */
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const rule: ParagraphRule = {
  id: 'punctuation-repeated',
  description: '标点重复',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'paragraph',
  messages: {
    repeated: '标点“{{mark}}”重复',
    conflicting: '标点“{{marks}}”连用，应只保留一个',
  },
  check(paragraph) {
    const reports: Report[] = [];
    for (const m of paragraph.text.matchAll(/[，。、；：]{2,}/g)) {
      const run = m[0];
      const start = m.index!;
      const end = start + run.length;
      if (new Set(run).size === 1) {
        reports.push({
          messageId: 'repeated',
          start,
          end,
          data: { mark: run[0] },
          fixes: [{ title: `保留一个“${run[0]}”`, edits: [{ start, end, text: run[0] }], safe: true }],
        });
      } else {
        const last = run[run.length - 1];
        reports.push({
          messageId: 'conflicting',
          start,
          end,
          data: { marks: run },
          fixes: [{ title: `只保留“${last}”`, edits: [{ start, end, text: last }], safe: false }],
        });
      }
    }
    return reports;
  },
};

export default rule;
