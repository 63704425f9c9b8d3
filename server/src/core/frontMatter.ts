/**
 * The front matter of a report: the title line, then subtitle (——…会议上), dateline (时间：…,
 * 2020/9/24 16:11), byline and salutation (各位代表：) before the body starts. Only the title and
 * the dateline are reported; the rest is recognised so that it is never taken for a heading.
 */
import type { Paragraph, Span } from './types';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../data/surnames';
import { readMarker } from './headingMarkers';

export interface FrontMatter {
  /** Absolute span of the title text, when the document opens with one. */
  title?: Span;
  dateline?: Span;
  /** Index of the first paragraph after the front matter. */
  bodyStart: number;
}

const DATE = /(\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/;
/** A dateline glued to the end of the title (fused documents): 时间：2026-02-09, 2020/9/24 16:11. */
const LEADING_DATE = /^\s*(时间[:：]\s*)?\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?/;
const CLOSING = /[。！？；：，、,.;:!?]$/;
const MAX_TITLE = 60;

export function isDateLine(text: string): boolean {
  return text.length <= 50 && DATE.test(text) && !/[。！？]$/.test(text.trim());
}

/**
 * Lines that sit between a title and the body: a subtitle (——…会议上, （…）), a dateline, a
 * salutation (各位代表：), a byline (上海市市长 龚 正, 本报记者 张三, a bare name: surnames from
 * data/surnames.ts). Any other short
 * line (工作回顾) is a heading, not front matter.
 */
function isFrontMatterLine(t: string): boolean {
  return (
    /^(——|—|－|-{2}|[（(])/.test(t) ||
    isDateLine(t) ||
    /[：:]$/.test(t) ||
    /[\u4e00-\u9fff][ 　]+[\u4e00-\u9fff]/.test(t) ||
    /(记者|通讯员|作者|来源|发布|编辑|责编|市长|省长|主席|书记|主任|县长|区长|部长)/.test(t) ||
    isBareName(t)
  );
}

/** 毛伟明: a surname and one or two characters, nothing else on the line. */
function isBareName(t: string): boolean {
  if (COMPOUND_SURNAMES.some((c) => t.startsWith(c))) return t.length >= 3 && t.length <= 4;
  return t.length >= 2 && t.length <= 3 && SINGLE_SURNAMES.includes(t[0]) && /^[\u4e00-\u9fff]+$/.test(t);
}

export function findFrontMatter(paragraphs: readonly Paragraph[]): FrontMatter {
  const first = paragraphs[0];
  if (!first) return { bodyStart: 0 };
  const lead = first.text.match(/^\s*/)![0].length;
  const text = first.text.trimEnd();
  if (/^#/.test(text.slice(lead)) || readMarker(text, lead)) return { bodyStart: 0 };
  // a title is short and unpunctuated at its end; a long first paragraph is a fused document
  if (text.length - lead <= MAX_TITLE && !CLOSING.test(text) && !isDateLine(text.slice(lead))) {
    const fm: FrontMatter = { title: { start: first.start + lead, end: first.start + text.length }, bodyStart: 1 };
    const doc = (span: Span) => paragraphs.find((p) => p.start <= span.start && span.end <= p.end)!.text.trim();
    let i = 1;
    for (; i < paragraphs.length && i <= 6; i++) {
      const t = paragraphs[i].text.trim();
      if (t.length > 50 || /[。！？]$/.test(t) || readMarker(t) || !isFrontMatterLine(t)) break;
      // a line that is a date (时间：2026-02-09) beats a subtitle that mentions one (——…日在…会议上)
      if ((!fm.dateline || (LEADING_DATE.test(t) && !LEADING_DATE.test(doc(fm.dateline)))) && isDateLine(t)) {
        const s = paragraphs[i].text.indexOf(t);
        fm.dateline = { start: paragraphs[i].start + s, end: paragraphs[i].start + s + t.length };
      }
    }
    fm.bodyStart = i;
    return fm;
  }
  const cut = fusedTitleEnd(text, lead);
  if (cut === undefined) return { bodyStart: 0 };
  const fm: FrontMatter = { title: { start: first.start + lead, end: first.start + cut }, bodyStart: 0 };
  const d = text.slice(cut).match(LEADING_DATE);
  if (d) fm.dateline = { start: first.start + cut + d[0].match(/^\s*/)![0].length, end: first.start + cut + d[0].length };
  return fm;
}

/**
 * Where a title glued to the rest of the document ends: before a subtitle dash, a date, a time
 * label, a salutation (各位代表：) or the first closing mark, within the first 40 characters;
 * undefined if none is found.
 */
function fusedTitleEnd(text: string, lead: number): number | undefined {
  const head = text.slice(lead, lead + 44);
  let best: number | undefined;
  const consider = (i: number) => {
    if (i >= 4 && i <= 40 && (best === undefined || i < best)) best = i;
  };
  for (const re of [/——/, /时间[:：]/, /各位(代表|委员|来宾)|同志们|女士们/, /[。！？；：，]/]) {
    const m = head.match(re);
    if (m) consider(m.index!);
  }
  for (const m of head.matchAll(/\d{4}[年/.-]\d{1,2}/g)) if (m.index! >= 4) consider(m.index!);
  if (best === undefined) return undefined;
  // a title ends on a word; 。 or ： right after would make it a sentence, not a title
  if (/[。！？；：，]/.test(head[best]) ) return undefined;
  return lead + best;
}

export { DATE };
