/**
 * @fileoverview A date or a count of years whose number is gone: 年月日, 今年月底, 于年, 至年,
 * a clause that opens with 年 or 日 (年是…, 日，记者…), 连续年. Each bare 年/月/日/时 is its
 * own finding with a placeholder fix. Words that need no number (今年, 每月, 日前, 年底 after a
 * year, 年均, 万吨/年) are left alone. Option: `quantityPlaceholder`.
 */
import { charBefore } from '../core/chars';
import { isNumeralChar } from '../core/quantities';
import type { Paragraph, Report, Token } from '../core/types';
import { ANNUAL_HEADS, DATE_DETERMINERS, DATE_LEADS, DURATION_LEADS, MONTH_WORDS } from '../data/dates';
import { placeholderFix } from './placeholderFix';
import type { ParagraphRule } from './rule';

/** Words jieba makes of a bare 年 and what follows it. */
const YEAR_WORDS = new Set(['年前', '年后', '年来', '年以来']);
/** Before this character a sentence (or a title) starts: a bare 年 there is a year. */
const SENTENCE_START = /^$|[。！？；\s]/;
/** Before this character a clause (or a list item) starts. */
const CLAUSE_START = /^$|[，。、；：？！（）()“”‘’《》【】〔〕\s—…]/;
/** After a clause-initial 日: what follows a dateline day (日，记者…, 日电, 日上午). */
/**
 * What follows a clause-initial year (年，…, 年是…, 年以来, 年全市…); anything else after a
 * clause-initial 年 may be "annual" (年接待游客, 年开行量) and is left alone.
 */
const YEAR_SUBJECT = /^(?:[，。、；：]|是|很|极|不|为|以来|来|起|至|到|以前|前|后|内|初|末|中|月|以上|以下|左右|上半年|下半年|全[市省区国州县年]|我[市省区国们]|本[市省区]|各|第|将|要|的|也|又|还|就|已|在|共|累计|共计|总计|合计)/;
const AFTER_DAY = /^(?:[，。、：；]|在|至|到|起|电|讯|上午|下午|晚|凌晨|早|中午|召开|举行|开幕|闭幕)/;

const rule: ParagraphRule = {
  id: 'date-incomplete',
  description: '日期或年数缺少数字',
  tags: ['quantity', 'date'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    year: '“年”前缺少年份',
    years: '“年”前缺少年数',
    month: '“月”前缺少月份',
    day: '“日”前缺少日期',
    hour: '“时”前缺少钟点',
  },
  check(paragraph, options) {
    const text = paragraph.text;
    const tokens = paragraph.tokens;
    // the token index is built at the first 年/月/日/时 (most paragraphs' clauses have none left bare)
    let index: Int32Array | undefined;
    const tokenAt = (i: number): Token | undefined => tokens[(index ??= indexTokens(paragraph))[i]];
    const reports: Report[] = [];
    const flag = (i: number, messageId: string) => {
      reports.push({ messageId, start: i, end: i + 1, fixes: [placeholderFix(i, options.quantityPlaceholder, `“${text[i]}”前`)] });
    };
    /** Offsets of bare 年/月 found so far, so that 月/日 after them know their number is gone too. */
    const bare = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      // 年 月 日 时, by code unit: no one-character string per character
      const code = text.charCodeAt(i);
      if (code !== 0x5e74 && code !== 0x6708 && code !== 0x65e5 && code !== 0x65f6) continue;
      const c = text[i];
      const left = charBefore(text, i);
      if (isNumeralChar(left) || /[.．]/.test(left)) continue;
      const tok = tokenAt(i);
      const alone = !tok || tok.tag === 'x' || (tok.start === i && tok.end === i + 1);
      const next = text.slice(i + 1, i + 13);
      const prev = tokenAt(i - 1);
      const opens = CLAUSE_START.test(left) || DATE_LEADS.has(left) || (prev !== undefined && prev.tag === 'p' && prev.end === i);
      if (c === '年') {
        if (DATE_DETERMINERS.has(left)) continue;
        // 年前碳达峰, 成立年来: jieba glues these, and each needs the year or the count before it
        if (tok && tok.start === i && tok.text === '年内' && durationLead(text, i, tokens, (index ??= indexTokens(paragraph)))) {
          bare.add(i);
          flag(i, 'years'); // 未来年内
          continue;
        }
        if (tok && tok.start === i && YEAR_WORDS.has(tok.text) && (tok.text.endsWith('来') || opens || SENTENCE_START.test(left) || (prev?.end === i && /^v/.test(prev.tag)))) {
          bare.add(i);
          flag(i, tok.text.endsWith('来') ? 'years' : 'year');
          continue;
        }
        // 预计年月建成: a bare 年 and 月 in a row are a date after a verb or before a day-part
        const yearMonth = next[0] === '月' && (opens || /^(v|p|d)/.test(prev?.tag ?? '') || /^月(?:[日底初末，。]|中旬|上旬|下旬)/.test(next));
        if (tok && tok.start === i && (tok.text === '年月日' || tok.text === '年月')) {
          if (tok.text === '年月日' || yearMonth) {
            bare.add(i);
            flag(i, 'year');
          }
        } else if (alone && (yearMonth || afterLead(left, prev, i) || /^(?:以?来)/.test(next) || afterVerb(prev, i, next))) {
          bare.add(i);
          flag(i, 'year');
        } else if (alone && (SENTENCE_START.test(left) || (CLAUSE_START.test(left) && YEAR_SUBJECT.test(next)) || afterDe(prev, i, next)) && !ANNUAL_HEADS.some((w) => next.startsWith(w))) {
          bare.add(i);
          flag(i, 'year');
        } else if (alone && durationLead(text, i, tokens, (index ??= indexTokens(paragraph)))) {
          bare.add(i);
          flag(i, 'years');
        }
      } else if (c === '月') {
        if (left === '个' || DATE_DETERMINERS.has(left)) continue;
        const word = tok && tok.start === i ? tok.text : '';
        // 今年月底, 年月日: after a year the month's number is missing
        if (left === '年' && (bare.has(i - 1) || DATE_DETERMINERS.has(charBefore(text, i - 1)))) {
          if (MONTH_WORDS.has(word) || alone || (tok && tok.start < i)) {
            bare.add(i);
            flag(i, 'month');
          }
        } else if (word === '月份' && CLAUSE_START.test(left) && !/^[，、]?(?:统计|排序|划分|分布)/.test(next.slice(1))) {
          // ，月份，全市…: a clause that opens on 月份 lost its month (月底, 月初 alone mean this month's)
          bare.add(i);
          flag(i, 'month');
        } else if (alone && (opens || next[0] === '日') && /^[日底初末份中上下]/.test(next)) {
          // 北京月日电: a bare 月 before 日 is a date whatever precedes it
          bare.add(i);
          flag(i, 'month');
        }
      } else if (c === '日') {
        if (DATE_DETERMINERS.has(left)) continue;
        if (left === '月') flag(i, 'day');
        else if (alone && opens && AFTER_DAY.test(next)) flag(i, 'day');
      } else if ((alone || tok?.text === '时分') && (left === '日' || left === '午') && /^[分，。许起至]/.test(next)) {
        // 日时分, 上午时: the hour is gone (时分 alone is a word: 黄昏时分)
        flag(i, 'hour');
      }
    }
    return reports;
  },
};

/** 于年, 至年, 向年…: after a preposition a bare 年 is a date. */
function afterLead(left: string, prev: Token | undefined, i: number): boolean {
  return DATE_LEADS.has(left) || (prev !== undefined && prev.tag === 'p' && prev.end === i);
}

/** 承办年全国生态日, 延长年试点: after a verb a bare 年 names a year, unless it names a campaign (提升年活动). */
function afterVerb(prev: Token | undefined, i: number, next: string): boolean {
  if (!prev || prev.end !== i || !(/^v/.test(prev.tag) || prev.tag === 'ul') || prev.tag === 'vn' || prev.text.length > 2) return false;
  return !/^(?:[、，。；”）]|活动|行动|夜|计划|目标|任务|工作|度)/.test(next) && !ANNUAL_HEADS.some((w) => next.startsWith(w));
}

/** 刚刚过去的年，: after 的 and before a mark, a bare 年 is a year. */
function afterDe(prev: Token | undefined, i: number, next: string): boolean {
  return prev !== undefined && prev.end === i && prev.tag === 'uj' && (/^[，。；、]/.test(next) || YEAR_SUBJECT.test(next));
}

/** 连续年, 未来年, 用年时间: a word before 年 that expects a number of years. */
function durationLead(text: string, i: number, tokens: Token[], index: Int32Array): boolean {
  const prev = tokens[index[i - 1]];
  if (!prev) return false;
  return DURATION_LEADS.includes(prev.text);
}

function indexTokens(paragraph: Paragraph): Int32Array {
  const index = new Int32Array(paragraph.text.length).fill(-1);
  const tokens = paragraph.tokens;
  for (let k = 0; k < tokens.length; k++) for (let i = tokens[k].start, end = tokens[k].end; i < end; i++) index[i] = k;
  return index;
}

export default rule;
