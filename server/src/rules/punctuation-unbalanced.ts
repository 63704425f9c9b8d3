/**
 * @fileoverview Unpaired “” ‘’ 《》 〈〉 （） 【】 「」 『』 within a paragraph. A paragraph that
 * opens with “ and never closes it is allowed: GB/T 15834-2011 (4.1.3.4) opens every paragraph of
 * a multi-paragraph quotation with “ and closes only the last.
 */
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '「': '」', '『': '』' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

const rule: ParagraphRule = {
  id: 'punctuation-unbalanced',
  description: '成对标点不配对',
  tags: ['punctuation'],
  severity: 'warning',
  scope: 'paragraph',
  messages: {
    unclosed: '{{open}} 没有配对的 {{close}}',
    unopened: '{{close}} 前面没有配对的 {{open}}',
  },
  check(paragraph) {
    const text = paragraph.text;
    const stack: Array<{ ch: string; at: number }> = [];
    const reports: Report[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch in PAIRS) {
        stack.push({ ch, at: i });
      } else if (ch in CLOSERS) {
        const open = CLOSERS[ch];
        const depth = findLast(stack, open);
        if (depth < 0) {
          reports.push({ messageId: 'unopened', start: i, end: i + 1, data: { open, close: ch } });
          continue;
        }
        // anything opened after the matching opener was never closed
        for (const inner of stack.splice(depth).slice(1)) reports.push(unclosed(inner));
      }
    }
    const firstMark = text.search(/\S/);
    for (const open of stack) {
      if (open.ch === '“' && open.at === firstMark) continue;
      reports.push(unclosed(open));
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

function findLast(stack: Array<{ ch: string }>, ch: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].ch === ch) return i;
  return -1;
}

function unclosed(open: { ch: string; at: number }): Report {
  return { messageId: 'unclosed', start: open.at, end: open.at + 1, data: { open: open.ch, close: PAIRS[open.ch] } };
}

export default rule;
