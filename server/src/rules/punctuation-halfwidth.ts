/**
 * @fileoverview Half-width , . ; : ? ! ( ) used in Chinese text (GB/T 15834-2011: Chinese text
 * takes full-width marks). Flags a mark touching a Chinese character; decimals, times, thousands
 * separators, Latin text and list markers such as `1.` are left alone. Parentheses are judged
 * and fixed as a pair so that a fix never leaves `(1）`. Straight quotes " ' in Chinese text are
 * paired in order and fixed to “” (‘’ inside “”); a straight quote closing a curly one, or the
 * reverse, is fixed to its curly partner. Apostrophes (don't), inline code and lines that look
 * like source code (`const s = "中文";`) are left alone.
 */
import { charAt, charBefore, isHan } from '../core/chars';
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Full-width marks that count as Chinese context on the other side of a half-width one. */
const CJK_PUNCT = /[，。、；：？！“”‘’《》（）【】…—]/;

function chineseAt(ch: string): boolean {
  return isHan(ch) || CJK_PUNCT.test(ch);
}

const rule: ParagraphRule = {
  id: 'punctuation-halfwidth',
  description: '中文语境中使用了半角标点',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'paragraph',
  messages: {
    halfwidth: '中文语境中应使用全角标点“{{full}}”，而非半角“{{half}}”',
    straightQuote: '中文语境中应使用弯引号“{{full}}”，而非直引号{{half}}',
    mixedQuotes: '直引号{{half}}与弯引号混用，应改为“{{full}}”',
  },
  check(paragraph) {
    const text = paragraph.text;
    // most paragraphs of a Chinese report have no half-width mark at all: one regex pass says so
    // (and a per-character loop would allocate a string per character)
    if (!HALF_OR_STRAIGHT.test(text)) return [];
    // a line of source code (in a Markdown fence the paragraph cannot see) keeps its marks
    if (CODE_LINE.test(text)) return [];
    const reports: Report[] = [];
    const code = inlineCodeMask(text);
    const openParens: number[] = [];
    const flag = (i: number) => {
      const half = text[i];
      const full = FULL[half];
      reports.push({
        messageId: 'halfwidth',
        start: i,
        end: i + 1,
        data: { half, full },
        fixes: [{ title: `改为全角“${full}”`, edits: [{ start: i, end: i + 1, text: full }], safe: true }],
      });
    };
    HALF_MARK.lastIndex = 0;
    for (let m = HALF_MARK.exec(text); m; m = HALF_MARK.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (code[i]) continue;
      const before = charBefore(text, i);
      const after = charAt(text, i + 1);
      if (ch === '(') {
        openParens.push(i);
        continue;
      }
      if (ch === ')') {
        const open = openParens.pop();
        if (open === undefined) {
          if (chineseAt(before) || chineseAt(after)) flag(i);
          continue;
        }
        const inner = text.slice(open + 1, i);
        const outsideChinese = chineseAt(charBefore(text, open)) || chineseAt(after);
        if (/[\u3400-\u9fff]/.test(inner) || (outsideChinese && !/^[A-Za-z][\w .,-]*$/.test(inner))) {
          const fixes = [
            {
              title: '改为全角括号“（）”',
              edits: [
                { start: open, end: open + 1, text: '（' },
                { start: i, end: i + 1, text: '）' },
              ],
              safe: true,
            },
          ];
          reports.push({ messageId: 'halfwidth', start: open, end: open + 1, data: { half: '(', full: '（' }, fixes });
          reports.push({ messageId: 'halfwidth', start: i, end: i + 1, data: { half: ')', full: '）' }, fixes });
        }
        continue;
      }
      const digitsAround = /\d/.test(before) && /\d/.test(after);
      if (digitsAround) continue; // 3.5, 1,000, 10:30
      if (ch === '.') {
        // a full stop after Chinese; not an ellipsis, a list marker or a file name; a heading
        // marker 一. is structure-heading-marker's (its fix is 一、, not 一。)
        if (isHan(before) && !/[.\w]/.test(after) && !/^\s*[一二三四五六七八九十]{1,3}$/.test(text.slice(0, i))) flag(i);
        continue;
      }
      if (chineseAt(before) || (isHan(after) && !/[\w]/.test(before))) flag(i);
      else if (isHan(after) && ch !== ':' && /[A-Za-z0-9%]/.test(before)) flag(i);
    }
    for (const open of openParens) {
      if (chineseAt(charBefore(text, open)) || isHan(charAt(text, open + 1))) flag(open);
    }
    if (text.includes('"')) reports.push(...straightQuotes(text, code, '"', '“', '”'));
    if (text.includes("'")) reports.push(...straightQuotes(text, code, "'", '‘', '’'));
    return reports.sort((a, b) => a.start - b.start);
  },
};

const HALF_MARK = /[,.;:?!()]/g;
const HALF_OR_STRAIGHT = /[,.;:?!()"']/;

/** Assignments, statement ends, braces, keywords: a line that is code, not prose. */
const CODE_LINE = /[{}]\s*$|\s(?:=|==|===|:=|=>)\s|^\s*(?:(?:const|let|var|function|import|export|def|return|class)\s|(?:print|echo|console\.log)\(|#include\b)/;

interface Quote {
  at: number;
  curly: boolean;
}

/**
 * Pairs straight and curly quotes of one kind in order (a straight quote closes whatever is open)
 * and reports the straight ones that sit in Chinese text: both of a straight pair, or the straight
 * half of a mixed pair. Single quotes become ‘’ inside “” and “” otherwise (that fix is offered,
 * not applied: the writer may have meant a nested quotation).
 */
function straightQuotes(text: string, code: Uint8Array, straight: string, open: string, close: string): Report[] {
  const pairs: Array<[Quote, Quote]> = [];
  const lone: Quote[] = [];
  let pending: Quote | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (code[i] || (ch !== straight && ch !== open && ch !== close)) continue;
    // don't, China's, 90's: an apostrophe, not a quote
    if (ch === "'" && /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    if (ch === close && !/[A-Za-z]/.test(text[i + 1] ?? '') || (ch === straight && pending)) {
      if (pending) pairs.push([pending, { at: i, curly: ch !== straight }]);
      pending = undefined;
    } else if (ch === open || ch === straight) {
      if (pending && !pending.curly) lone.push(pending);
      pending = { at: i, curly: ch !== straight };
    }
  }
  if (pending && !pending.curly) lone.push(pending);
  const doubles = straight === "'" ? quotedRanges(text) : [];
  const chinese = (a: number, b: number) =>
    /[\u3400-\u9fff]/.test(text.slice(a + 1, b)) || chineseAt(charBefore(text, a)) || chineseAt(charAt(text, b + 1));
  const reports: Report[] = [];
  const safe = lone.length === 0;
  for (const [a, b] of pairs) {
    if (a.curly && b.curly) continue;
    if (!chinese(a.at, b.at)) continue;
    const nested = doubles.some(([s, e]) => s < a.at && b.at < e);
    const [o, c] = straight === "'" && !nested ? ['“', '”'] : [open, close];
    if (!a.curly && !b.curly) {
      const fix = {
        title: `改为“${o}${c}”`,
        edits: [
          { start: a.at, end: a.at + 1, text: o },
          { start: b.at, end: b.at + 1, text: c },
        ],
        safe: safe && (straight === '"' || nested),
      };
      reports.push({ messageId: 'straightQuote', start: a.at, end: a.at + 1, data: { half: straight, full: o }, fixes: [fix] });
      reports.push({ messageId: 'straightQuote', start: b.at, end: b.at + 1, data: { half: straight, full: c }, fixes: [fix] });
    } else {
      const q = a.curly ? b : a;
      const full = a.curly ? close : open;
      const fix = { title: `改为“${full}”`, edits: [{ start: q.at, end: q.at + 1, text: full }], safe: true };
      reports.push({ messageId: 'mixedQuotes', start: q.at, end: q.at + 1, data: { half: straight, full }, fixes: [fix] });
    }
  }
  for (const q of lone) {
    if (chineseAt(charBefore(text, q.at)) || chineseAt(charAt(text, q.at + 1)))
      reports.push({ messageId: 'straightQuote', start: q.at, end: q.at + 1, data: { half: straight, full: open } });
  }
  return reports;
}

/** Spans of “…” and "…" in a paragraph, to tell a nested single quotation from a top-level one. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && start < 0)) start = i;
    else if ((ch === '”' || ch === '"') && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

/** Marks code units inside Markdown `inline code`, URLs and HTML tags, where marks are not prose. */
function inlineCodeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(/`[^`]*`|https?:\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|<\/?[A-Za-z][^<>]*>/g)) {
    mask.fill(1, m.index!, m.index! + m[0].length);
  }
  return mask;
}

export default rule;
