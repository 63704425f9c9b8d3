/**
 * Paragraph-level entity candidates from several kinds of evidence, each correcting jieba's POS
 * tags where they mislead (宣传部/高新区/玉米 tagged nr; 宋亚东 split 宋 + 亚东):
 * titles and honorifics next to a name, speech verbs after one, organisation and place endings on
 * a proper stem, the lexicons, the division gazetteer and the user's dictionary.
 * Spans are relative to the paragraph; `entities.ts` resolves overlaps and links mentions.
 */
import type { Candidate } from './entityTypes';
import { entityLexicon, looksLikeName, type EntityLexicon } from './entityLexicon';
import { patternCandidates } from './entityPatterns';
import { isVerbResult, nameStemStart, siteCandidates, verbInSeries } from './entitiesSites';
import { listCandidates } from './entitiesLists';
import { compositionCandidates } from './entityComposition';
import { institutionCandidates } from './entitiesInstitutions';
import { assemblyCentres, placesBeforeModels } from './entitiesHubs';
import { DESIGNATION_HEADS } from '../data/place-features';
import { DESIGNATED_ZONE_SUFFIXES, GRADED_SITE_KINDS, PORT_MODES } from '../data/place-suffixes';
import { ORG_MEMBER_WORDS } from '../data/entity-orgs';
import { gazetteer, type Gazetteer } from './gazetteer';
import type { Token } from './types';
import type { UserEntry } from './userDictionary';

const HAN = /^[\u3400-\u9fff]+$/;
const NAME_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'nz', 'ns', 'n', 'ng']);
// j (略语) is not among them: 外资, 人均, 深化 are abbreviations of common words
const PROPER_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'nrt', 'nrfg', 'eng', 'nx']);
/** Words that end a name phrase on its left: prepositions, conjunctions, determiners, time words. */
const STOP_WORDS = new Set(
  ('的 之 在 和 与 及 以及 等 由 向 对 据 为 是 了 将 把 被 从 到 给 让 并 或 同 跟 经 其 该 本 各 全 这 那 此 我 你 他 她 它 ' +
    '我们 他们 每 某 有 无 也 都 就 还 又 再 已 以 于 而 但 且 即 所 及其 主要 共 约 如 今年 去年 明年 目前 近年来 同时 ' +
    '成立 组建 设立 引进 依托 联合 支持 推动 推进 加快 实施 开展 建设 打造 培育 发展 全省 全市 全县 全区 全国 我省 我市 记者 ' +
    '启动 完成 力争 建成 开工 新建 扩建 提速 提升 ' +
    // verbs and adverbs jieba tags j or d, which would join a name on their right (深化/龙煤集团)
    '深化 强化 优化 持续 壮大 做强 做优 做大 围绕 聚焦 鼓励 引导 加强 落实 深入 积极 大力 全力 着力 扎实 继续 进一步 ' +
    // what kind of company follows (新央企/中国长安汽车集团, 民企/赛力斯)
    '央企 新央企 国企 民企 外企 车企 链主 引入 引育 招引').split(' '),
);
const SPEECH_VERBS = new Set(['说', '讲', '介绍', '表示', '指出', '认为', '强调', '告诉', '透露', '坦言', '说道', '回忆', '解释', '补充', '感慨', '谈到', '提到', '称', '笑着说']);
/** Endings of rivers, lakes, mountains, islands and basins. */
const NATURAL_FEATURE = /[江河湖山岭峰岛湾峡泉]$|淖尔$|流域$|盆地$|平原$|高原$|草原$|沙漠$|河谷$|峡谷$/;
/** Words for kinds of unit that many bodies set up (工作站, 大数据中心): named only after a place. */
const GENERIC_UNITS = new Set(['工作站', '服务站', '工作室', '服务中心', '大数据中心', '数据中心', '分中心', '创新中心', '研究中心', '运营中心', '指挥中心']);
/** Endings of sites jieba's dictionary knows as places (玉门关, 青岛港, 黄河口, 白洋淀, 玛旁雍错, 三峡库区). */
const SITE_END = /([关港口淀错门]|走廊|沙地|水库|库区)$/;
/** Landform words that name no one place (河湖, 江河, 山区, 高原 alone). */
const GENERIC_LANDFORM = /^(海峡|河湖|江河|江湖|湖泊|山河|江山|河山|山海|高山|大山|青山|深山|名山|内河|运河|黄海|四海|沿海|近海|远海|深海|大海|海|江|河|湖|山|高原|平原|草原|盆地|沙漠|流域|海湾|港湾|海岛|岛|人山人海|五湖四海)$/;

/** Designations given only to named sites: the word before them is the name (哈民考古遗址公园). */
const STRONG_SITES = new Set(['遗址公园', '文化公园', '国家公园', '地质公园']);
/** Words inside such designations that are no name (国家考古遗址公园, 国家级, 省级). */
const GENERIC_SITE_WORDS = new Set(['国家', '考古', '国家级', '省级', '市级', '世界', '重点', '一批', '城市', '湿地', '森林', '生态', '文化', '遗址']);

/** Verbs that say what happens to a zone, never part of its name (威海创建…试验区, 泉州入选…集聚区). */
const ZONE_PREDICATES = new Set(['创建', '入选', '获批', '获评', '建成', '申建', '申报', '争创', '创成', '成为', '列入', '纳入', '认定', '批准', '设立', '启动', '建立', '打造', '支持', '推进', '加快']);

/** Verbs that stand inside organisations' names right before their ending (江苏农商联合银行, 中国建设银行). */
const NAME_VERBS = new Set(['联合', '合作', '投资', '建设', '发展', '开发', '交流', '研究', '设计', '控股']);

/** Endings of railways and motorways (a city before their name is not part of it). */
/** First characters of jieba's unknown words that are a conjunction or a preposition fused with a name (和川藏, 至然). */
const LEADING_FUNCTION = /^[和与及至到对在向同]/;
/** Endings of sites named by a name of their own, which a division before them does not belong to (城陵矶港, 上山遗址). */
const SITE_ENDINGS = new Set(['港', '古港', '遗址']);
const RAIL_ENDINGS = new Set(['铁路', '高铁', '高速', '高速公路', '城际', '城际铁路']);

const NUMERAL = /[一二三四五六七八九十百千万两]/;

const DESIGNATION = new Set(DESIGNATION_HEADS);
const DESIGNATED_ONLY = new Set(DESIGNATED_ZONE_SUFFIXES);

/**
 * Every name lexiconMatches can match (one lookup instead of six for the many substrings that
 * are none), the longest one per first character (most characters start no long name), and the
 * lengths of the lexicons' names of five characters or more by first character (matched inside words).
 */
interface NameIndex {
  names: Set<string>;
  maxByFirst: Map<string, number>;
  /** Lengths of the lexicons' names of five characters or more, by first character. */
  longLengths: Map<string, Set<number>>;
}
const nameIndexes = new WeakMap<Gazetteer, WeakMap<EntityLexicon, NameIndex>>();
function nameIndex(lex: EntityLexicon, gaz: Gazetteer): NameIndex {
  let byLex = nameIndexes.get(gaz);
  if (!byLex) nameIndexes.set(gaz, (byLex = new WeakMap()));
  let index = byLex.get(lex);
  if (!index) {
    const names = new Set<string>([...gaz.byName.keys(), ...gaz.byShortName.keys(), ...lex.places.keys(), ...lex.orgs.keys(), ...lex.media]);
    const maxByFirst = new Map<string, number>();
    for (const n of names) if (n.length > (maxByFirst.get(n[0]) ?? 0)) maxByFirst.set(n[0], n.length);
    const longLengths = new Map<string, Set<number>>();
    for (const n of [...lex.places.keys(), ...lex.orgs.keys(), ...lex.media]) {
      if (n.length < 5) continue;
      const set = longLengths.get(n[0]) ?? new Set<number>();
      set.add(n.length);
      longLengths.set(n[0], set);
    }
    byLex.set(lex, (index = { names, maxByFirst, longLengths }));
  }
  return index;
}
const ORG_MEMBERS = new Set(ORG_MEMBER_WORDS);

/** Measure words jieba fuses with the next character into an unknown word (个省, 家市). */
const MEASURE_START = /^[个家项批座条处只名位户次]/;

/** Verbs of a byline after a reporter's or photographer's name (记者林海东报道). */
const BYLINE_VERBS = new Set(['报道', '摄', '摄影', '通讯员', '整理', '采写', '撰文']);

/** One-character words that follow a name (毛伟明作报告, 王强说, 李明在会上). */
const AFTER_NAME = new Set(Array.from('作说讲在是为到对与和同等率称指谈'));

/** Speech verbs jieba may fuse with what follows (表示满意, 介绍说). */
const SPEECH_PREFIXES = ['表示', '介绍', '指出', '强调', '认为', '告诉'];
const ALIAS_MARKERS = new Set(['简称', '以下简称', '下称', '以下称', '简称为', '又称', '俗称', '统称']);

export interface ParagraphInput {
  text: string;
  tokens: readonly Token[];
}

/** Every candidate found in one paragraph (overlapping; resolved by the caller). */
export function paragraphCandidates(p: ParagraphInput, user: readonly UserEntry[] = []): Candidate[] {
  const lex = entityLexicon();
  const gaz = gazetteer();
  const ctx = new Context(p, lex, gaz);
  const out: Candidate[] = [];
  ctx.lexiconMatches(out);
  ctx.orgSuffixes(out);
  ctx.placeSuffixes(out);
  // patterns first: a city group they find (呼包鄂) may start a zone
  const patterns = { text: p.text, tokens: p.tokens, lex, gaz, isKnownName: (x: string) => ctx.isKnownName(x), isPlaceWord: (t: Token) => ctx.isPlaceWord(t) };
  patternCandidates(patterns, out);
  // sites before zones: a feature found over several words may start a zone (雁栖/湖|国际会都)
  siteCandidates(ctx, out);
  assemblyCentres(patterns, out);
  placesBeforeModels(patterns, out);
  ctx.zones(out);
  ctx.jiebaPlaces(out);
  // names made of parts found above (武清|京津产业新城, 长江|博物馆, 石雄铁路)
  compositionCandidates(patterns, out);
  // institutions over heads and verbs the finders above stop at (国家工业母机创新研究中心)
  institutionCandidates(patterns, out);
  ctx.persons(out);
  ctx.aliases(out);
  listCandidates(ctx, out);
  dropSplitNames(p, out);
  dropProgrammeGrades(out);
  for (const e of user) {
    for (let at = p.text.indexOf(e.name); at >= 0; at = p.text.indexOf(e.name, at + e.name.length)) {
      out.push({ start: at, end: at + e.name.length, type: e.type, evidence: 'user', name: e.fullName ?? e.name, ...(e.fullName ? { alias: e.name } : {}) });
    }
  }
  return out;
}

const GRADED_KINDS = new Set(GRADED_SITE_KINDS);
/** A name, a grade and what follows it: 石河子经济技术开发区|国家级|零碳园区. */
const GRADE_INSIDE = /^(.{2,}?)(国家级|省级|市级)(.+)$/;

/**
 * 常州国家级零碳园区, 泉州省级人工智能产业园, 石河子经济技术开发区国家级零碳园区: a grade inside a
 * zone's name before anything but a kind whose formal name holds it (国家级自然保护区) is a
 * programme the place or zone joins, not part of its name; the shorter candidates stand.
 */
function dropProgrammeGrades(out: Candidate[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (c.type !== 'place' || c.evidence !== 'place-suffix') continue;
    const m = GRADE_INSIDE.exec(c.name);
    if (m && !GRADED_KINDS.has(m[3])) out.splice(i, 1);
  }
}

/**
 * 白/龙港, 新/梅江公园, 小/北河: a place guessed from a short name, jieba's tag or an ending that
 * starts right after a one-character word jieba split off is most likely the tail of a longer name
 * it does not know; it is dropped rather than shown cut.
 */
function dropSplitNames(p: ParagraphInput, out: Candidate[]): void {
  const byEnd = new Map(p.tokens.map((t) => [t.end, t]));
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (c.type !== 'place' || !['short-name', 'jieba', 'place-suffix'].includes(c.evidence)) continue;
    const prev = byEnd.get(c.start);
    if (prev && prev.text.length === 1 && HAN.test(prev.text) && SPLIT_OFF_TAGS.has(prev.tag) && !PREDICATIVE.has(prev.text)) out.splice(i, 1);
  }
}

/** Tags of a one-character word that may be the head of a longer name jieba split (白/a, 瓦/n, 新/a). */
const SPLIT_OFF_TAGS = new Set(['a', 'b', 'n', 'ng', 'nr', 'zg', 'j', 'x']);
/** One-character adjectives that end a verb phrase before a name (建好用好/长征…, 做强/…). */
const PREDICATIVE = new Set(Array.from('好强优实细深严快稳准'));

class Context {
  readonly tokens: readonly Token[];
  readonly text: string;
  private readonly tokenEnds = new Set<number>();
  private readonly tokenStarts = new Set<number>();

  constructor(p: ParagraphInput, readonly lex: EntityLexicon, readonly gaz: Gazetteer) {
    this.tokens = p.tokens;
    this.text = p.text;
    for (const t of p.tokens) {
      this.tokenStarts.add(t.start);
      this.tokenEnds.add(t.end);
    }
  }

  private isHan(t: Token | undefined): t is Token {
    return !!t && HAN.test(t.text);
  }

  /** Whether a token names something in its own right (not a common word jieba mis-tagged). */
  isProper(t: Token): boolean {
    const { lex, gaz } = this;
    if (lex.notPersons.has(t.text) || lex.notPlaces.has(t.text)) return false;
    if (t.tag === 'eng' || /^[A-Za-z][A-Za-z0-9&.-]*$/.test(t.text)) return true;
    if (!HAN.test(t.text)) return false;
    if (PROPER_TAGS.has(t.tag)) return t.tag !== 'nr' || t.text.length >= 2;
    // jieba's new words: mostly names, but not a measure word fused with a noun (3个省/实验室)
    // (and not a verb and its result jieba did not know: 做优, 做强, 做精)
    // (nor a verb and its result: 建强, 投硬, 做优)
    // (nor a route's start fused with 至 or 到: 加卡至/x|邦达机场)
    if (t.tag === 'x' && t.text.length >= 2) return !MEASURE_START.test(t.text) && !/[等和的及与至到]$/.test(t.text) && !isVerbResult(t.text);
    return gaz.byName.has(t.text) || gaz.byShortName.has(t.text) || lex.places.has(t.text) || lex.orgs.has(t.text) || lex.media.has(t.text);
  }

  /** A name the lexicons or the gazetteer know (大庆, 黑龙江省, 新华社). */
  isKnownName(s: string): boolean {
    const { lex, gaz } = this;
    return gaz.byName.has(s) || gaz.byShortName.has(s) || lex.places.has(s) || lex.orgs.has(s) || lex.media.has(s);
  }

  /** Whether a word starts with a known name (光明日报社, 大庆市委). */
  private startsWithKnownName(word: string): boolean {
    for (let L = Math.min(word.length - 1, 12); L >= 2; L--) if (this.isKnownName(word.slice(0, L))) return true;
    return false;
  }

  /** Whether token i can belong to a name phrase extending left (大庆/炼化/公司/工程/管理部). */
  private canJoin(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    if (STOP_WORDS.has(t.text) || this.lex.titles.has(t.text)) return false;
    // a grade names a kind (工信部/卓越/级/智能工厂, 国家/级): no name runs over it
    if (t.text === '级') return false;
    // a list word jieba fused to the last item (云龙/湖等/实验室) ends the name on its left
    if (t.text.length > 1 && t.tag === 'x' && /[等和及与]$/.test(t.text)) return false;
    if (t.tag === 'eng') return true;
    if (!HAN.test(t.text)) return false;
    const tag = t.tag;
    if (tag.startsWith('n') || tag === 'x' || tag === 'j' || tag === 'vn' || tag === 'a' || tag === 'b' || tag === 'l') return true;
    if (tag === 'd' && t.text.length >= 2) return true;
    // one odd character inside a name (北国茸都食品, 卡倍多食品): nominal on both sides
    if (t.text.length === 1 && !tag.startsWith('u') && tag !== 'p' && tag !== 'c' && tag !== 'r') {
      const l = this.tokens[i - 1];
      const r = this.tokens[i + 1];
      return !!l && !!r && HAN.test(l.text) && (l.tag.startsWith('n') || l.tag === 'x' || l.tag === 'j') && r.tag.startsWith('n');
    }
    return false;
  }

  /**
   * Index of the leftmost token of the name phrase ending with token `k` (at most maxLen long).
   * For an organisation, a name starts at its place (大庆高新区行政服务中心): once a place is
   * in, only proper words may precede it, and another outlet's name never joins (人民日报新华社).
   */
  private extendLeft(k: number, maxLen = 24, org = false, nameVerbs = false): number {
    let j = k;
    const end = this.tokens[k].end;
    let sawPlace = false;
    while (j > 0 && this.tokens[j - 1].end === this.tokens[j].start && end - this.tokens[j - 1].start <= maxLen && (this.canJoin(j - 1) || (nameVerbs && j === k && NAME_VERBS.has(this.tokens[j - 1].text)))) {
      const prev = this.tokens[j - 1];
      if (org) {
        if (this.lex.media.has(prev.text) || this.lex.mediaSuffixes.some((s) => s.length > 1 && prev.text.endsWith(s))) break;
        // (…but the first character of an unknown name, which jieba split off as a name's piece
        // before the place-like word, does: 鹏/nr|瑞利/ns|医院, after a mark or a verb)
        if (sawPlace && !this.isProper(prev) && !this.splitNameHead(j - 1)) break;
      }
      if (this.isPlaceWord(this.tokens[j])) sawPlace = true;
      j--;
      if (this.isPlaceWord(this.tokens[j])) sawPlace = true;
    }
    return j;
  }

  /** Token i is one character jieba tagged as a name's piece, standing after a boundary, before a name word of its own. */
  private splitNameHead(i: number): boolean {
    const t = this.tokens[i];
    const r = this.tokens[i + 1];
    const l = this.tokens[i - 1];
    if (!t || !r || t.text.length !== 1 || !/^(nr|nz)$/.test(t.tag) || !HAN.test(t.text) || r.start !== t.end || r.text.length < 2 || !/^(ns|nr|nz|nrt|x)$/.test(r.tag)) return false;
    if (this.gaz.byName.has(r.text) || this.gaz.byShortName.has(r.text) || this.lex.places.has(r.text)) return false;
    return !l || l.end !== t.start || !HAN.test(l.text) || /^(v|p|c|uj)$/.test(l.tag);
  }

  isPlaceWord(t: Token): boolean {
    return t.tag === 'ns' || this.gaz.byName.has(t.text) || this.gaz.byShortName.has(t.text) || this.lex.places.has(t.text);
  }

  private tokenIndexAt(offset: number): number {
    return this.tokens.findIndex((t) => t.start === offset);
  }

  /** Lexicon names, the gazetteer's full and short names, on token boundaries; longest first. */
  lexiconMatches(out: Candidate[]): void {
    const { lex, gaz, text } = this;
    const index = nameIndex(lex, gaz);
    for (const t of this.tokens) {
      if (!HAN.test(t.text[0] ?? '')) continue;
      const s = t.start;
      const maxLen = index.maxByFirst.get(text[s]);
      if (maxLen === undefined) continue;
      const longLengths = index.longLengths.get(text[s]);
      for (let L = Math.min(maxLen, text.length - s); L >= 2; L--) {
        const e = s + L;
        const atEnd = this.tokenEnds.has(e);
        // (no substring is cut where no name could match: most of this loop's cost)
        // a two-character organisation jieba cut after its first character, fusing the second
        // into the next word (巨/nr|化硅): the first piece is a name-tagged single character
        const split = L === 2 && !atEnd && t.text.length === 1 && /^(nr|nrt|nz|x|ns|j)$/.test(t.tag) && !this.tokenEnds.has(e);
        // (only the lengths of long names starting with this character are cut inside a word)
        if (!atEnd && !longLengths?.has(L) && !split && !(e < t.end && lex.orgs.has(text.slice(s, e)))) continue;
        const sub = text.slice(s, e);
        if (!index.names.has(sub)) continue;
        if (split && !lex.orgs.has(sub)) continue;
        // a name must end a word, unless it is a long lexicon name jieba ran on from (粤港澳大湾/区多)
        // or an organisation jieba fused with the word for its members (武警官兵, 解放军指战员)
        const member = !atEnd && e < t.end && lex.orgs.has(sub) && ORG_MEMBERS.has(text.slice(e, t.end));
        if (!atEnd && !member && !split && !(L >= 5 && (lex.places.has(sub) || lex.orgs.has(sub) || lex.media.has(sub)))) continue;
        const c = this.lexiconCandidate(sub, s, e, t);
        if (c) {
          out.push(c);
          break;
        }
      }
    }
  }

  private lexiconCandidate(sub: string, s: number, e: number, first: Token): Candidate | undefined {
    const { lex, gaz } = this;
    if (lex.media.has(sub)) return { start: s, end: e, type: 'media', evidence: 'media', name: sub };
    if (lex.orgs.has(sub)) return { start: s, end: e, type: 'organization', evidence: 'lexicon', name: lex.orgs.get(sub)! };
    if (lex.notPlaces.has(sub)) return undefined;
    const full = gaz.byName.get(sub);
    // two-character county and township names (和县, 城区) only when jieba agrees it is a place
    if (full && (sub.length > 2 || full.some((d) => d.level <= 1) || (first.end === e && first.tag === 'ns'))) {
      return { start: s, end: e, type: 'place', evidence: 'gazetteer', name: sub };
    }
    const short = gaz.byShortName.get(sub);
    if (short) return { start: s, end: e, type: 'place', evidence: 'short-name', name: short[0].name };
    if (lex.places.has(sub)) return { start: s, end: e, type: 'place', evidence: 'lexicon', name: sub };
    return undefined;
  }

  /** 黑龙江伊品生物科技有限公司, 中国改革报: an organisation or media ending on a proper stem. */
  orgSuffixes(out: Candidate[]): void {
    const { lex, tokens, text } = this;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!this.isHan(t)) continue;
      const media = lex.mediaSuffixes.find((s) => t.text.endsWith(s) && (s.length > 1 || t.text === s));
      const org = media ? undefined : lex.orgSuffixes.find((s) => t.text.endsWith(s));
      const suffix = media ?? org;
      if (!suffix) continue;
      // a one-character ending counts inside a noun (管理部, 公安局), never alone or in a word
      // that only looks like a name (全部, 主办, 团队)
      if (suffix.length === 1 && (t.text.length === 1 || !(t.tag.startsWith('n') || t.tag === 'j') || lex.notOrgWords.has(t.text.slice(-2)))) continue;
      // a word for a kind of body or facility (院所, 电站) is no ending of one
      if (!media && lex.notOrgKinds.has(t.text)) continue;
      const weak = !media && lex.weakOrgSuffixes.has(suffix);
      const prev = tokens[k - 1];
      const next = tokens[k + 1]?.start === t.end ? tokens[k + 1] : undefined;
      if (weak) {
        // a bare 中心/科技 closes a name only after a proper word or a real noun (区域副中心 is none)
        if (t.text === suffix && !(prev && prev.end === t.start && (this.isProper(prev) || (/^(n|nz|vn)$/.test(prev.tag) && prev.text.length >= 2)))) continue;
        // …and only when the phrase ends there (合肥科技创新 goes on)
        if (next && (next.tag.startsWith('n') || next.tag === 'vn') && !lex.titles.has(next.text)) continue;
      }
      // 上海市政府工作报告: the genre 政府工作报告, not the government
      if (suffix.endsWith('政府') && next?.text === '工作' && tokens[k + 2]?.text === '报告') continue;
      // a verb jieba tags inside a bank's or a group's name, right before its ending (农商联合银行)
      const j = this.extendLeft(k, 24, true, !weak && t.text === suffix);
      // counted, it is a kind, not one body (3个重庆实验室, 8家全国重点实验室)
      if (this.counted(j)) continue;
      const stemTokens = tokens.slice(j, k);
      const stemText = text.slice(tokens[j].start, t.end - suffix.length);
      if (stemText.length < 2) continue;
      // 南京站: a city and 站 is its railway station (a place, see entityPatterns), not a body
      if (/^[东西南北]?站$/.test(suffix) && this.isKnownName(stemText.replace(/[东西南北]$/, ''))) continue;
      // the proper element must be a word of its own before the suffix's word: jieba's tag on
      // the suffix word itself (公立医院/nt, 副中心/nz) proves nothing
      const proper = stemTokens.some((x) => this.isProper(x)) || this.startsWithKnownName(t.text);
      if (!proper) continue;
      // 诚信政府, 法治政府: a slogan's modifier before a body's ending names a quality, not a body
      if (lex.sloganModifiers.has(stemText)) continue;
      // a stem that starts with a describing word names a kind of body (普惠性民办幼儿园,
      // 研究型医院, 新型研发机构), as it names a kind of place (嵌入式社区)
      if (/^[\u4e00-\u9fff]+[性式型]$/.test(tokens[j].text)) continue;
      // 博士后工作站, 文旅大数据中心: a kind of unit takes a name only from a place or a known name
      if (GENERIC_UNITS.has(t.text) && !(this.isPlaceWord(tokens[j]) || this.isKnownName(tokens[j].text))) continue;
      const span = { start: tokens[j].start, end: t.end };
      const name = text.slice(span.start, span.end);
      if (lex.notPlaces.has(name) || lex.notPersons.has(name)) continue;
      out.push({ ...span, type: media ? 'media' : 'organization', evidence: media ? 'media' : 'org-suffix', name });
    }
  }

  /** 东兴村, 林源镇, 德力戈尔工业园区, 大庆高新区: a place ending on a proper stem. */
  placeSuffixes(out: Candidate[]): void {
    const { lex, tokens, text } = this;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!lex.placeSuffixes.includes(t.text)) continue;
      // a zone takes its city's name (大庆市高新区); a village or town stops at the division
      // before it (大同区|林源镇, 四合乡|东兴村)
      const zone = t.text.length >= 2 && !/^(街道|社区|嘎查|苏木|地区)$/.test(t.text);
      let j = k;
      // 二连浩特|公路|口岸: the crossing's mode word belongs to the ending
      if (t.text === '口岸' && PORT_MODES.includes(tokens[k - 1].text) && tokens[k - 1].end === t.start) j = k - 1;
      const modeAt = j;
      // a one-character word jieba tags as a name inside a stem after a proper word (福寿/岩/水库);
      // not a measure word after a whole division (林源镇/栋: a report stripped of its numbers)
      const inStem = (i: number) =>
        this.isProper(tokens[i]) ||
        (i > 0 && tokens[i].text.length === 1 && HAN.test(tokens[i].text) && /^(nr|ns|ng)$/.test(tokens[i].tag) && tokens[i - 1].end === tokens[i].start &&
          this.isProper(tokens[i - 1]) && tokens[i - 1].text.length >= 2 && !/[省市县区乡镇村旗盟州]$/.test(tokens[i - 1].text));
      // (a route's 至 or 到 ends the stem: 阿拉善至蒙中地区 is two places)
      while (j > 0 && k - j < 3 && tokens[j - 1].end === tokens[j].start && inStem(j - 1) && !/^[至到]/.test(tokens[j - 1].text) && t.start - tokens[j - 1].start <= 8) {
        if (!zone && this.gaz.byName.has(tokens[j - 1].text)) break;
        j--;
      }
      if (j === modeAt || this.afterSloganModifier(j) || this.counted(j)) continue;
      // a stem that counts or describes names a kind (新一轮/村, 嵌入式/社区, 现代化/园区)
      const stemText = text.slice(tokens[j].start, t.start);
      if (/[一二三四五六七八九十两]轮|一批|^[各每多]/.test(stemText) || /[式型化性]$/.test(stemText)) continue;
      // …and so does a slogan's modifier alone before a facility's or a zone's ending (智慧口岸,
      // 绿色机场, 数字园区), however jieba tags it (智慧/nr)
      if (t.text.length >= 2 && (lex.sloganModifiers.has(stemText) || (modeAt < k && lex.sloganModifiers.has(text.slice(tokens[j].start, tokens[modeAt].start))))) continue;
      // a city before a railway named by its ends is where the project lies (台州|温玉铁路, as
      // 长沙|宁乡|圣钘科技 in project lists), not part of the railway's name
      if (RAIL_ENDINGS.has(t.text) && j < k - 1 && tokens[j].text.length >= 2 && (this.gaz.byName.has(tokens[j].text) || this.gaz.byShortName.has(tokens[j].text)) && tokens[k - 1].start - tokens[j + 1].start + tokens[k - 1].text.length >= 2) j++;
      // a division before a site's own name is where the site lies (岳阳|城陵矶港, 浦江|上山遗址):
      // two mentions, as divisions in a row are; zones keep their place (大庆高新区), and a port
      // named by two cities is one (宁波舟山港)
      if (SITE_ENDINGS.has(t.text) && j < k - 1 && tokens[j].text.length >= 2 && (this.gaz.byName.has(tokens[j].text) || this.gaz.byShortName.has(tokens[j].text) || this.gaz.byCountyShort.has(tokens[j].text)) && t.start - tokens[j + 1].start >= 2 && !this.isKnownName(tokens[j + 1].text)) j++;
      let start = tokens[j].start;
      // a word jieba made of a conjunction or a preposition and the name's start (和川藏/x|铁路,
      // 与大湾/x|区): the name starts after it; what is left must still be a stem of two characters
      if (tokens[j].tag === 'x' && LEADING_FUNCTION.test(tokens[j].text)) {
        start++;
        if (t.start - start < 2) continue;
      }
      // a stem of one character glued to the word before it is the end of a longer word jieba
      // split (拉/洛|水利枢纽): no name of its own
      if (t.text.length >= 2 && t.start - start === 1 && j > 0 && tokens[j - 1].end === start && HAN.test(tokens[j - 1].text)) continue;
      // a route's second end before its railway (黄桶至|百色|铁路): both ends are places (see
      // entityPatterns' routes), the railway is named by the two, not by the second
      // (also when jieba fused 至 with the first end: 太子/城至|锡林浩特|铁路)
      if (RAIL_ENDINGS.has(t.text) && j > 0 && (/^[至到]$/.test(tokens[j - 1].text) || (tokens[j - 1].tag === 'x' && /[至到]$/.test(tokens[j - 1].text))) && tokens[j - 1].end === start) continue;
      // a segment's railway (然乌段|铁路): the segment is named by places, the stem is no railway
      if (RAIL_ENDINGS.has(t.text) && /段$/.test(text.slice(start, t.start))) continue;
      const name = text.slice(start, t.end);
      if (lex.notPlaces.has(name)) continue;
      out.push({ start, end: t.end, type: 'place', evidence: 'place-suffix', name });
    }
  }

  /** Whether token i follows a number's measure word (3个…, 一批…, 5家…): what follows is a kind. */
  private counted(i: number): boolean {
    const prev = this.tokens[i - 1];
    return !!prev && prev.end === this.tokens[i].start && (prev.tag === 'q' || prev.tag === 'm' || /^(个|家|所|批|座|项|条|处)$/.test(prev.text));
  }

  /** Whether token i follows a slogan modifier (美丽中国, 科创广西, 诚信福建). */
  private afterSloganModifier(i: number): boolean {
    const prev = this.tokens[i - 1];
    return !!prev && prev.end === this.tokens[i].start && this.lex.sloganModifiers.has(prev.text) && !verbInSeries(this.tokens, i - 1);
  }

  /**
   * Named zones whose name runs over common words after a place: 重庆人工智能湾区, 拉萨金融商务区,
   * 阜阳城市圈 (the place must start it; 美丽甘肃示范区 yields 甘肃示范区 at most).
   */
  zones(out: Candidate[]): void {
    const { lex, tokens, text } = this;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      // the ending may span words (阜阳/城市/圈) or end one (武汉/大都市圈): it must start on a
      // word boundary or lie inside the last word
      const suffix = lex.zoneSuffixes.find((s) => text.slice(Math.max(0, t.end - s.length), t.end) === s && (this.tokenStarts.has(t.end - s.length) || t.text.endsWith(s)));
      if (!suffix) continue;
      let first = k;
      while (first > 0 && tokens[first].start > t.end - suffix.length) first--;
      if (tokens[first].start !== t.end - suffix.length && !(first === k && t.text.length > suffix.length)) continue;
      const startK = tokens[first].start === t.end - suffix.length ? first : k;
      // a word that is a name of its own (大运河) keeps the place before it apart (通州|大运河)
      if (startK === k && t.text.length > suffix.length && this.isKnownName(t.text)) continue;
      // (a base is named only under a designation right after its place: 漳州|国家|骨干冷链物流基地)
      const designated = (j: number) => !DESIGNATED_ONLY.has(suffix) || (j + 1 < startK && DESIGNATION.has(tokens[j + 1].text));
      // zone names run over common words, verbs included (塔城重点开发开放试验区, 皖北承接产业
      // 转移集聚区), back to the place that starts them; the zone suffix lets a county's short
      // name start one (霍尔果斯经济开发区)
      for (let j = startK - 1; j >= Math.max(0, startK - 6); j--) {
        const x = tokens[j];
        if (x.end !== tokens[j + 1].start) break;
        // a county's short name counts only where jieba takes it for a name (合作/vn, 振兴/v are verbs)
        const county = this.gaz.byCountyShort.has(x.text) && /^(ns|nr|nrt|nrfg|nz|x|j)$/.test(x.tag);
        // a place found over several words (呼包/鄂) starts the zone where it starts
        const found = out.find((c) => c.type === 'place' && c.end === x.end && c.start <= x.start);
        if (found && found.start < x.start) {
          if (!designated(j)) break;
          // (a lab's or a hospital's base is a branch of that body: 崖州湾国家实验室|油菜试验基地)
          const type = DESIGNATED_ONLY.has(suffix) && /(实验室|研究院|研究所|大学|医院)/.test(text.slice(found.start, t.end - suffix.length)) ? 'organization' : 'place';
          out.push({ start: found.start, end: t.end, type, evidence: type === 'place' ? 'place-suffix' : 'org-suffix', name: text.slice(found.start, t.end) });
          break;
        }
        // (a one-character ns is too loose to start a zone: 和/美/乡村/片区)
        if ((this.isPlaceWord(x) || county || found) && (x.text.length >= 2 || this.isKnownName(x.text)) && !lex.notPlaces.has(x.text) && !GENERIC_LANDFORM.test(x.text)) {
          // a site jieba merely tags ns (古城) takes the place before it (良渚/古城); a known
          // name (武汉) starts the zone itself
          let s = j;
          while (s > 0 && !this.isKnownName(tokens[s].text) && tokens[s - 1].end === tokens[s].start && this.isPlaceWord(tokens[s - 1]) && !lex.notPlaces.has(tokens[s - 1].text)) s--;
          // 美丽中国先行区, 科创广西先行试验区: a zone named after a slogan is no named place
          if (this.afterSloganModifier(s) || this.counted(s) || !designated(j)) break;
          // 武夷山国家公园（江西片区）: a province's part of a park is the province, not a zone
          const stemName = text.slice(tokens[s].start, t.end - suffix.length);
          if (suffix === '片区' && (this.gaz.byName.get(stemName) ?? this.gaz.byShortName.get(stemName))?.some((d) => d.level === 0)) break;
          // a county jieba does not tag as a place (和林格尔/nz) is one in the rest of the document
          const stem = !this.isKnownName(tokens[s].text) && this.gaz.byCountyShort.has(tokens[s].text) ? tokens[s].text : undefined;
          // (a lab's or a hospital's base is a branch of that body: 崖州湾国家实验室|油菜试验基地)
          if (DESIGNATED_ONLY.has(suffix) && /(实验室|研究院|研究所|大学|医院)/.test(text.slice(tokens[s].start, t.end - suffix.length))) {
            out.push({ start: tokens[s].start, end: t.end, type: 'organization', evidence: 'org-suffix', name: text.slice(tokens[s].start, t.end) });
            break;
          }
          out.push({ start: tokens[s].start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(tokens[s].start, t.end), ...(stem ? { stem } : {}) });
          break;
        }
        // 长株潭|国家自主创新示范区: a designation opened by 国家 follows the zone's own name,
        // which may be a stem jieba does not know (city initials, an unknown word)
        if (DESIGNATION.has(x.text) && j > 0 && !DESIGNATED_ONLY.has(suffix)) {
          const s = nameStemStart(this, j - 1, '', { verbs: true });
          if (s >= 0 && !this.counted(s) && !this.afterSloganModifier(s)) {
            const stem = text.slice(tokens[s].start, x.start);
            out.push({ start: tokens[s].start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(tokens[s].start, t.end), stem });
            break;
          }
        }
        // (发展 belongs to zone names: 一体化发展示范区, 联动发展区; 现代/t too: 现代农业产业园)
        // (a bound one-character piece jieba split off the place's name: 甘泉/堡/ng|经济技术开发区)
        if (!(/^(n|vn|nz|b|x|eng|l|v|a|t|j)$/.test(x.tag) || (x.tag === 'ng' && x.text.length === 1 && j > 0 && this.isPlaceWord(tokens[j - 1])))) break;
        if (!HAN.test(x.text) || (STOP_WORDS.has(x.text) && x.text !== '发展') || ZONE_PREDICATES.has(x.text) || /[等和及与]$/.test(x.text)) break;
        // a designation that is only ever given to a named site names it even without a place:
        // 哈民考古遗址公园, 长征国家文化公园 (the nearest word that is not itself generic)
        // (the walk goes on: a place further left makes a longer candidate, which wins)
        if (STRONG_SITES.has(suffix) && /^(n|nz|nr|ns|nrt|x)$/.test(x.tag) && x.text.length >= 2 && !GENERIC_SITE_WORDS.has(x.text) && !lex.notPlaces.has(x.text) && !this.afterSloganModifier(j)) {
          out.push({ start: x.start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(x.start, t.end) });
        }
        // another zone's ending closes the name (石河子经济技术开发区|国家级零碳园区)
        if (lex.zoneSuffixes.some((z) => z.length >= 2 && x.text.endsWith(z)) || lex.placeSuffixes.includes(x.text)) break;
      }
    }
  }

  /**
   * County names without their suffix (余姚, 宁乡) where jieba and the gazetteer agree (jieba's ns
   * alone is too loose in reports: 深度, 海洋, 美丽), and regions named by province abbreviations
   * (沪苏浙, 鄂湘赣: adjacent words made only of them).
   */
  jiebaPlaces(out: Candidate[]): void {
    const { lex, gaz, tokens } = this;
    // (新 that jieba reads as the adjective "new" is no 新疆: 苏/新/消费)
    const abbr = (t: Token | undefined) => !!t && this.isHan(t) && t.text.length <= 5 && Array.from(t.text).every((c) => lex.provinceAbbreviations.has(c)) && !(t.text === '新' && t.tag === 'a');
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      // 赣西, 赣/东北, 陇东: a province's abbreviation and a direction name a region of it
      const dir = /^(东|西|南|北|中|东北|西北|东南|西南)$/;
      const one = t.text.length >= 2 && t.text.length <= 3 && lex.provinceAbbreviations.has(t.text[0]) && dir.test(t.text.slice(1)) && /^(ns|j|x|nz)$/.test(t.tag);
      const two = t.text.length === 1 && lex.provinceAbbreviations.has(t.text) && tokens[k + 1]?.start === t.end && dir.test(tokens[k + 1].text) && tokens[k + 1].text.length === 2;
      if ((one || two) && !this.isKnownName(t.text) && !lex.notPlaces.has(t.text)) {
        const end = two ? tokens[k + 1].end : t.end;
        out.push({ start: t.start, end, type: 'place', evidence: 'lexicon', name: this.text.slice(t.start, end) });
        if (two) k++;
        continue;
      }
      if (abbr(t)) {
        let e = k;
        while (abbr(tokens[e + 1]) && tokens[e + 1].start === tokens[e].end && tokens[e + 1].end - t.start <= 5) e++;
        const name = this.text.slice(t.start, tokens[e].end);
        // (a known name made of abbreviations, 新疆, is found as itself)
        if (name.length >= 2 && !lex.notPlaces.has(name) && !this.isKnownName(name)) out.push({ start: t.start, end: tokens[e].end, type: 'place', evidence: 'lexicon', name });
        k = e;
        continue;
      }
      // (驻津央/x, 驻渝央院央/x: jieba may fuse the next word's first characters into an unknown word)
      if ((t.text.length === 2 || t.tag === 'x') && t.text[0] === '驻' && lex.provinceAbbreviations.has(t.text[1])) {
        out.push({ start: t.start + 1, end: t.start + 2, type: 'place', evidence: 'lexicon', name: t.text[1] });
        continue;
      }
      // (驻/v|湘央院央/x: the abbreviation starting the unknown word after 驻)
      const prevWord = tokens[k - 1];
      if (prevWord?.text === '驻' && prevWord.end === t.start && t.tag === 'x' && t.text.length >= 2 && lex.provinceAbbreviations.has(t.text[0]) && !this.isKnownName(t.text)) {
        out.push({ start: t.start, end: t.start + 1, type: 'place', evidence: 'lexicon', name: t.text[0] });
        continue;
      }
      // a county's short name of three characters or more that jieba cut in two (阿克/塞): both
      // cuts on the name's ends, the first piece a name-like word, the word before it no part of it
      if (t.text.length >= 2 && /^(nr|nrt|ns|x|nz|j)$/.test(t.tag) && this.isHan(t) && k + 1 < tokens.length) {
        const u = tokens[k + 1];
        const joined = t.text + u.text;
        const prev = tokens[k - 1];
        const free = !prev || prev.end !== t.start || !HAN.test(prev.text) || /^(v|vn|p|c|d|u|uj|x)$/.test(prev.tag) && prev.text.length > 1;
        if (u.start === t.end && this.isHan(u) && u.text.length === 1 && joined.length >= 3 && free && !lex.notPlaces.has(joined) && !this.isKnownName(t.text)) {
          const county = gaz.byCountyShort.get(joined);
          if (county) {
            out.push({ start: t.start, end: u.end, type: 'place', evidence: 'short-name', name: county[0].name });
            continue;
          }
        }
      }
      // a county's short name jieba tags as a transliterated name or does not know (崇明/nrt, 闵行/x): the one county of that
      // name in China, not a word the stop lists know
      if ((t.tag === 'nrt' || t.tag === 'x') && this.isHan(t) && t.text.length >= 2 && !lex.notPlaces.has(t.text) && !lex.notPersons.has(t.text)) {
        const only = gaz.byCountyShort.get(t.text);
        if (only?.length === 1 && !gaz.byShortName.has(t.text)) {
          out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: only[0].name });
          continue;
        }
      }
      if (t.tag !== 'ns' || !this.isHan(t) || t.text.length < 2 || lex.notPlaces.has(t.text)) continue;
      const county = GENERIC_LANDFORM.test(t.text) || NUMERAL.test(t.text[0]) ? undefined : gaz.byCountyShort.get(t.text);
      if (county) out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: county[0].name });
      // rivers, lakes and mountains jieba knows: ns and a landform ending agree (闽江, 鄱阳湖, 泰山)
      // (not counted ones: 一江一湖三山四水)
      else if (t.text.length >= 2 && NATURAL_FEATURE.test(t.text) && !GENERIC_LANDFORM.test(t.text) && !(t.text.length === 2 && NUMERAL.test(t.text[0]))) {
        out.push({ start: t.start, end: t.end, type: 'place', evidence: 'jieba', name: t.text });
      }
      // jieba's dictionary sites of three characters or more with a site's ending (玉门关, 黄河口,
      // 青岛港, 白洋淀, 河西走廊); its ns alone misleads (城中村, 满意度, 普通高中)
      // (a numeral may start a reservoir's area: 三峡库区 is no count)
      else if (t.text.length >= 3 && SITE_END.test(t.text) && (!NUMERAL.test(t.text[0]) || t.text.endsWith('库区')) && !/^(沿海|内陆|港口|海港|河口)/.test(t.text)) {
        out.push({ start: t.start, end: t.end, type: 'place', evidence: 'jieba', name: t.text });
      }
    }
  }

  /**
   * A name starting at token i: one token shaped like a name (王文涛/x), or a surname token plus a
   * given-name token that jieba split off (宋/nr + 亚东/ns).
   */
  nameAt(i: number): { start: number; end: number; last: number } | undefined {
    const { lex, tokens } = this;
    const t = tokens[i];
    if (!this.isHan(t)) return undefined;
    if (t.text.length >= 2 && NAME_TAGS.has(t.tag) && looksLikeName(t.text, lex) && !lex.titles.has(t.text)) {
      // a common noun (n) only when it is no dictionary word jieba knows as one: 2-3 chars, x/nr*
      if (t.tag === 'n' || t.tag === 'ns' || t.tag === 'ng') return undefined;
      return { start: t.start, end: t.end, last: i };
    }
    const u = tokens[i + 1];
    if (t.text.length === 1 && lex.surnames.has(t.text) && this.isHan(u) && u.start === t.end && u.text.length <= 2) {
      const ok = NAME_TAGS.has(u.tag) || u.tag === 'nr' || u.tag === 'a' || u.tag === 'b' || u.tag === 'm' && u.text.length === 2;
      const name = t.text + u.text;
      if (ok && !lex.titles.has(u.text) && !lex.honorifics.has(u.text) && !SPEECH_VERBS.has(u.text) && looksLikeName(name, lex)) {
        return { start: t.start, end: u.end, last: i + 1 };
      }
    }
    return undefined;
  }

  /**
   * A name's third character that jieba fused with the next word (省长毛伟/明作/政府工作报告): a
   * surname and one character, then an unknown word whose second character is a word that
   * follows a name (作, 说, 在…), make a three-character name.
   */
  private givenNameTail(n: { start: number; end: number; last: number }): number {
    const next = this.tokens[n.last + 1];
    if (n.end - n.start !== 2 || !next || next.start !== n.end) return n.end;
    const name = this.text.slice(n.start, n.end + 1);
    if (!looksLikeName(name, this.lex)) return n.end;
    // fused with the next word (毛伟/明作)
    if (next.tag === 'x' && next.text.length === 2) return AFTER_NAME.has(next.text[1]) ? n.end + 1 : n.end;
    // left alone before a byline or speech verb (记者林海/东/报道)
    const after = this.tokens[n.last + 2];
    const alone = next.text.length === 1 && HAN.test(next.text) && !/^(p|c|u|uj|ul|d|r|m|q|v)$/.test(next.tag);
    return alone && after && after.start === next.end && (SPEECH_VERBS.has(after.text) || BYLINE_VERBS.has(after.text)) ? n.end + 1 : n.end;
  }

  /** The role phrase before title token k: 黑龙江省委副书记、省长, 大庆炼化公司工程管理部副主任. */
  private roleBefore(k: number): string {
    const { lex, tokens, text } = this;
    let j = k;
    while (j > 0 && tokens[j - 1].end === tokens[j].start && (lex.titles.has(tokens[j - 1].text) || lex.titleModifiers.has(tokens[j - 1].text))) j--;
    if (j > 0 && tokens[j - 1].end === tokens[j].start && this.canJoin(j - 1)) j = this.extendLeft(j - 1, 24, true);
    let role = '';
    for (let i = j; i <= k; i++) {
      role += tokens[i].text;
      if (i < k && lex.titles.has(tokens[i].text) && lex.titles.has(tokens[i + 1].text)) role += '、';
    }
    return role.length > text.length ? '' : role;
  }

  persons(out: Candidate[]): void {
    const { lex, tokens } = this;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      // title + name: 省长王文涛, 副主任宋亚东, 第一书记韩志波
      if (lex.titles.has(t.text) && !(lex.titles.has(tokens[k + 1]?.text ?? ''))) {
        const spaced = this.spacedNameAfter(t.end);
        if (spaced) {
          out.push({ ...spaced, type: 'person', evidence: 'title', name: this.text.slice(spaced.start, spaced.end).replace(/[ \u3000]/g, ''), role: this.roleBefore(k) });
          continue;
        }
        const n = tokens[k + 1]?.start === t.end ? this.nameAt(k + 1) : undefined;
        if (n) {
          const end = this.givenNameTail(n);
          out.push({ start: n.start, end, type: 'person', evidence: 'title', name: this.text.slice(n.start, end), role: this.roleBefore(k) });
          continue;
        }
      }
      // name + honorific: 习近平同志; surname + honorific: 周女士
      const next = tokens[k + 1];
      if (next && next.start === t.end && lex.honorifics.has(next.text)) {
        if (t.text.length === 1 && lex.surnames.has(t.text) && t.tag !== 'p' && t.tag !== 'c' && !(k > 0 && tokens[k - 1].end === t.start && this.isHan(tokens[k - 1]) && tokens[k - 1].tag.startsWith('n'))) {
          out.push({ start: t.start, end: next.end, type: 'person', evidence: 'honorific', name: t.text + next.text });
          continue;
        }
        if (t.text.length >= 2 && NAME_TAGS.has(t.tag) && t.tag !== 'n' && looksLikeName(t.text, lex)) {
          out.push({ start: t.start, end: t.end, type: 'person', evidence: 'honorific', name: t.text });
          continue;
        }
      }
      // familiar forms: 小刘开心地说, 老王表示
      const fam = this.familiarAt(k);
      if (fam) {
        out.push(fam);
        continue;
      }
      // name + speech verb: 刘冬莉说, 据哈万军介绍
      const n = this.nameAt(k);
      if (n) {
        const after = tokens[n.last + 1];
        if (after && after.start === n.end && (SPEECH_VERBS.has(after.text) || SPEECH_PREFIXES.some((v) => after.text.startsWith(v)))) {
          out.push({ start: n.start, end: n.end, type: 'person', evidence: 'speech', name: this.text.slice(n.start, n.end) });
          k = n.last;
          continue;
        }
        // name + title or honorific after it: 李玉院士, 王强书记
        if (after && after.start === n.end && (lex.titles.has(after.text) || lex.honorifics.has(after.text)) && n.last === k && t.tag !== 'n') {
          out.push({ start: n.start, end: n.end, type: 'person', evidence: 'honorific', name: this.text.slice(n.start, n.end) });
          continue;
        }
      }
      // jieba's dictionary of full names (习近平/nrfg): trusted without a surname check
      if (t.tag === 'nrfg' && /^[\u4e00-\u9fff]{2,4}$/.test(t.text) && !lex.notPersons.has(t.text)) {
        out.push({ start: t.start, end: t.end, type: 'person', evidence: 'jieba', name: t.text });
      }
    }
  }

  /**
   * A speaker or byline name after a title and a space, running to the line's end or a mark:
   * 省长 梁惠玲, 上海市市长 龚 正 (two-character names padded with a space), 自治区主席
   * 艾尔肯·吐尼亚孜, 嘎玛泽登 (no Han surname, so the layout is the evidence).
   */
  private spacedNameAfter(at: number): { start: number; end: number } | undefined {
    const m = /^[ \u3000]+((?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])|[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8})?)(?=$|[ \u3000，。、；）)\r\n])/.exec(this.text.slice(at, at + 24));
    if (!m) return undefined;
    const start = at + m[0].length - m[1].length;
    const name = m[1];
    if (this.lex.notPersons.has(name) || this.lex.titles.has(name) || this.isKnownName(name)) return undefined;
    return { start, end: start + name.length };
  }

  private familiarAt(k: number): Candidate | undefined {
    const { lex, tokens } = this;
    const t = tokens[k];
    let end: number | undefined;
    let last = k;
    if (t.text.length === 2 && lex.familiar.has(t.text[0]) && lex.surnames.has(t.text[1]) && (t.tag === 'x' || t.tag.startsWith('nr'))) end = t.end;
    else if (lex.familiar.has(t.text) && tokens[k + 1]?.start === t.end && tokens[k + 1].text.length === 1 && lex.surnames.has(tokens[k + 1].text)) {
      end = tokens[k + 1].end;
      last = k + 1;
    }
    if (end === undefined) return undefined;
    const name = this.text.slice(t.start, end);
    if (lex.notPersons.has(name)) return undefined;
    const after = tokens[last + 1];
    // what follows must be the predicate (开心地说, 表示), not a noun the word modifies (小康社会)
    if (!after || !(after.tag.startsWith('v') || after.tag === 'd' || after.tag === 'p' || SPEECH_VERBS.has(after.text))) return undefined;
    return { start: t.start, end, type: 'person', evidence: 'familiar', name };
  }

  /** 黑龙江伊品生物科技有限公司简称伊品; （以下简称“伊品”）. */
  aliases(out: Candidate[]): void {
    const { tokens, text } = this;
    for (let k = 0; k < tokens.length; k++) {
      if (!ALIAS_MARKERS.has(tokens[k].text)) continue;
      const markerStart = tokens[k].start;
      // the entity the alias belongs to ends right before the marker (allowing （，“ between)
      const before = out
        .filter((c) => c.evidence !== 'alias' && c.end <= markerStart && /^[\s（(，,“"「]*(以下|下文|下)?$/.test(text.slice(c.end, markerStart)))
        .sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start))[0];
      if (!before) continue;
      let s = tokens[k].end;
      while (s < text.length && /[\s“"「『‘：:为]/.test(text[s])) s++;
      let e: number | undefined;
      const quoted = /[“"「『‘]/.test(text[s - 1] ?? '');
      if (quoted) {
        const close = text.slice(s, s + 16).search(/[”"」』’]/);
        if (close > 0) e = s + close;
      }
      if (e === undefined) e = this.abbreviationEnd(s, before.name);
      if (e === undefined || e - s < 2) continue;
      const alias = text.slice(s, e);
      out.push({ start: s, end: e, type: before.type, evidence: 'alias', name: before.name, alias });
    }
  }

  /** The longest run of tokens from `s` whose characters appear in order in the full name. */
  private abbreviationEnd(s: number, full: string): number | undefined {
    let i = this.tokenIndexAt(s);
    if (i < 0) return undefined;
    let best: number | undefined;
    for (let e = i; e < this.tokens.length && this.tokens[e].end - s <= 8; e++) {
      if (!this.isHan(this.tokens[e])) break;
      const cand = this.text.slice(s, this.tokens[e].end);
      if (isSubsequence(cand, full)) best = this.tokens[e].end;
      else break;
    }
    if (best === undefined && this.tokens[i].text.length >= 2 && this.isHan(this.tokens[i])) best = this.tokens[i].end;
    return best;
  }
}

function isSubsequence(a: string, b: string): boolean {
  let j = 0;
  for (const ch of a) {
    j = b.indexOf(ch, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}
