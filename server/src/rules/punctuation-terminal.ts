/**
 * @fileoverview A paragraph that ends without a terminal mark (。！？…… or ；：, possibly followed by
 * a closing quote or bracket), GB/T 15834-2011 4.1–4.3: every sentence ends with one. Headings
 * and other non-sentences are excepted: titles and short lines with no sentence mark, numbered
 * headings (一、 （一） 1. （1） 第一章), Markdown headings, lists, quotes, tables and code,
 * subtitles (——…), metadata lines (时间：…), bylines and parenthesised datelines. A document
 * rule, so that it knows code fences and soft-wrapped Markdown paragraphs.
 */
import { charBefore, isHan } from '../core/chars';
import { addresseeLine, endsIntroducing } from '../core/colonIntroducers';
import type { ReportDocument } from '../core/document';
import type { Paragraph, Report } from '../core/types';
import { BYLINE_OPENERS } from '../data/bylines';
import { METADATA_LABELS } from '../data/report-lines';
import type { DocumentRule } from './rule';

/** A terminal mark (or ——), then any closing quotes or brackets, at the end of the text. */
const TERMINALS = '。！？…；：.!?;:';
const CLOSERS = '”’」』）)》〉】]';
/**
 * Read from the end, not as a `$`-anchored regex (which V8 tries from every offset of the text):
 * closers and terminals are disjoint, so skipping closers first gives the regex's answer.
 */
export function endsWell(t: string): boolean {
  let i = t.length;
  while (i > 0 && CLOSERS.includes(t[i - 1])) i--;
  if (i === 0) return false;
  return TERMINALS.includes(t[i - 1]) || (t[i - 1] === '—' && t[i - 2] === '—');
}
const ENDS_WITH_COMMA = /[，、,]$/;
const SENTENCE_MARK = /[，。；！？,;!?]/;
const FULL_STOP_INSIDE = /[。！？!?]/;
const NUMBERED =
  /^(?:第[一二三四五六七八九十百零〇两\d]+[章节条篇部编款卷]|[一二三四五六七八九十]+[、．.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+(?:\.\d+)*[.．、)）](?!\d)|[①-⑳⑴-⒇⒈-⒛]|[A-Za-z][.、)）])/;
const MARKDOWN_BLOCK = /^(?:#{1,6}\s|>|\||[-*+]\s|\d+[.)]\s|!\[|<|-{3,}$|\*{3,}$|_{3,}$|\[\^?[^\]]+\]:)/;
const METADATA = new RegExp(`^(?:${METADATA_LABELS.join('|')})\\s*[：:]`);
/** A photo caption or news item closing with its credit: …开幕。记者 刘尚文 摄 */
const TRAILING_CREDIT = new RegExp(`(?:${BYLINE_OPENERS.join('|')})[ \\u3000]+[\\u4e00-\\u9fff·]{1,4}(?:[ \\u3000]+[\\u4e00-\\u9fff·]{1,4})*$|[ \\u3000](?:摄|摄影|供图|制图)$`);
/** A title or heading is at most this many Chinese characters when it has no sentence mark. */
const TITLE_MAX = 40;
/** A numbered line longer than this is an item of prose, not a heading. */
const NUMBERED_HEADING_MAX = 50;

const rule: DocumentRule = {
  id: 'punctuation-terminal',
  description: '段末缺少句末标点',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'document',
  messages: {
    missing: '段落末尾缺少句末标点（。！？）',
    comma: '段落以“{{mark}}”结尾，句末应使用句号等句末标点',
  },
  check(doc) {
    const reports: Report[] = [];
    const softWrapped = usesBlankLineParagraphs(doc) || usesFixedWidthLines(doc);
    let inFence = false;
    doc.paragraphs.forEach((p, k) => {
      const t = p.text.trim();
      if (/^(?:```|~~~)/.test(t)) {
        inFence = !inFence;
        return;
      }
      if (inFence || endsWell(t) || isHeadingLike(p, t)) return;
      // 重点抓好以下工作 wants ：, not 。: punctuation-colon says so
      // the colon rule asks for ： there (重点抓好以下工作 / 各区教育局，市直属各学校)
      if (endsIntroducing(t) || addresseeLine(t)) return;
      const next = doc.paragraphs[k + 1];
      // a hard-wrapped Markdown paragraph continues on the next line
      if (softWrapped && next && next.line === p.line + 1 && !isHeadingLike(next, next.text.trim())) return;
      const end = p.text.trimEnd().length;
      const last = charBefore(p.text, end);
      const lastStart = end - last.length;
      if (ENDS_WITH_COMMA.test(t)) {
        reports.push({
          messageId: 'comma',
          start: p.start + lastStart,
          end: p.start + end,
          data: { mark: last },
          fixes: [{ title: '改为句号', edits: [{ start: p.start + lastStart, end: p.start + end, text: '。' }], safe: false }],
        });
        return;
      }
      reports.push({
        messageId: 'missing',
        start: p.start + lastStart,
        end: p.start + end,
        fixes: [{ title: '补上句号', edits: [{ start: p.start + end, end: p.start + end, text: '。' }], safe: false }],
      });
    });
    return reports;
  },
};

/** Headings, titles, bylines, datelines, list items and other lines that are not sentences. */
function isHeadingLike(p: Paragraph, t: string): boolean {
  if (MARKDOWN_BLOCK.test(t) || /\t/.test(t) || /^\s{4,}\S/.test(p.text.replace(/^\u3000+/, ''))) return true;
  if (METADATA.test(t)) return true;
  // a subtitle (——在…会议上); a long ——item with sentences inside is prose
  if ((t.startsWith('——') || t.startsWith('--')) && !FULL_STOP_INSIDE.test(t)) return true;
  if (TRAILING_CREDIT.test(t)) return true;
  if (/^[（(].*[）)]$/.test(t) && !/[。！？]/.test(t.slice(1, -1))) return true; // （2026年2月3日…）
  const hanCount = [...t].filter((c) => isHan(c)).length;
  if (!SENTENCE_MARK.test(t) && hanCount <= TITLE_MAX) return true;
  // （五）坚持协调发展，促进城乡融合: numbered headings may hold commas but stay short
  if (NUMBERED.test(t) && !FULL_STOP_INSIDE.test(t) && hanCount <= NUMBERED_HEADING_MAX) return true;
  if (p.index === 0 && !FULL_STOP_INSIDE.test(t)) return true; // the document title
  return false;
}

/**
 * A plain-text file wrapped at a fixed width (e-mail style): most long lines break mid-sentence at
 * nearly the same length, so a line without a terminal mark is continued by the next one.
 */
function usesFixedWidthLines(doc: ReportDocument): boolean {
  const open = doc.paragraphs.filter((p) => p.text.length >= 20 && !endsWell(p.text.trim())).map((p) => p.text.trimEnd().length);
  if (open.length < 4 || open.length < doc.paragraphs.length / 3) return false;
  const sorted = [...open].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  const near = open.filter((n) => Math.abs(n - median) <= Math.max(2, median * 0.08)).length;
  return near >= open.length * 0.8;
}

/** Markdown-style documents separate paragraphs by blank lines, so adjacent lines are one paragraph. */
function usesBlankLineParagraphs(doc: ReportDocument): boolean {
  let adjacent = 0;
  let separated = 0;
  for (let k = 1; k < doc.paragraphs.length; k++) {
    if (doc.paragraphs[k].line === doc.paragraphs[k - 1].line + 1) adjacent++;
    else separated++;
  }
  return separated > adjacent;
}

export default rule;
