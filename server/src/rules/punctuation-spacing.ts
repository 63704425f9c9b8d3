/**
 * @fileoverview Spaces in Chinese text. Option `spacing`: `none` (default; reports and 公文 set
 * Chinese, digits and Latin solid, GB/T 15834-2011 gives full-width marks no spaces) flags a space
 * between two Chinese characters, between Chinese and a digit or letter, and around a full-width
 * mark; `pangu` (technical writing) wants one half-width space between Chinese and Latin/digits and
 * flags where it is missing, while still flagging the other two. Left alone: indentation, trailing
 * spaces, Markdown syntax and tables, inline code, URLs and e-mail addresses, the space after a heading number
 * (第一章 总则), spaced names in title, byline and credit lines (市长 龚 正, （记者 张三 李四）) and
 * two-part slogans in quotation marks (“好客山东 好品山东”). All fixes are safe.
 */
import { charAt, charBefore, isHan } from '../core/chars';
import type { Report } from '../core/types';
import { BYLINE_OPENERS } from '../data/bylines';
import type { ParagraphRule } from './rule';

const SPACE_RUN = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const ALNUM = /^[A-Za-z0-9]$/;
/** Full-width marks that never take a space on either side. */
const CJK_PUNCT = /^[，。、；：？！“”‘’《》〈〉（）【】「」『』…—]$/;
const HEADING_NUMBER =
  /^\s*(?:第[一二三四五六七八九十百零〇两\d]+[章节条篇部编款卷]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+(?:\.\d+)*[.、．]?)(?=\s)/;
const SENTENCE_MARK = /[，。；！？,;!?]/;
/** 新甘肃·甘肃日报记者 盛学卿, 记者 刘尚文 摄 closing a paragraph. */
const TRAILING_BYLINE = new RegExp(`(?:${BYLINE_OPENERS.join('|')})(?:[ \\u3000]+[\\u4e00-\\u9fff·]{1,4})+(?:[ \\u3000]+(?:摄|摄影))?$|[ \\u3000](?:摄|摄影)$`, 'g');
const BYLINE = new RegExp(`[（(](?:${BYLINE_OPENERS.join('|')})[\\s\\u3000][^）)]*[）)]`, 'g');

type Kind = 'han' | 'alnum' | 'punct' | 'other';
function kind(ch: string): Kind {
  if (isHan(ch)) return 'han';
  if (ALNUM.test(ch)) return 'alnum';
  if (CJK_PUNCT.test(ch)) return 'punct';
  return 'other';
}

const rule: ParagraphRule = {
  id: 'punctuation-spacing',
  description: '中文与中文、数字、字母之间的空格',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'paragraph',
  messages: {
    betweenHan: '汉字之间不应有空格',
    hanAlnum: '汉字与数字、字母之间不加空格',
    aroundPunct: '全角标点前后不应有空格',
    missing: '汉字与数字、字母之间应加一个空格',
    notSingle: '汉字与数字、字母之间应只用一个半角空格',
  },
  check(paragraph, options) {
    const text = paragraph.text;
    if (/^\s*\|/.test(text) || /\|.*\|/.test(text)) return []; // Markdown table row
    const mask = protectedMask(text);
    const reports: Report[] = [];
    const tabular = (text.match(/ {2,}|\t/g) ?? []).length >= 2;
    const titleLike = !SENTENCE_MARK.test(text) && [...text].filter(isHan).length <= 40;
    const headingGap = HEADING_NUMBER.exec(text);
    const gapAfterHeading = headingGap ? headingGap[0].length : -1;
    const remove = (start: number, end: number, messageId: string) =>
      reports.push({ messageId, start, end, fixes: [{ title: '删除空格', edits: [{ start, end, text: '' }], safe: true }] });

    for (const m of text.matchAll(SPACE_RUN)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (start === 0 || end === text.length || /^\s*$/.test(text.slice(0, start))) continue;
      if (start === gapAfterHeading || mask[start - 1] || mask[end]) continue;
      if (tabular && (m[0].length >= 2 || m[0].includes('\t'))) continue;
      const left = kind(charBefore(text, start));
      const right = kind(charAt(text, end));
      if (left === 'han' && right === 'han') {
        if (!titleLike) remove(start, end, 'betweenHan');
      } else if ((left === 'punct' && right !== 'other') || (right === 'punct' && left !== 'other')) {
        remove(start, end, 'aroundPunct');
      } else if ((left === 'han' && right === 'alnum') || (left === 'alnum' && right === 'han')) {
        if (options.spacing === 'none') remove(start, end, 'hanAlnum');
        else if (m[0] !== ' ')
          reports.push({
            messageId: 'notSingle',
            start,
            end,
            fixes: [{ title: '改为一个半角空格', edits: [{ start, end, text: ' ' }], safe: true }],
          });
      }
    }
    if (options.spacing === 'pangu') reports.push(...missingSpaces(text, mask));
    return reports.sort((a, b) => a.start - b.start);
  },
};

/** pangu: Chinese directly against a digit or letter. */
function missingSpaces(text: string, mask: Uint8Array): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = charAt(text, i);
    const next = i + ch.length;
    if (next >= text.length) break;
    const after = charAt(text, next);
    const a = kind(ch);
    const b = kind(after);
    if (!mask[i] && !mask[next] && ((a === 'han' && b === 'alnum') || (a === 'alnum' && b === 'han'))) {
      reports.push({
        messageId: 'missing',
        start: i,
        end: next + after.length,
        fixes: [{ title: '加一个空格', edits: [{ start: next, end: next, text: ' ' }], safe: true }],
      });
    }
    i = next;
  }
  return reports;
}

/**
 * Code units whose spacing is not prose: inline code, URLs, HTML tags, bylines and credits, and
 * quoted slogans made of two unpunctuated halves.
 */
function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  const cover = (re: RegExp) => {
    for (const m of text.matchAll(re)) mask.fill(1, m.index!, m.index! + m[0].length);
  };
  cover(/`[^`]*`/g);
  cover(/(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|www\.[\w.-]+[\w/?=&%#.-]*/g);
  // e-mail addresses: a space before one keeps the address apart, as around a URL
  cover(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g);
  cover(/<\/?[A-Za-z][^<>]*>/g);
  cover(BYLINE);
  cover(TRAILING_BYLINE);
  // “好客山东 好品山东”: the space is the slogan's own separator
  for (const m of text.matchAll(/“([^“”，。、；：！？]+)”/g)) {
    if (/[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]/.test(m[1])) mask.fill(1, m.index! + 1, m.index! + m[0].length - 1);
  }
  return mask;
}

export default rule;
