/**
 * Places where a colon is missing because a word introduces what follows (GB/T 15834-2011
 * 4.7.3.1 总说性或提示性词语之后, 4.7.3.4 称呼语之后), found by shape and word lists kept as data
 * (data/colon-introducers.ts). Offsets are relative to the paragraph; `at` is where ： goes.
 */
import { BRACKET_LABELS, LIST_ANNOUNCERS, LIST_OPENERS, SALUTATIONS, SUMMARY_LINKS, SUMMARY_NOUNS } from '../data/colon-introducers';
import { isHan } from './chars';
import type { Token } from './types';

export type IntroducerKind = 'salutation' | 'addressees' | 'dateLabel' | 'bracketLabel' | 'summary' | 'listOpener' | 'beforeEnumeration' | 'lineEnd';

export interface MissingColon {
  kind: IntroducerKind;
  /** The introducing words. */
  start: number;
  end: number;
  /** Where the colon goes. */
  at: number;
  /** A comma (or other mark) at `at` that the colon replaces, if any. */
  replaces?: number;
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const SALUTATION = new RegExp(`^(${alternation(SALUTATIONS)})([，,])?$`);
/**
 * A 公文's addressees (主送机关) on a line of their own: 各区教育局，市直属各学校 / 各县（市、区）人民政府，
 * 市政府各部门. They open with 各 and end on a body; the colon after them is GB/T 9704's.
 */
const ADDRESSEES = /^各[^。！？：:；;“”]{1,60}(?:局|委|厅|办|办公室|部门|单位|学校|院校|公司|院|处|中心|政府|机构|组织|街道|乡镇|社区|企业|医院|高校|党组|党委|支部)([，,])?$/;

/** A line that is only a 公文's addressees, without its colon (ADDRESSEES). */
export function addresseeLine(text: string): boolean {
  return ADDRESSEES.test(text.trim());
}
const DATE_LABEL = /^(时间|日期|发布时间|发布日期|成文日期|印发日期)(?=[0-9０-９])/;
const BRACKET_LABEL = new RegExp(`[（(](${alternation(BRACKET_LABELS)})(?=[^：:）)\\s于自的是了])[^（()）]{1,40}[）)]`, 'g');
const SUMMARY = new RegExp(`(${alternation(SUMMARY_NOUNS)})(${alternation(SUMMARY_LINKS)})(?=[\\u4e00-\\u9fff0-9“])`, 'g');
const LIST_OPENER = new RegExp(`(^|[。！？；，])(${alternation(LIST_OPENERS)})(?=[\\u4e00-\\u9fff“])`, 'g');
/** 以下工作 / 如下 / 十个方面工作 at the end of a paragraph that has no closing mark. */
const LINE_END = /(?:(?:以下|如下|下列|下面)[\u4e00-\u9fff]{0,8}|(?<=(?:做好|抓好|把握|推进|突出|聚焦|从)[\u4e00-\u9fff]{0,4})[0-9一二三四五六七八九十两几]+个?方面[\u4e00-\u9fff]{0,4})$/;
const SENTENCE_END = /[。！？!?]/;

/**
 * `LINE_END.exec(trimmed)`, without running the regex where it cannot match: anchored at `$`, V8
 * tries it from every offset of the paragraph. A match ends on 以下/如下/下列/下面 and up to 8
 * characters, or on 方面 and up to 4: one of those words lies within the last 10 (6) units.
 */
function lineEndMatch(trimmed: string): RegExpExecArray | null {
  const n = trimmed.length;
  const last10 = trimmed.slice(Math.max(0, n - 10));
  if (!/以下|如下|下列|下面/.test(last10) && !trimmed.includes('方面', Math.max(0, n - 6))) return null;
  return LINE_END.exec(trimmed);
}
/**
 * 还存在不少问题不足和风险挑战|外部环境…: a clause announcing problems runs straight into them.
 * The announcing words end on a problem noun (or 仍然不少 after it); the listing starts a new clause.
 */
const PROBLEMS = /(?:存在|面临)(?!的)着?(?:不少|一些|诸多|许多|较多|很多)?[\u4e00-\u9fff、]{0,12}?(?:问题|挑战|不足|短板|矛盾|困难|风险)(?:仍然不少|依然不少|还不少|不少|较多)?(?=[\u4e00-\u9fff])/g;
/** What continues a problem noun inside its clause (问题导向, 问题整改, 困难群众, 风险防控…) rather than listing. */
const PROBLEM_CONTINUES = /^(和|与|及|等|的|是|为|在|上|中|也|都|仍|依然|还|较|比|更|导向|整改|清单|线索|隐患|群众|企业|防控|防范|化解|挑战|不足|短板|矛盾|困难|风险|问题|不少|较多)/;
const CLAUSE_MARKS = /[，；,;]/g;
/** Characters that make 一是 part of a word (统一是, 之一是, 唯一是, 第一是). */
const NOT_ENUMERATION_BEFORE = /[统唯之第万专同单划整逐]/;

/** A listing: the sentence from `from` runs on for several clauses. */
function listsAfter(text: string, from: number, minClauses = 2, minLength = 20): boolean {
  let end = from;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  if (end - from < minLength) return false;
  return (text.slice(from, end).match(CLAUSE_MARKS)?.length ?? 0) >= minClauses;
}

/** The paragraph ends on words that announce the next lines (重点抓好以下工作) without a mark. */
export function endsIntroducing(text: string): boolean {
  return lineEndMatch(text.trimEnd()) !== null;
}

export function findMissingColons(text: string, tokens: readonly Token[]): MissingColon[] {
  const out: MissingColon[] = [];
  const trimmed = text.trimEnd();
  const sal = SALUTATION.exec(trimmed);
  if (sal) {
    const end = sal[1].length;
    return [{ kind: 'salutation', start: 0, end, at: end, ...(sal[2] ? { replaces: end } : {}) }];
  }
  const lead = trimmed.length - trimmed.trimStart().length;
  const to = ADDRESSEES.exec(trimmed.slice(lead));
  if (to) {
    const end = trimmed.length - (to[1] ? 1 : 0);
    return [{ kind: 'addressees', start: lead, end, at: end, ...(to[1] ? { replaces: end } : {}) }];
  }
  const date = DATE_LABEL.exec(trimmed);
  if (date && trimmed.length <= 40) out.push({ kind: 'dateLabel', start: 0, end: date[1].length, at: date[1].length });
  for (const m of trimmed.matchAll(BRACKET_LABEL)) {
    const start = m.index! + 1;
    const end = start + m[1].length;
    // （注1） is a footnote mark, not a label
    if (/^(注|备注|说明)$/.test(m[1]) && /[0-9０-９①-⑳]/.test(trimmed[end])) continue;
    out.push({ kind: 'bracketLabel', start, end, at: end });
  }
  for (const m of trimmed.matchAll(SUMMARY)) {
    const end = m.index! + m[0].length;
    if (/^(是否|为了|为何|包括在)/.test(trimmed.slice(end - m[2].length, end + 1))) continue;
    if (listsAfter(trimmed, end)) out.push({ kind: 'summary', start: m.index!, end, at: end });
  }
  for (const m of trimmed.matchAll(PROBLEMS)) {
    const end = m.index! + m[0].length;
    if (PROBLEM_CONTINUES.test(trimmed.slice(end, end + 4))) continue;
    // the first listed problem is a clause of its own (外部环境变化影响加深，), not a word (短板|弱项，)
    const firstClause = trimmed.slice(end).search(/[，；。,;]/);
    if (firstClause >= 0 && firstClause < 5) continue;
    // the noun must end a word of its own (问题|外部, not 风险|点)
    if (tokens.some((t) => t.start < end && t.end > end)) continue;
    if (listsAfter(trimmed, end)) out.push({ kind: 'summary', start: m.index!, end, at: end });
  }
  for (const m of trimmed.matchAll(LIST_OPENER)) {
    const start = m.index! + m[1].length;
    const end = start + m[2].length;
    // the sentence or clause before names what is listed (还存在一些不足。主要是…)
    const before = trimmed.slice(Math.max(0, start - 30), start);
    const lastClause = before.split(/[。！？]/).filter(Boolean).pop() ?? '';
    if (!LIST_ANNOUNCERS.test(m[1] === '，' ? lastClause : before)) continue;
    if (listsAfter(trimmed, end)) out.push({ kind: 'listOpener', start, end, at: end });
  }
  for (let i = trimmed.indexOf('一是'); i > 0; i = trimmed.indexOf('一是', i + 2)) {
    const prev = trimmed[i - 1];
    if (!isHan(prev) || NOT_ENUMERATION_BEFORE.test(prev)) continue;
    if (!trimmed.includes('二是', i + 2)) continue;
    // 一 must open a word: not the end of a word jieba knows (统一, 之一)
    if (tokens.some((t) => t.start < i && t.end > i)) continue;
    // the words before: the last two of jieba's (把握|三点), within the run of 汉字
    const before = tokens.filter((t) => t.end <= i && t.end > i - 8 && isHan(t.text[0]));
    let s = before.length >= 2 && before[before.length - 2].end === before[before.length - 1].start ? before[before.length - 2].start : i - 1;
    if (before.length === 1) s = before[0].start;
    out.push({ kind: 'beforeEnumeration', start: s, end: i, at: i });
  }
  const lineEnd = lineEndMatch(trimmed);
  if (lineEnd) out.push({ kind: 'lineEnd', start: lineEnd.index, end: trimmed.length, at: trimmed.length });
  return out.sort((a, b) => a.at - b.at);
}
