/**
 * Terms that reports set in quotation marks (GB/T 15834-2011, 4.8.3.2 and 4.8.3.3): names
 * introduced by 简称/称为/被誉为/所谓, national slogans, and policy shorthand recognised by its
 * shape — numbered slogans (一老一小, 六稳六保, 三去一降一补), five-year plans (十四五), and
 * “plus” slogans (人工智能+, 1+N). Spans already inside marks are never returned.
 */
import { LEARNED_SLOGANS, NUMERIC_IDIOMS, SLOGANS, TERM_INTRODUCERS, TERM_STOP_WORDS } from '../data/punctuation-quotations';
import { PROVINCE_ABBREVIATIONS } from '../data/place-suffixes';
import { BoundaryTable, enclosedSpans, isMarkCode, isMarked, MARK } from './enclosed';
import type { Paragraph, Span, Token } from './types';
import { keepDisjoint } from './disjoint';
import { firstTokenEndingAfter, tokenCovering, tokenStartingAt } from './tokenLookup';

export interface QuotableTerm extends Span {
  kind: 'defined' | 'slogan';
  /** Whether the span is certain, so that the pair of marks can be inserted without asking. */
  certain: boolean;
  /** Weak evidence (two-character numbered shorthand: 85% right, place names like 八桂 fool it). */
  weak?: boolean;
}

const NUM = '一二三四五六七八九十两双百千万';
const HAN = /[\u4e00-\u9fff]/;
/** Parts of speech that end a defined term (简称伊品主要生产: 主要 is not part of the name). */
const TERM_END_TAGS = /^(v|vn|d|b|p|c|u|uj|ul|r|f|a|ad|m|q|t)$/;
const MAX_TERM = 10;
/** Second characters that make a numeral + character a count (两省, 三地, 双方). */
const COUNTED = '省市县区地国方者级端岸会人次年边侧面条类种是要大晋证';
/** Measure words: a numeral before one counts things (五棵, 三座, 两台), it coins no shorthand. */
const MEASURE_WORDS = '棵株座栋间台辆架艘头只匹条张片块根支把口亩斤吨粒颗套部轮届期批';
/** Nouns that are counted, not coined, after 三个/五大 (三个方面, 五大产业). */
const COUNTED_NOUNS = ['方面', '百分点', '小时', '季度', '问题', '城市', '项目', '部门', '领域', '环节', '阶段', '层次', '产业', '国家', '地区', '区县', '乡镇', '村庄', '基地', '园区', '平台', '板块', '片区', '方向', '年度', '月份', '批次', '步骤', '重点', '行业', '类别', '群体', '单位', '企业', '专项', '集群', '门类', '系统', '指标', '支柱', '方阵', '梯队', '台阶', '大台阶', '端点', '市场', '区域'];
const SHAPED = new RegExp(
  [
    '(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fff]字号',
    '[一二三四五六七八九十]个一(?![\\u4e00-\\u9fff])',
    '[双三四五六]个?(?:提升|下降|增长|减少|同步|到位|清零|翻番|提高|见效)(?![\\u4e00-\\u9fff])',
  ].join('|'),
  'g',
);
/** Numbered slogans: numeral + one character, two to four times (一老一小, 三去一降一补). */
const NUMBERED = new RegExp(`(?:[${NUM}][^${NUM}\\s\\p{P}0-9A-Za-z]){2,4}`, 'gu');
/** A province's brand shorthand (湘字号, 村字号). */
const PROVINCE_BRAND = new RegExp(`[${PROVINCE_ABBREVIATIONS}村]字号`, 'g');
const MEASURES = '个批亿万千百十项次年天月日位名家户件条种类方倍';
/** A number code between Chinese words, not followed by a unit or measure word (see slogans). */
const CODE = /(?<=[\u4e00-\u9fff])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{3,6}X?(?=[\u4e00-\u9fff])(?![年月日时个万亿千百元吨项家人名次件台辆座条所批户亩米公里平方株套栋处种类倍部门位届场只头张份支艘架层期单标块宗笔例间床列篇款轮周岁天余多秒分斤克升兆瓦度毫厘尾匹组对颗枚起班大小强热国边])/g;

/**
 * A word list matched in one pass over the text: words are bucketed by their first UTF-16 unit (a
 * number, so no one-character string is made per character), so the cost is the text's length
 * times the few words sharing a first character, not the list's size.
 */
export class TermLexicon {
  /** The words by first unit, with each word's second unit (-1 for one-unit words) to test before startsWith. */
  private readonly byFirst = new Map<number, { words: string[]; seconds: number[] }>();
  /** 1 for the first units of the words: most offsets are rejected without a Map lookup. */
  private readonly firsts = new Uint8Array(0x10000);
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      const c = w.charCodeAt(0);
      this.firsts[c] = 1;
      let list = this.byFirst.get(c);
      if (!list) this.byFirst.set(c, (list = { words: [], seconds: [] }));
      list.words.push(w);
      list.seconds.push(w.length > 1 ? w.charCodeAt(1) : -1);
    }
  }
  /** Every occurrence of every word, overlapping ones included, in text order. */
  occurrences(text: string): Array<Span & { word: string }> {
    const out: Array<Span & { word: string }> = [];
    if (!this.byFirst.size) return out;
    const firsts = this.firsts;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!firsts[c]) continue;
      const { words, seconds } = this.byFirst.get(c)!;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -2;
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if ((seconds[k] < 0 || seconds[k] === next) && text.startsWith(w, i)) out.push({ start: i, end: i + w.length, word: w });
      }
    }
    return out;
  }
}

const NATIONAL = new TermLexicon(SLOGANS);
/** The terms learned from the reports (see LEARNED_SLOGANS); the benchmark swaps in fold-learned ones. */
export const LEARNED = new TermLexicon(LEARNED_SLOGANS);

/**
 * Whether a learned term looks like a coined slogan (a numeral, a plus sign, four characters or
 * more) rather than a figure of speech some writers quote and others do not (家门口, 压舱石).
 */
export function sloganShaped(w: string): boolean {
  return w.length >= 4 || /[一二两三四五六七八九十双百千万0-9+＋×·]/.test(w);
}

export function findQuotableTerms(p: Paragraph, learned: TermLexicon = LEARNED): QuotableTerm[] {
  const text = p.text;
  const marked = enclosedSpans(text);
  const out: QuotableTerm[] = [];
  const free = (s: Span) => !isMarked(text, marked, s.start, s.end) && !/[“‘《"＂]/.test(text[s.start - 1] ?? '') && !/[”’》"＂]/.test(text[s.end] ?? '');
  for (const t of [...definedTerms(p), ...slogans(p, learned)]) if (free(t)) out.push(t);
  // keep the longest of overlapping spans
  // (of equal spans, the surest: a certain one, then one that is not a hint)
  out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || +b.certain - +a.certain || +!!a.weak - +!!b.weak);
  return keepDisjoint(out).sort((a, b) => a.start - b.start);
}

const INTRODUCER_FIRSTS = new Uint8Array(0x10000);
for (const w of TERM_INTRODUCERS) INTRODUCER_FIRSTS[w.charCodeAt(0)] = 1;

function definedTerms(p: Paragraph): QuotableTerm[] {
  const text = p.text;
  const out: QuotableTerm[] = [];
  for (let i = 0; i < text.length; i++) {
    // most offsets start no introducer: test the first unit before trying the list
    if (!INTRODUCER_FIRSTS[text.charCodeAt(i)]) continue;
    const intro = TERM_INTRODUCERS.find((w) => text.startsWith(w, i));
    if (!intro) continue;
    // the introducer must be a word of its own (not 所谓 inside 无所谓)
    if (intro === '所谓' && text[i - 1] === '无') continue;
    // 命名为 and 评为 name an honour, which takes no quotation marks
    if (intro === '名为' && text[i - 1] === '命') continue;
    const start = i + intro.length;
    i = start - 1;
    if (start >= text.length || MARK.test(text[start]) || !HAN.test(text[start])) continue;
    if (TERM_STOP_WORDS.some((w) => text.startsWith(w, start))) continue;
    // up to the next mark: certain when short
    // (looked for no further than a term can reach: a paragraph without marks is not scanned to its end per introducer)
    const reach = Math.min(text.length, start + Math.max(7, MAX_TERM + 1));
    let markAt = start;
    while (markAt < reach && !MARK.test(text[markAt])) markAt++;
    if (markAt - start <= 6 && intro !== '所谓') {
      out.push({ start, end: markAt, kind: 'defined', certain: true });
      continue;
    }
    // otherwise the name ends where jieba sees a verb, adverb or function word
    let end = start;
    let stop = '';
    for (let k = firstTokenEndingAfter(p.tokens, start); k < p.tokens.length; k++) {
      const t = p.tokens[k];
      if (t.start >= markAt || t.end - start > MAX_TERM) break;
      if (t.start > start && TERM_END_TAGS.test(t.tag)) {
        stop = t.tag;
        break;
      }
      end = t.end;
    }
    // a name that goes on with 的 (被称为新时代的枫桥经验) has no end jieba can show
    if (/^u/.test(stop)) continue;
    if (end - start >= 2 && end < markAt) out.push({ start, end, kind: 'defined', certain: false });
  }
  return out;
}

const FUNCTION_CHARS = '的了在和与及是也都就而并对把被将从向为以于等有更再又很最不没之其这那个';

/** [\u4e00-\u9fff] by code unit: no string made per token. */
function isBmpHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The numerals that open two-character shorthand (两创, 三医), as a table of code units. */
const SHORTHAND_NUMERALS = new Uint8Array(0x10000);
for (const ch of '两三四五六七八九十双') SHORTHAND_NUMERALS[ch.charCodeAt(0)] = 1;

/** Whether a word ends on 个 or 大: most words do not, and are rejected before a regex. */
function endsOnGeOrDa(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x4e2a /* 个 */ || c === 0x5927 /* 大 */;
}

function threeChar(text: string, a: Token, b: Token): boolean {
  return a.text.length === 1 && b.text.length === 2 && b.start === a.end && isBmpHan(a.text.charCodeAt(0)) && isBmpHan(b.text.charCodeAt(0)) && isBmpHan(b.text.charCodeAt(1)) && !FUNCTION_CHARS.includes(a.text) && !/^(uj|ul|p|c|r|m|q|d)$/.test(a.tag) && !/^(uj|ul|p|c|r|m|q|d)$/.test(b.tag);
}

/** Words in which 一 does not open a catch-phrase (一些, 进一步, 统一, 第一). */
const YI_WORDS = /^(一些|一批|一定|一直|一样|一起|一般|一体|一流|一步|一致|一切|一系列|一揽子|一线|一方面|一代|一带|一道|一同|一再|一度|一旦|一律|一向|一贯|一致|一级|一类|一等|一手|一举|一把手|一号|一项|一个|一种|一次性|一点|一份|一年|一月|一季度|一产)/;
const YI_BEFORE = /[统第唯万之逐同单划专如均任每]$/;

function repeatedOpeners(p: Paragraph): Span[] {
  const T = p.tokens;
  const out: Span[] = [];
  const opens = (k: number) => k + 1 < T.length && T[k].text.length === 1 && (T[k].tag === 'a' || T[k].tag === 'd' || T[k].tag === 'ad') && !FUNCTION_CHARS.includes(T[k].text) && (T[k + 1].tag === 'v' || T[k + 1].tag === 'vn') && T[k + 1].start === T[k].end;
  for (let k = 0; k < T.length; k++) {
    if (!opens(k)) continue;
    let n = 1;
    let j = k + 2;
    let end = T[k + 1].end;
    while (j < T.length && T[j].start === end && T[j].text === T[k].text && opens(j)) {
      n++;
      end = T[j + 1].end;
      j += 2;
    }
    if (n >= 3) {
      out.push({ start: T[k].start, end });
      k = j - 1;
    }
  }
  return out;
}

function yiChains(text: string): Span[] {
  const out: Span[] = [];
  // most paragraphs have no 一 at all
  if (!text.includes('一')) return out;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isMarkCode(text.charCodeAt(i))) continue;
    const opens: number[] = [];
    for (let j = start; j < i; j++) {
      if (text.charCodeAt(j) !== 0x4e00 /* 一 */ || !HAN.test(text[j + 1] ?? '') || YI_BEFORE.test(text.slice(start, j)) || YI_WORDS.test(text.slice(j, i))) continue;
      opens.push(j);
    }
    // runs of openers 2..7 characters apart
    let a = 0;
    while (a < opens.length) {
      let b = a;
      while (b + 1 < opens.length && opens[b + 1] - opens[b] >= 2 && opens[b + 1] - opens[b] <= 7) b++;
      if (b - a >= 2) {
        let end = opens[b] + 2;
        while (end < i && end - opens[b] < 6 && HAN.test(text[end]) && !/[的了和与及等是在]/.test(text[end])) end++;
        out.push({ start: opens[a], end });
      }
      a = b + 1;
    }
    start = i + 1;
  }
  return out;
}

const isIdiomToken = (t: Token | undefined, end: number) => t !== undefined && t.end === end && /^(i|l)$/.test(t.tag);

const cutTables = new BoundaryTable();

function slogans(p: Paragraph, learned: TermLexicon): QuotableTerm[] {
  const text = p.text;
  const out: QuotableTerm[] = [];
  // word boundaries (and the paragraph's ends) as a table, not a Set per paragraph (read below
  // text.length + 1 only: the buffer is reused from paragraph to paragraph)
  const cutTable = cutTables.of(text.length, p.tokens);
  cutTable[0] = cutTable[text.length] = 1;
  const textLength = text.length;
  const cuts = { has: (i: number): boolean => i <= textLength && cutTable[i] === 1 };
  const atCut = (s: Span) => (cuts.has(s.start) || MARK.test(text[s.start - 1] ?? '')) && (cuts.has(s.end) || MARK.test(text[s.end] ?? ''));
  // a lexicon word may also sit inside a word jieba made up from unknown characters (纠治四风/x)
  const inNewWord = (i: number) => {
    const t = tokenCovering(p.tokens, i);
    return t !== undefined && t.tag === 'x' && t.start < i;
  };
  const atCutOrNew = (s: Span) => (cuts.has(s.start) || MARK.test(text[s.start - 1] ?? '') || inNewWord(s.start)) && (cuts.has(s.end) || MARK.test(text[s.end] ?? '') || inNewWord(s.end));
  const idiom = (s: Span) =>
    NUMERIC_IDIOMS.includes(text.slice(s.start, s.end)) || isIdiomToken(tokenStartingAt(p.tokens, s.start), s.end);
  // lexicon: national slogans written down by hand
  for (const s of NATIONAL.occurrences(text)) if (atCutOrNew(s)) out.push({ start: s.start, end: s.end, kind: 'slogan', certain: s.word.length >= 3 });
  // terms that several reports quote nearly everywhere they use them; figures of speech among them are hints
  for (const s of learned.occurrences(text)) {
    if (atCutOrNew(s)) out.push({ start: s.start, end: s.end, kind: 'slogan', certain: false, weak: !sloganShaped(s.word) });
  }
  // numbered slogans: 一老一小, 两园一河, 六稳六保, 三去一降一补 (numeral + one character, repeated)
  for (const m of text.matchAll(NUMBERED)) {
    const s = { start: m.index!, end: m.index! + m[0].length };
    if (!HAN.test(m[0][1]) || idiom(s) || !atCut(s)) continue;
    // 一年一度, 两年一次: a frequency, not a slogan
    if (/^[一二两三]?[年月周天日次]/.test(m[0].slice(1))) continue;
    // 双方两个, 一批百亿: counted things, not a slogan; 九江三地: a name that begins with a numeral
    if ([...m[0]].some((ch, k) => k % 2 === 1 && MEASURES.includes(ch))) continue;
    const word = tokenStartingAt(p.tokens, s.start);
    if (word && word.end - word.start > 1 && /^n[srtz]$/.test(word.tag)) continue;
    out.push({ ...s, kind: 'slogan', certain: false });
  }
  // two-character numbered shorthand jieba does not know (两创, 三医, 四链) or knows as an
  // abbreviation (三保, 两委); counted places and parties (两省, 三地, 双方) are not shorthand
  for (const t of p.tokens) {
    if (t.text.length !== 2 || !SHORTHAND_NUMERALS[t.text.charCodeAt(0)] || (t.tag !== 'x' && t.tag !== 'j')) continue;
    if (COUNTED.includes(t.text[1]) || MEASURE_WORDS.includes(t.text[1]) || /^[个批项次年天月日位名家户件条种类乡镇村县区市]/.test(text.slice(t.end))) continue;
    // the head of a place name jieba cut in two (五棵|树镇, 三道|沟村)
    const after = tokenStartingAt(p.tokens, t.end);
    if (after && after.text.length <= 3 && /[省市县区乡镇村屯旗]$/.test(after.text) && (after.tag === 'x' || after.tag === 'ns')) continue;
    out.push({ start: t.start, end: t.end, kind: 'slogan', certain: false, weak: true });
  }
  // numbered slogans with a measure word: 五个必须, 三个高地, 五大安全, 十大工程
  for (let k = 0; k + 1 < p.tokens.length; k++) {
    const n = p.tokens[k];
    const w = p.tokens[k + 1];
    if (w.text.length !== 2 || w.start !== n.end || !endsOnGeOrDa(n.text) || !/^[两三四五六七八九十]{1,2}[个大]$/.test(n.text)) continue;
    if (!/^(n|v|d|vn|an|a|x|j)$/.test(w.tag) || COUNTED_NOUNS.includes(w.text) || /[省市县区乡镇村]$/.test(w.text)) continue;
    if (/[\u4e00-\u9fff]/.test(text[w.end] ?? '') && !/^(的|建设|行动|工程|战略|功能|目标|任务|要求|布局)/.test(text.slice(w.end))) continue;
    // half of these are counts the report leaves bare (两个大局, 六大行动): a hint
    out.push({ start: n.start, end: w.end, kind: 'slogan', certain: false, weak: true });
  }
  // a chain of three-character catch-phrases, one-character verb + two-character object
  // (战严冬转观念勇担当上台阶): prose does not repeat that rhythm three times without a mark
  const T = p.tokens;
  for (let k = 0; k + 5 < T.length; ) {
    let n = 0;
    while (k + 2 * n + 1 < T.length && threeChar(text, T[k + 2 * n], T[k + 2 * n + 1]) && (n === 0 || T[k + 2 * n].start === T[k + 2 * n - 1].end)) n++;
    // distinct heads: 新技术新产品新场景 is a list of parallel items (a matter for 、), not a slogan
    if (n >= 3 && new Set(Array.from({ length: n }, (_, i) => T[k + 2 * i].text)).size === n) {
      out.push({ start: T[k].start, end: T[k + 2 * n - 1].end, kind: 'slogan', certain: false, weak: true });
      k += 2 * n;
    } else k++;
  }
  // numbered slogans with 个 running on into the next word (五个必须规律性认识 → 五个必须, 三个新的更大
  //进展): the span ends at the first word boundary two to six characters after 个; counts are left
  // out (第十五个五年, 两个千亿元台阶, 三个方面). A hint: reports leave some bare (两个大局).
  for (const m of text.matchAll(/[两三四五六七八九十]个(?=[\u4e00-\u9fff]{2})/g)) {
    const start = m.index!;
    const rest = text.slice(start + 2, start + 10);
    if (!cuts.has(start) || /[〇零一二三四五六七八九十百千万第0-9]/.test(text[start - 1] ?? '')) continue;
    if (COUNTED_NOUNS.some((w) => rest.startsWith(w)) || /^[一二三四五六七八九十两]*[百千万亿]/.test(rest) || /^五年/.test(rest)) continue;
    let end = start + 4;
    while (end < start + 8 && end < text.length && !cuts.has(end) && HAN.test(text[end])) end++;
    if (!cuts.has(end) && !MARK.test(text[end] ?? '。')) continue;
    // 两个省区, 三个县市: counted places
    if (/[省市县区乡镇村国]$/.test(text.slice(start + 2, Math.min(end, start + 4)))) continue;
    out.push({ start, end, kind: 'slogan', certain: false, weak: true });
  }
  // programmes named by two numerals (千万工程, 八八战略, 百千工程, 双百工程) or by a count of items
  // (十项行动, 十项重大工程): a count of programmes would carry 个 (十个工程)
  for (const m of text.matchAll(/(?<![〇零一二两三四五六七八九十百千万亿第0-9.])(?:[一二三四五六七八九十百千万双]{2}|[两三四五六七八九十]项(?:重大|重点)?)(?:工程|战略|行动|计划)/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'slogan', certain: false });
  }
  // programmes named by a number code between words (自治区党委1571工作部署, 实施1820策源行动): a
  // count would be followed by its unit; years, 500强 and hotlines (12345热线) are left out. A hint.
  for (const m of text.matchAll(CODE)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'slogan', certain: false, weak: true });
  // one-stop shorthand: one card, code, window or form for everything (一卡通, 一码通, 一单制, 一窗办)
  // (patterns that need a literal are skipped where it is absent: most paragraphs)
  if (text.includes('一')) for (const m of text.matchAll(/(?<![\u4e00-\u9fff]一)一[单箱票证码网窗站表图卡号键屏端][制通办](?![办理制度])/g)) {
    if (!cuts.has(m.index! + 3) && !MARK.test(text[m.index! + 3] ?? '。')) continue;
    out.push({ start: m.index!, end: m.index! + 3, kind: 'slogan', certain: false });
  }
  // a brand name between 打造/擦亮/叫响 and 品牌 (打造好戏山东品牌): a hint, as plain nouns also
  // stand there (打造农业精品品牌)
  if (text.includes('品牌') || text.includes('名片')) for (const m of text.matchAll(/(?<=(?:打造|擦亮|叫响|唱响|做响|做亮)(?:了|好)?)[\u4e00-\u9fff]{2,8}?(?=品牌|名片)/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!cuts.has(start) || !cuts.has(end) || /[的和与及等]/.test(m[0]) || /^(一批|一流|更多|特色|知名|区域|城市|文化|农业|产业|企业|自主|公共)/.test(m[0])) continue;
    out.push({ start, end, kind: 'slogan', certain: false, weak: true });
  }
  // the one-network family (一网通办, 一网统管, 一网交易, 一网监管): 统一网络 is the only other reading
  if (text.includes('一网')) for (const m of text.matchAll(/(?<![统唯])一网[\u4e00-\u9fff]{2}/g)) {
    const start = m.index!;
    if ((cuts.has(start) || MARK.test(text[start - 1] ?? '。')) && (cuts.has(start + 4) || MARK.test(text[start + 4] ?? '。'))) out.push({ start, end: start + 4, kind: 'slogan', certain: false });
  }
  // the 高效办成一件事 campaign's matters (企业开办一件事, 综合监管一件事): 一件事 after a word, not
  // a count (每一件事, 这一件事); a hint unless a mark or the campaign's vocabulary follows
  if (text.includes('一件事')) for (const m of text.matchAll(/(?<=[\u4e00-\u9fff])(?<![每这那哪同第的了是有做成])一件事/g)) {
    const start = m.index!;
    const after = text.slice(start + 3);
    out.push({ start, end: start + 3, kind: 'slogan', certain: false, weak: !(MARK.test(after[0] ?? '。') || /^(改革|集成|服务|清单|场景|办理|全链条|主题|重点)/.test(after)) });
  }
  // records in a row (六连增, 十一连冠, 二十二连丰): a name for the streak
  if (text.includes('连')) for (const m of text.matchAll(/(?<![〇零一二两三四五六七八九十百千万亿第0-9.])[一二三四五六七八九十]{1,3}连[增冠丰优好胜涨升降跳击A](?![\u4e00-\u9fffA-Za-z])/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'slogan', certain: false });
  }
  // a province's brand shorthand (湘字号, 渝字号, 村字号) also after a verb (打造湘字号)
  for (const m of text.matchAll(PROVINCE_BRAND)) {
    const start = m.index!;
    if (cuts.has(start) || cuts.has(start + 1)) out.push({ start, end: start + 3, kind: 'slogan', certain: true });
  }
  // brand shorthand: 湘字号, 渝字号; counted slogans: 五个一, 三提升, 双下降
  for (const m of text.matchAll(SHAPED)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ start, end, kind: 'slogan', certain: false, weak: !m[0].includes('字号') });
  }
  // a chain of 一-phrases (一生只填一次表一小时拿证一日办结, 一窗受理一网通办一次办好): three or more
  // phrases opened by 一 within one mark-free stretch, each two to seven characters long
  for (const c of yiChains(text)) out.push({ ...c, kind: 'slogan', certain: false, weak: true });
  // the same one-character adverb or adjective opening three verbs in a row (早建成早投产早见效):
  // a list of nouns (新技术新产品新场景) is parallel items, a matter for 、
  for (const c of repeatedOpeners(p)) out.push({ ...c, kind: 'slogan', certain: false, weak: true });
  // paired slogans joined by a middle dot (智汇潇湘·才聚湖南, 美丽山西·全民行动): a name with a
  // dot is a foreign name, whose parts are not both four Chinese characters
  if (text.includes('·')) for (const m of text.matchAll(/(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{4})·([\u4e00-\u9fff]{4})(?![\u4e00-\u9fff])|([\u4e00-\u9fff]{4})·([\u4e00-\u9fff]{4})/g)) {
    const start = m.index!;
    out.push({ start, end: start + 9, kind: 'slogan', certain: !!m[1] });
  }
  // five-year plans: 十四五, 十五五
  if (text.includes('十')) for (const m of text.matchAll(/十[一二三四五六七八九]五/g)) {
    const s = { start: m.index!, end: m.index! + 3 };
    if (/[〇零一二三四五六七八九十百千万亿第0-9]/.test(text[s.start - 1] ?? '') || /^[个年日月万亿%元名位件项次人家]/.test(text.slice(s.end))) continue;
    out.push({ ...s, kind: 'slogan', certain: true });
  }
  // “plus” slogans: 人工智能+, 数据要素×, 1+N, 4+1
  if (text.includes('+') || text.includes('＋') || text.includes('×')) for (const m of text.matchAll(/([\u4e00-\u9fff]{2,6})[+＋×]|(?<![0-9A-Za-z.])([0-9]+[+＋][0-9A-Za-z]+(?:[+＋][0-9A-Za-z]+)*)(?![0-9A-Za-z.%])/g)) {
    let start = m.index!;
    const end = start + m[0].length;
    if (m[1]) {
      // the slogan starts where jieba's last word before + starts
      const tok = p.tokens.filter((t) => t.end === end - 1 && t.start >= start).pop();
      start = tok ? tok.start : start;
      if (end - 1 - start < 2) continue;
      if (/[0-9]/.test(text[end] ?? '')) continue;
    } else if (!HAN.test(text[start - 1] ?? '') && !HAN.test(text[end] ?? '')) continue;
    out.push({ start, end, kind: 'slogan', certain: false });
  }
  return out;
}

/**
 * Learns slogans from edited texts: the terms (2 to 12 characters, no inner clause marks) that at
 * least `minReports` texts set in “”, and that stand quoted in at least `minShare` of their
 * occurrences across the texts. A term one writer coined is quoted in one text only; one that
 * several writers quote is shared usage. Two-character terms need a numeral or a sign (两癌, 三资):
 * a quoted two-character word is mostly a figure of speech (小家, 顶流).
 */
/**
 * Numbered phrases (五大安全, 四件大事, 十大重点民生实事 → 十大重点): numeral + 大/件 + the words up
 * to the next word boundary, two to six characters. Alone they are as often counts as names (三大
 * 先导产业); the rule keeps those its document repeats, as a fixed term is repeated.
 */
export function numberedPhrases(p: Paragraph): Span[] {
  const text = p.text;
  const out: Span[] = [];
  let cuts: Set<number> | undefined;
  for (const m of text.matchAll(/(?<![〇零一二两三四五六七八九十百千万第0-9])[两三四五六七八九十][大件](?=[\u4e00-\u9fff]{2})/g)) {
    cuts ??= new Set(p.tokens.flatMap((t) => [t.start, t.end]));
    const start = m.index!;
    if (!cuts.has(start) || /^十大和/.test(text.slice(start))) continue;
    let end = start + 4;
    while (end < start + 8 && end < text.length && !cuts.has(end) && HAN.test(text[end])) end++;
    if (cuts.has(end) && /^[\u4e00-\u9fff]+$/.test(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}

/** Quoted content that can be a term: no clause marks inside; two characters need a numeral or sign. */
function termLike(t: string): boolean {
  if (/[\s，。；：、！？,;:!?（）()《》]/.test(t)) return false;
  // 五年, 四级, 30条: a count, quoted once for emphasis
  if (new RegExp(`^(?:[一二两三四五六七八九十]|[0-9]+)[${MEASURES}级层类期轮]$`).test(t)) return false;
  return t.length > 2 || /[一二两三四五六七八九十双百千万0-9+＋×]/.test(t);
}

/** The terms a text sets in “” (2 to 12 characters, see termLike), with how often. */
export function quotedTerms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/“([^“”\n]{2,12})”/g)) if (termLike(m[1])) out.set(m[1], (out.get(m[1]) ?? 0) + 1);
  return out;
}

export function learnQuotedTerms(texts: readonly string[], { minReports = 2, minShare = 0.7 } = {}): string[] {
  const reports = new Map<string, number>();
  const quoted = new Map<string, number>();
  const masked: string[] = [];
  for (const text of texts) {
    const seen = new Set<string>();
    for (const [t, n] of quotedTerms(text)) {
      quoted.set(t, (quoted.get(t) ?? 0) + n);
      seen.add(t);
    }
    for (const t of seen) reports.set(t, (reports.get(t) ?? 0) + 1);
    masked.push(text.replace(/“[^“”\n]*”/g, '\u0000'));
  }
  const out: string[] = [];
  for (const [t, n] of reports) {
    if (n < minReports) continue;
    let bare = 0;
    for (const text of masked) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) bare++;
    const q = quoted.get(t) ?? 0;
    if (q / (q + bare) >= minShare) out.push(t);
  }
  return out.sort();
}
