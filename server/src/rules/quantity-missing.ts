/**
 * @fileoverview A unit, measure word or magnitude whose number is gone (总投资亿元, 员工人,
 * 部门个，, 余名, 多万元, 增长%), and a 总面积/共计 that ends its clause with no figure at all.
 * A unit counts as missing its number only when it stands as a word of its own (jieba), nothing
 * before it is a numeral or a determiner (这个, 每项, 首个, 多家, 上万人), and its strength in
 * the lexicon (`data/units.ts`) is matched by its context. Option: `quantityPlaceholder`.
 */
import { charBefore } from '../core/chars';
import { canStartQuantityHead, isNumeralChar, matchMagnitudeAt, matchUnitAt } from '../core/quantities';
import type { LintOptions, Paragraph, Report, Token } from '../core/types';
import { AGENT_SUFFIXES, COMPOUND_PRONE, PERSON_VERBS, DETERMINERS, STRONG_DETERMINERS, MAGNITUDE_LEADS, MILESTONE_LEADS, NOT_AFTER, ENTERPRISE_KINDS, NOT_BEFORE, PER_UNIT_FOLLOWERS, type UnitInfo } from '../data/units';
import { placeholderFix } from './placeholderFix';
import type { ParagraphRule } from './rule';

/** What may follow a quantity directly: a mark, the end, or a word that closes a quantity. */
const CLOSES = /^(?:$|[，。、；：？！…—（）()」』”’》,.;:?!\s]|左右|以上|以下|上下|之多|有余|以内|余|次|和|及|与|或|[/／])/;
const CLOSES_STRICT = /^(?:$|[，。、；：？！…—）)」』”’》,.;:?!\s]|左右|以上|以下)/;
/** A currency unit just before another unit: 元公斤 is a price per 公斤. */
const CURRENCY_BEFORE = /(?:元|美元|欧元|港元)$/;
/** Measure words a price is often given per (元/人, 元/户); others after 元 start a new count (亿元个项目). */
const PER_HEAD = new Set(['人', '户', '次', '人次', '只', '头', '张', '套', '件', '台', '辆']);
/** How far after a unit the rules look (the longest follower word is 6 characters). */
const WINDOW = 12;
/** Tags jieba gives to numerals and measure words. */
const MEASURE_TAGS = new Set(['m', 'q', 'mq']);
/** A total with no figure after it (圈舍总面积。): context demands a number. */
const WHOLE_MISSING = /(总面积|总投资额?|总产值|总金额|总规模|总人数|总产量|共计|合计|总计)(?=[。，；])/g;

/**
 * A verb of change or bound (or a rate: 失业率) right before 以上/左右/以下/以内 and a mark: the
 * figure between them is gone (增长5%以上。→ 增长以上。). The 23 clean reports never write this
 * without the figure; the words are the ones they write before a figure and a bound.
 */
const BOUND_WITHOUT_FIGURE = /(提高|增长|下降|降低|提升|减少|增加|超过|达到|控制在|保持在|稳定在|涨幅|增速|增幅|降幅|占比|覆盖|率|达|至)(?:以上|左右|以下|以内)(?=[，。；、）)]|$)/g;

interface Head {
  start: number;
  end: number;
  unit?: UnitInfo;
  /** 万/亿 or 余/多 before the unit: a sure sign that a figure belonged here. */
  prefixed: boolean;
  magnitude: boolean;
}

const rule: ParagraphRule = {
  id: 'quantity-missing',
  description: '数量缺少数字',
  tags: ['quantity'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    missing: '“{{unit}}”前缺少数字',
    ordinal: '“第”后缺少序数',
    whole: '“{{noun}}”后似缺少具体数量',
  },
  check(paragraph, options) {
    const text = paragraph.text;
    // the token index is built at the first quantity head (most paragraphs' clauses have none)
    let tokenIndex: Int32Array | undefined;
    const reports: Report[] = [];
    let i = 0;
    while (i < text.length) {
      const head = canStartQuantityHead(text.charCodeAt(i)) ? matchHead(text, i) : undefined;
      if (!head) {
        i++;
        continue;
      }
      const verdict = judge(text, head, paragraph.tokens, (tokenIndex ??= indexTokens(paragraph)));
      if (verdict) reports.push(report(text, head, verdict, options));
      i = head.end;
    }
    paragraph.tokens.forEach((t, k) => {
      if (t.text !== '企业家' || !enterpriseCount(text, paragraph.tokens, k)) return;
      reports.push(report(text, { start: t.end - 1, end: t.end, prefixed: false, magnitude: false }, 'missing', options));
    });
    // 增长以上。, 控制在以内，: a change or a bound with its figure and unit both gone
    for (const m of text.matchAll(BOUND_WITHOUT_FIGURE)) {
      const at = m.index! + m[1].length;
      reports.push(report(text, { start: at, end: at + 2, prefixed: false, magnitude: false }, 'missing', options));
    }
    for (const m of text.matchAll(WHOLE_MISSING)) {
      const at = m.index! + m[0].length;
      if (isNumeralChar(charBefore(text, m.index!))) continue;
      reports.push({
        messageId: 'whole',
        start: m.index!,
        end: at,
        data: { noun: m[1] },
        severity: 'info',
        fixes: [placeholderFix(at, options.quantityPlaceholder, `“${m[1]}”后`)],
      });
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

/** The magnitude/approximator prefix and unit starting at `i` (万平方米, 余名, 多万元, 个月). */
function matchHead(text: string, i: number): Head | undefined {
  const ownUnit = matchUnitAt(text, i);
  // 十/百/千 are numerals of their own (十年, 百人): what follows them has its number
  if (!ownUnit && /[十百千]/.test(text[i])) return undefined;
  let p = i;
  let prefixed = false;
  let magnitude = false;
  if ((text[p] === '余' || text[p] === '多') && /[万亿]/.test(text[p + 1] ?? '')) p++;
  if (!ownUnit || p > i) {
    const mag = /[万亿]/.test(text[p]) ? matchMagnitudeAt(text, p) : '';
    if (mag && /^[万亿]/.test(mag)) {
      p += mag.length;
      magnitude = true;
      if (text[p] === '余' || text[p] === '多') p++;
    }
  }
  if (p === i && text[p] === '余') p++;
  prefixed = p > i;
  if (prefixed && text[i] === '多' && !magnitude) return undefined;
  const unit = matchUnitAt(text, p);
  // 多万江淮儿女, 余万婴幼儿: an approximator before a magnitude needs a number even with no unit
  if (!unit) return magnitude ? { start: i, end: p, prefixed, magnitude } : undefined;
  return { start: i, end: p + unit.unit.length, unit, prefixed, magnitude };
}

type Verdict = 'missing' | 'ordinal';

/** One-character verbs of speech before 个 (做个检查, 吃个饭); not 有, 建, 设: reports count after those. */
const COLLOQUIAL_GE_VERBS = '做开找吃喝打拍洗睡看问买搞唱聊写算叫喊挑换请讲走过';

/** Opening marks: a unit right after one starts a title or a list item (“万人计划”). */
const OPENERS = /[“‘「『《〈【（(]/;
/** Marks that end a clause: a measure word right after one opens the clause (，项任务…). */
const CLAUSE_MARKS = /^$|[，。；：！？]/;

function judge(text: string, head: Head, tokens: Token[], tokenIndex: Int32Array): Verdict | undefined {
  const { start, end, unit } = head;
  const left = leftChar(text, start);
  if (isNumeralChar(left) || /[.．,]/.test(left)) return undefined;
  if (!unit) {
    if (/^[余多]/.test(text[start])) return 'missing';
    // 惠及万儿童, 开行万列, 突破万、: a bare 万/亿 word after a verb or preposition is a figure's tail
    const word = tokens[tokenIndex[start]];
    const before = tokens[tokenIndex[start - 1]];
    if (!word || word.start !== start || word.end !== end || MAGNITUDE_LEADS.has(left) || inShortQuote(text, start, end)) return undefined;
    if (PER_UNIT_FOLLOWERS.some((w) => text.startsWith(w, end))) return undefined;
    const after = tokens[tokenIndex[end]];
    // what follows must be a mark, a Latin unit (万P) or a measure or noun word (万列, 万儿童), not 万华
    const counted = CLOSES_STRICT.test(text.slice(end, end + WINDOW)) || (after !== undefined && (/^(eng|q)/.test(after.tag) || (/^n/.test(after.tag) && after.end - after.start >= 2)));
    return counted && before && before.end === start && /^(v|p)/.test(before.tag) && before.tag !== 'vn' ? 'missing' : undefined;
  }
  if (!wholeWords(text, start, end, tokens, tokenIndex)) return undefined;
  if (left === '第') return 'ordinal';
  // 甘其毛都、策克、满都拉, 安家庄、郭家台、平山湖: a name in a list of names that happens to end on
  // a measure word; a list that lost its numbers has quantities around it (学校所、医院家)
  if (unit.strength !== 'strong' && !head.prefixed && inListOfNames(text, start, end, tokens, tokenIndex)) return undefined;
  // 微克/立方米, 万元/人: the unit after a slash is a rate's denominator; 万套（间）: an alternative
  if (/[/／]/.test(left) || (/[（(]/.test(left) && /^[）)]/.test(text.slice(end, end + 1)))) return undefined;
  // “N”个, “1”个: a number spelled in quotes
  if (/[”’"]/.test(left) && /[0-9A-Za-z]/.test(charBefore(text, start - 1))) return undefined;
  const prev = tokens[tokenIndex[start - 1]];
  const next = tokens[tokenIndex[end]];
  // 这个, 每项, 多家 (a determiner of its own), not 安全个 (the end of another word)
  const own = tokens[tokenIndex[start]];
  const leftInOwn = own !== undefined && own.start < start;
  const determiners = unit.strength === 'strong' && !head.prefixed ? STRONG_DETERMINERS : DETERMINERS;
  if (determiners.has(left) && (!prev || leftInOwn || prev.end - prev.start === 1 || /^[rm]/.test(prev.tag))) return undefined;
  // 链条, 取件: the character before makes a word with the unit, unless jieba gave it to a
  // two-character word of its own (员工人 is 员工 and 人, 产业链条 is 产业 and 链条)
  const pairs = !head.prefixed && (NOT_BEFORE[unit.unit] ?? '').includes(left);
  if (pairs && (!prev || leftInOwn || prev.end - prev.start !== 2)) return undefined;
  // 于人, 以业安人: jieba's unknown runs that are a preposition or an idiom with 人
  if (unit.unit === '人' && own && own.tag === 'x' && leftInOwn && /^[于对向给为以让使把被]/.test(own.text)) return undefined;
  if (inShortQuote(text, start, end)) return undefined;
  if ((NOT_AFTER[unit.unit] ?? []).some((w) => text.startsWith(w, end))) return undefined;
  const after = text.slice(end, end + WINDOW);
  // inside an unknown run (取件和) only a mark closes the quantity
  const closes = leftInOwn ? CLOSES_STRICT.test(after) : CLOSES.test(after);
  if (head.magnitude) {
    if (MAGNITUDE_LEADS.has(left) && (!prev || prev.start === start - 1 || /^[上近数几成]/.test(prev.text))) return undefined;
    if (PER_UNIT_FOLLOWERS.some((w) => after.startsWith(w))) return undefined;
    const bare = text.slice(start, end);
    // 实施亿元以上项目: a size class, not an amount
    if (/^(万亿|亿|万)元以上(?![，。；、）]|$)/.test(text.slice(start, start + WINDOW))) return undefined;
    // 突破万亿元, 降费超万亿元 (jieba: 降费超|万亿元): a milestone, read on the text, not the token
    const milestone = MILESTONE_LEADS.some((w) => text.startsWith(w, start - w.length));
    if (bare === '万亿元' && milestone) return undefined;
    // a bare 万 opening a name or a clause is the number itself (万家企业, “万名博士后”)
    if (text[start] === '万' && text[start + 1] !== '亿' && unit.strength !== 'strong' && !closes) {
      if (OPENERS.test(left) || CLAUSE_MARKS.test(left) || left === '、') return undefined;
      // 全国工商联万家民企评营商环境: after an organisation's name, the name of its programme
      if (prev && prev.end === start && prev.tag === 'nt') return undefined;
      // 油田万米超深钻井 is ten thousand metres; 年产万片 (after a verb) lost its number
      if (unit.strength !== 'weak' && !/^(v|j|p)/.test(prev?.tag ?? '')) return undefined;
    }
    return 'missing';
  }
  // 一个人, 两名人: the numeral jieba glued to a measure word already counts what follows
  if (unit.strength !== 'strong' && prev && prev.end === start && prev.tag === 'm' && [...prev.text].some((c) => isNumeralChar(c))) return undefined;
  // 户户, 人人: reduplication (but 事项项 is 事项 and a count of 项)
  if (left === unit.unit[0] && (leftInOwn || !prev || prev.end - prev.start === 1)) return undefined;
  // 元公斤, 元吨: a price per unit whose slash was lost; the number belongs before 元
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && (unit.kind !== 'measure' || PER_HEAD.has(unit.unit))) return undefined;
  if (head.prefixed) return 'missing';
  const tok = tokens[tokenIndex[end - 1]];
  const measureTag = tok !== undefined && tok.start === start && MEASURE_TAGS.has(tok.tag);
  const prevTag = prev?.tag ?? '';
  switch (unit.strength) {
    case 'strong':
      // 是个好地方: colloquial 个 before an adjective
      if (unit.unit === '个' && next && /^a/.test(next.tag) && next.start === end && /^(?:是|算|像|真是|就是)$/.test(prev?.text ?? '')) return undefined;
      // 做个CT, 开个会, 找个地方: an everyday one-character verb and 个 (reports count with
      // two-character verbs: 新建个, 召开个 lost their numbers)
      if (unit.unit === '个' && COLLOQUIAL_GE_VERBS.includes(left) && ((leftInOwn && own!.start === start - 1) || (prev !== undefined && prev.start === start - 1 && prev.end === start))) return undefined;
      return 'missing';
    case 'weak': {
      // 大庆人, 安徽段: after a name; 投资于人: after a preposition; 会创造的人, 紧要处
      if (/^(ns|nr|uj|a)/.test(prevTag) || (prevTag === 'p' && /^[于对向给为以让使把被和与及]$/.test(prev!.text))) return undefined;
      if (unit.unit === '人' && (/^(nt|nz|j)/.test(prevTag) || PERSON_VERBS.has(prev?.text ?? ''))) return undefined;
      // 以文化人, 以德服人: the idiom pattern 以…人
      if (unit.unit === '人' && prev && tokens[tokenIndex[prev.start - 1]]?.text === '以') return undefined;
      if (closes) return 'missing';
      // 开通条地铁新线, 实施项工程, ，所高校, 等项工程, 中有项达到: the counted noun or a verb follows
      const wordNext = next !== undefined && next.start === end && /^(n|vn|v|x|b|s|a|j)/.test(next.tag);
      const opensClause = (CLAUSE_MARKS.test(left) || left === '、') && !OPENERS.test(left);
      // ，所高校, 、家驻津大院: a clause or list item that opens with the count, before a noun
      if (opensClause && nounAfter(next, end) && !AGENT_SUFFIXES.has(unit.unit)) return 'missing';
      // 只减不增, 所需: jieba reads the character as an adverb or a particle
      // (等所高校: before a noun the particle reading is impossible, so it stays a measure word)
      const countedNoun = next !== undefined && next.start === end && /^(n|j)/.test(next.tag) && /^(u|c|v)/.test(prevTag) && (prev?.text.length ?? 0) >= (prevTag === 'v' ? 2 : 1);
      if (tok && tok.start === start && /^[dcpu]/.test(tok.tag) && !countedNoun) return undefined;
      if (measureTag && !AGENT_SUFFIXES.has(unit.unit)) return 'missing';
      if (!wordNext) return undefined;
      if (prev?.text === '等' && unit.unit !== '人') return 'missing';
      // 和家省级中心, 类件民生实事: after a conjunction or another measure word, a second count
      if ((prevTag === 'c' && /^[和及与或]$/.test(prev!.text)) || /^[qm]/.test(prevTag)) return 'missing';
      if ((/^v/.test(prevTag) || prevTag === 'ul') && !AGENT_SUFFIXES.has(unit.unit)) return 'missing';
      if (/^n/.test(prevTag) && !COMPOUND_PRONE.has(unit.unit)) return 'missing';
      return undefined;
    }
    case 'homograph': {
      if (!measureTag || /^(ns|nr|nt|nz|j|p)/.test(prevTag)) return undefined;
      if (closes) return 'missing';
      // 新增张家庭养老床位, 、台燃煤锅炉: a verb or a list mark, the measure word, the counted noun
      const opens = (CLAUSE_MARKS.test(left) || left === '、') && !OPENERS.test(left);
      return nounAfter(next, end) && next!.end - next!.start >= 2 && (opens || (/^v/.test(prevTag) && prevTag !== 'vn')) ? 'missing' : undefined;
    }
    case 'rare':
      return undefined;
  }
}

/** 专精特新企业家、, 新入规加工企业家以上: 企业 and a count of 家 whose number is gone. */
function enterpriseCount(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const after = text.slice(t.end, t.end + 2);
  if (/^(以上|左右)/.test(after)) return true;
  const prev = tokens[k - 1];
  return prev !== undefined && prev.end === t.start && ENTERPRISE_KINDS.some((w) => prev.text.endsWith(w)) && CLOSES_STRICT.test(after);
}

/** What bounds an item of a 、 list. */
const ITEM_EDGE = /[，。；：！？、（）()“”‘’《》\s,.;:!?]/;
/** Names in lists are short (策克, 郭家台, 工生所); a longer item is a clause (累计达到项、). */
const MAX_ITEM = 4;

/**
 * The unit ends a short item of a 、 list that opens on a name or a noun, and the neighbouring
 * items are names too: none holds a digit or ends on a unit.
 */
function inListOfNames(text: string, start: number, end: number, tokens: Token[], tokenIndex: Int32Array): boolean {
  let a = start;
  while (a > 0 && start - a < MAX_ITEM && !ITEM_EDGE.test(text[a - 1])) a--;
  if (a > 0 && !ITEM_EDGE.test(text[a - 1])) return false;
  if (a === start) return false;
  const first = tokens[tokenIndex[a]];
  if (!first || first.start !== a || !/^(n|x|j)/.test(first.tag)) return false;
  const listBefore = text[a - 1] === '、';
  const listAfter = text[end] === '、';
  if (!listBefore && !listAfter) return false;
  const neighbours: string[] = [];
  if (listBefore) {
    let b = a - 1;
    while (b > 0 && a - 1 - b < MAX_ITEM + 4 && !ITEM_EDGE.test(text[b - 1])) b--;
    neighbours.push(text.slice(b, a - 1));
  }
  if (listAfter) {
    let c = end + 1;
    while (c < text.length && c - end - 1 < MAX_ITEM + 4 && !ITEM_EDGE.test(text[c])) c++;
    neighbours.push(text.slice(end + 1, c).replace(/等.*$/, ''));
  }
  return neighbours.every((n) => n.length >= 2 && !/[0-9０-９]/.test(n) && !endsOnUnit(n));
}

function endsOnUnit(item: string): boolean {
  for (let k = 1; k <= Math.min(3, item.length); k++) {
    const u = matchUnitAt(item, item.length - k);
    if (u && u.unit.length === k) return true;
  }
  return false;
}

/** The next token starts right after the unit and is a noun (or jieba's unknown run). */
function nounAfter(next: Token | undefined, end: number): boolean {
  return next !== undefined && next.start === end && /^(n|vn|x|b|s|j)/.test(next.tag);
}

/** Inside a short quotation (“人、房、地、钱”, “吨半粮”, “米”字形) units are abbreviations. */
function inShortQuote(text: string, start: number, end: number): boolean {
  // “条”, “双条”: the quote names a count of measures whose number is gone
  if (text[end] === '”' && (text[start - 1] === '“' || text[start - 2] === '“') && text[end + 1] !== '字') return false;
  // bounded windows: a long paragraph with no quotes must not be scanned once per unit
  const from = Math.max(0, start - 10);
  const k = text.slice(from, start).lastIndexOf('“');
  if (k < 0) return false;
  const open = from + k;
  const c = text.slice(end, open + 15).indexOf('”');
  return c >= 0 && text.slice(open, start).indexOf('”') < 0;
}

/** The unit neither starts inside a dictionary word nor ends inside one (个人, 人民, 项目). */
function wholeWords(text: string, start: number, end: number, tokens: Token[], tokenIndex: Int32Array): boolean {
  const first = tokens[tokenIndex[start]];
  const last = tokens[tokenIndex[end - 1]];
  // jieba leaves unknown runs as x (用个, 镇栋) and glues some as numerals (分个): not a word
  const startsClean =
    !first || first.start === start || first.tag === 'x' || (first.tag === 'm' && first.end === end && end - first.start === 2 && !/[大小双单多全整半首每各几数该这那]/.test(text[first.start]));
  const endsClean = !last || last.end === end || last.tag === 'x';
  return startsClean && endsClean;
}

function leftChar(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[ \t\u3000]/.test(text[j - 1])) j--;
  return charBefore(text, j);
}

function indexTokens(paragraph: Paragraph): Int32Array {
  const index = new Int32Array(paragraph.text.length).fill(-1);
  const tokens = paragraph.tokens;
  for (let k = 0; k < tokens.length; k++) for (let i = tokens[k].start, end = tokens[k].end; i < end; i++) index[i] = k;
  return index;
}

function report(text: string, head: Head, verdict: Verdict, options: LintOptions): Report {
  const unit = text.slice(head.start, head.end);
  return {
    messageId: verdict,
    start: head.start,
    end: head.end,
    data: { unit },
    fixes: [placeholderFix(head.start, options.quantityPlaceholder, `“${unit}”前`)],
  };
}

export default rule;
