/**
 * @fileoverview Unpaired “” ‘’ 《》 〈〉 （） 【】 「」 『』 within a paragraph, and their nesting by
 * GB/T 15834-2011: a quotation inside a quotation takes ‘’ (4.8 引号), and ‘ opened inside “” must
 * close before ” (“他说‘好”’ crosses them); a title inside a title takes 〈〉 (4.15 书名号), so 〈〉
 * belongs inside 《》. A paragraph that opens with “ and never closes it is allowed: the standard
 * (4.8) opens every paragraph of a multi-paragraph quotation with “ and closes only the last.
 * ’ between Latin letters is an apostrophe (China’s), not a closing quote.
 */
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '「': '」', '『': '』' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const PAIRED_MARK = new RegExp(`[${Object.keys(PAIRS).join('')}${Object.values(PAIRS).join('')}]`, 'g');

interface Pair {
  ch: string;
  open: number;
  close: number;
  /** The nearest “ and 《 still open around this pair when it closed (-1 if none). */
  outerQuote: number;
  outerBook: number;
}

const rule: ParagraphRule = {
  id: 'punctuation-unbalanced',
  description: '成对标点不配对或嵌套错误',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'paragraph',
  messages: {
    unclosed: '{{open}} 没有配对的 {{close}}',
    unopened: '{{close}} 前面没有配对的 {{open}}',
    crossed: '引号内的“‘”应在“”前闭合',
    nestedDouble: '引号内再用引号，应使用单引号‘’',
    nestedBook: '书名号内再用书名号，应使用单书名号〈〉',
    angleOutside: '单书名号〈〉只用于书名号《》之内',
  },
  check(paragraph) {
    const text = paragraph.text;
    const stack: Array<{ ch: string; at: number }> = [];
    const reports: Report[] = [];
    const pairs: Pair[] = [];
    let crossedOpen = 0; // ‘ reported as crossed, whose late ’ is not reported again
    // jump from mark to mark: a per-character loop would allocate a string per character
    PAIRED_MARK.lastIndex = 0;
    for (let m = PAIRED_MARK.exec(text); m; m = PAIRED_MARK.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (ch === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
      if (ch in PAIRS) {
        stack.push({ ch, at: i });
      } else if (ch in CLOSERS) {
        const open = CLOSERS[ch];
        const depth = findLast(stack, open);
        if (depth < 0) {
          if (ch === '’' && crossedOpen > 0) crossedOpen--;
          else reports.push({ messageId: 'unopened', start: i, end: i + 1, data: { open, close: ch } });
          continue;
        }
        const below = stack.slice(0, depth);
        const outer = (ch: string) => below[findLast(below, ch)]?.at ?? -1;
        pairs.push({ ch: open, open: stack[depth].at, close: i, outerQuote: outer('“'), outerBook: outer('《') });
        // anything opened after the matching opener was never closed
        for (const inner of stack.splice(depth).slice(1)) {
          if (inner.ch === '‘' && ch === '”') {
            reports.push({ messageId: 'crossed', start: inner.at, end: i + 1 });
            crossedOpen++;
          } else reports.push(unclosed(inner));
        }
      }
    }
    const firstMark = text.search(/\S/);
    for (const open of stack) {
      if (open.ch === '“' && open.at === firstMark) continue;
      reports.push(unclosed(open));
    }
    reports.push(...nesting(pairs));
    return reports.sort((a, b) => a.start - b.start);
  },
};

/** Doubles inside doubles, titles inside titles, and 〈〉 outside any 《》. */
function nesting(pairs: Pair[]): Report[] {
  const reports: Report[] = [];
  // an outer opener counts only if it was closed too (a multi-paragraph quotation's is not)
  const matched = new Set(pairs.map((p) => p.open));
  const inside = (p: Pair, ch: string) => {
    const outer = ch === '“' ? p.outerQuote : p.outerBook;
    return outer >= 0 && matched.has(outer);
  };
  const swap = (p: Pair, open: string, close: string, safe: boolean) => [
    {
      title: `改为“${open}${close}”`,
      edits: [
        { start: p.open, end: p.open + 1, text: open },
        { start: p.close, end: p.close + 1, text: close },
      ],
      safe,
    },
  ];
  for (const p of pairs) {
    if (p.ch === '“' && inside(p, '“'))
      reports.push({ messageId: 'nestedDouble', start: p.open, end: p.close + 1, fixes: swap(p, '‘', '’', true) });
    else if (p.ch === '《' && inside(p, '《'))
      reports.push({ messageId: 'nestedBook', start: p.open, end: p.close + 1, fixes: swap(p, '〈', '〉', true) });
    else if (p.ch === '〈' && !inside(p, '《'))
      reports.push({ messageId: 'angleOutside', start: p.open, end: p.close + 1, fixes: swap(p, '《', '》', false) });
  }
  return reports;
}

function findLast(stack: Array<{ ch: string }>, ch: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].ch === ch) return i;
  return -1;
}

function unclosed(open: { ch: string; at: number }): Report {
  return { messageId: 'unclosed', start: open.at, end: open.at + 1, data: { open: open.ch, close: PAIRS[open.ch] } };
}

export default rule;
