/**
 * @fileoverview Half-width , . ; : ? ! ( ) used in Chinese text (GB/T 15834-2011: Chinese text
 * takes full-width marks). Flags a mark touching a Chinese character; decimals, times, thousands
 * separators, Latin text and list markers such as `1.` are left alone. Parentheses are judged
 * and fixed as a pair so that a fix never leaves `(1）`.
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
  scope: 'paragraph',
  messages: {
    halfwidth: '中文语境中应使用全角标点“{{full}}”，而非半角“{{half}}”',
  },
  check(paragraph) {
    const text = paragraph.text;
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
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (!(ch in FULL) || code[i]) continue;
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
        // a full stop after Chinese; not an ellipsis, a list marker or a file name
        if (isHan(before) && !/[.\w]/.test(after)) flag(i);
        continue;
      }
      if (chineseAt(before) || (isHan(after) && !/[\w]/.test(before))) flag(i);
      else if (isHan(after) && ch !== ':' && /[A-Za-z0-9%]/.test(before)) flag(i);
    }
    for (const open of openParens) {
      if (chineseAt(charBefore(text, open)) || isHan(charAt(text, open + 1))) flag(open);
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

/** Marks code units inside Markdown `inline code` and URLs, where marks are not prose. */
function inlineCodeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(/`[^`]*`|https?:\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/g)) {
    mask.fill(1, m.index!, m.index! + m[0].length);
  }
  return mask;
}

export default rule;
