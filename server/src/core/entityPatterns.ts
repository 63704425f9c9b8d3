/**
 * Entity candidates from word patterns that jieba's segmentation hides (it splits or fuses the
 * name with its neighbours), each checked against the gazetteer or the lexicons:
 *
 * - metro lines after their city (太原地铁1号线, 兰州轨道交通2号线);
 * - railways named by their termini's first characters, which jieba cuts into single characters
 *   (牡/敦/高铁, 黑/乌/铁路);
 * - regions named by the first characters of their cities (汉襄宜, 杭甬温, 哈长/沈大);
 * - a place inside an adjectival word (中国式现代化 → 中国, 台湾同胞 → 台湾);
 * - route ends (黔江至吉首), stations (重庆站), persons inside doctrines (毛泽东思想), jieba's
 *   organisation tag where a known name starts the word (中国邮政, 郑商所);
 * - a country's one-character abbreviation standing alone after a preposition (对俄开放);
 * - an institute's short name after its city (长春/应化/所) and a company's after its county
 *   in project lists (浏阳/蓝思/科技).
 *
 * Spans are relative to the paragraph, like every candidate.
 */
import type { EntityLexicon } from './entityLexicon';
import type { Candidate } from './entityTypes';
import type { Gazetteer } from './gazetteer';
import type { Token } from './types';
import { PRODUCT_WORDS } from '../data/entity-composition';
import { isVerbResult } from './entitiesSites';

const HAN1 = /^[\u4e00-\u9fff]$/;
const HAN = /^[\u4e00-\u9fff]+$/;
const METRO = /^(?:地铁|轨道交通|轻轨|城轨|市域铁路)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})号线/;
const BARE_METRO = /^(?:地铁|轨道交通|轻轨)?(?:[0-9]{1,2}|[A-Z][0-9]{1,2})号?线(?=[一二三四五六七八九十]期|[东西南北]段|[东西南北延]|[，。、；）]|$)/;
/** Endings of railways and motorways named by their termini (牡敦高铁, 黑乌铁路, 垫丰武高速). */
const RAIL = new Set(['铁路', '高铁', '城际', '城际铁路', '高速铁路', '高速', '高速公路']);
/** Tags of words that never start a name (prepositions, conjunctions, particles, pronouns…). */
const FUNCTION_TAG = /^(p|c|u|uj|ul|uz|ug|uv|ud|r|m|q|d|f|y|e|o|zg)$/;
/** Words a country's one-character abbreviation follows when it stands alone (对俄, 与美). */
// (和 is left out: 和美乡村, 和非道路 are words jieba split)
const BEFORE_COUNTRY = new Set(['对', '与', '同', '赴', '向', '访', '驻']);
/** One-character abbreviations of countries and continents (俄罗斯, 美国, 日本, 韩国, 欧洲, 非洲…). */
const COUNTRY_ABBREVIATIONS: Record<string, string> = { 俄: '俄罗斯', 美: '美国', 日: '日本', 韩: '韩国', 欧: '欧洲', 非: '非洲', 朝: '朝鲜', 蒙: '蒙古国', 印: '印度', 越: '越南', 老: '老挝', 泰: '泰国', 英: '英国', 法: '法国', 德: '德国' };
/** Abbreviations that are mostly words of their own in jieba's unknown pairs (德法兼修: virtue and law, 老 old). */
const WORDY_ABBREVIATIONS = new Set(['德', '法', '老', '英']);
/** Verbs and adjectives that start slogans about a province (兴陇, 强省, 富民), not city groups. */
const SLOGAN_START = new Set(Array.from('兴振强富建创促'));
/** How the name of an institution jieba tags nt ends (中国农科院, 联合国教科文组织, 中国邮政). */
const INSTITUTION_END = /([院所局会团部委社行司馆厅办处署队校]|组织|集团|邮政)$/;
/** Endings of companies' short names in project lists (蓝思科技, 圣钘科技, 某某药业). */
const SHORT_COMPANY = new Set(['科技', '股份', '药业', '电子', '重工', '新材料', '电气']);

export interface PatternContext {
  text: string;
  tokens: readonly Token[];
  lex: EntityLexicon;
  gaz: Gazetteer;
  /** A name the lexicons or the gazetteer know (大庆, 黑龙江省). */
  isKnownName(s: string): boolean;
  /** A place word: jieba's ns or a known place. */
  isPlaceWord(t: Token): boolean;
}

let initials: Set<string> | undefined;
let countyInitials: Set<string> | undefined;
/**
 * Characters that start a province's or a prefecture's short name (哈 for 哈尔滨, 汉 for 武汉 is
 * not: 武), plus province abbreviations and the cities' own one-character names (甬, 榕, 蓉, 汉).
 */
function cityInitials(gaz: Gazetteer, lex: EntityLexicon): Set<string> {
  if (initials) return initials;
  const set = new Set<string>(lex.provinceAbbreviations);
  for (const [short, ds] of gaz.byShortName) if (ds.some((d) => d.level <= 1)) set.add(short[0]);
  for (const c of lex.cityAbbreviations) set.add(c);
  return (initials = set);
}

export function patternCandidates(ctx: PatternContext, out: Candidate[]): void {
  metroLines(ctx, out);
  railways(ctx, out);
  routes(ctx, out);
  stations(ctx, out);
  segments(ctx, out);
  coordinatedCounties(ctx, out);
  doctrinePersons(ctx, out);
  taggedOrganisations(ctx, out);
  cityGroups(ctx, out);
  adjectivalPlaces(ctx, out);
  greaterPlaces(ctx, out);
  riverMouths(ctx, out);
  countryAbbreviations(ctx, out);
  shortInstitutes(ctx, out);
  branches(ctx, out);
  jointCentres(ctx, out);
  companyShortNames(ctx, out);
  knownCompanyTrades(ctx, out);
  subUnits(ctx, out);
  universityHospitals(ctx, out);
  subdivisionsAfterParent(ctx, out);
  provinceAfterPreposition(ctx, out);
  wordCitiesAfterPreposition(ctx, out);
  nationalZones(ctx, out);
  centralBodies(ctx, out);
  fusedZones(ctx, out);
}

/** Tags of the words a body's short name is made of (nouns, places, abbreviations, jieba's new words). */
const BODY_WORD_TAG = /^(n|nt|ns|nz|vn|j|x|l)$/;
/** Verbs jieba tags inside central bodies' names (新疆工作协调小组, 巡视工作领导小组). */
const BODY_VERBS = new Set(['协调', '领导', '指导', '督导', '巡视']);
/** Short names of the bodies of the State Council and the Centre (安委会, 减负办, 财办, 工作协调小组). */
const CENTRAL_BODY: Record<string, RegExp> = {
  国务院: /^[\u4e00-\u9fff]{1,4}(办|委会|委|小组)$/,
  中央: /^[\u4e00-\u9fff]{1,8}(办|小组|委员会)$/,
};

/**
 * 国务院|安委会, 国务院|减负办, 中央|财办: a central body named by its head and a short form of its
 * own name is one organisation (only 国务院 or 中央 as a word of its own, right before it).
 */
function centralBodies({ text, tokens }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const head = CENTRAL_BODY[tokens[k].text];
    if (!head) continue;
    let end = k + 1;
    // the body's short name may run over a few nouns (新疆/工作/协调/小组), never over a verb
    let body = '';
    for (; end < tokens.length && end <= k + 5 && tokens[end].start === tokens[end - 1].end && (BODY_WORD_TAG.test(tokens[end].tag) || BODY_VERBS.has(tokens[end].text)); end++) {
      body += tokens[end].text;
      if (head.test(body)) break;
    }
    if (end >= tokens.length || end > k + 5 || !head.test(body)) continue;
    out.push({ start: tokens[k].start, end: tokens[end].end, type: 'organization', evidence: 'org-suffix', name: text.slice(tokens[k].start, tokens[end].end) });
  }
}

/** Endings of zones named with their place in brackets (中国（新疆）自贸试验区, 西部（重庆）科学城). */
const BRACKET_ZONE_END = /^[\u4e00-\u9fff]{0,10}?(自由贸易试验区|自贸试验区|自由贸易区|自贸区|自由贸易港|自贸港|科学城|示范区|试验区|先行区|合作区|产业园|物流基地|产业基地|基地|新区)/;

/**
 * 中国（新疆）自由贸易试验区, 西部（重庆）科学城, 北方（沧州）跨境电商物流基地: a word, a place
 * in brackets and a zone's or a base's ending make one place (labelling rules), not the word and
 * the place; the place in the brackets must be one the gazetteer or the lexicons know, and the
 * word before them a noun of its own (not a verb: 申建（…）).
 */
function nationalZones({ text, tokens, isKnownName }: PatternContext, out: Candidate[]): void {
  if (!text.includes('（') && !text.includes('(')) return;
  for (let k = 1; k + 3 < tokens.length; k++) {
    const open = tokens[k];
    if (open.text !== '（' && open.text !== '(') continue;
    const head = tokens[k - 1];
    if (head.end !== open.start || !HAN.test(head.text) || head.text.length < 2 || head.text.length > 4 || !/^(ns|n|f|s|nz|j)$/.test(head.tag)) continue;
    const close = text.indexOf(open.text === '（' ? '）' : ')', open.end);
    if (close < 0 || close - open.end < 2 || close - open.end > 8 || !isKnownName(text.slice(open.end, close))) continue;
    const m = BRACKET_ZONE_END.exec(text.slice(close + 1, close + 24));
    if (!m) continue;
    const end = close + 1 + m[0].length;
    // the ending closes a word (不是 …产业园区 的 产业园)
    if (!tokens.some((t) => t.end === end)) continue;
    out.push({ start: head.start, end, type: 'place', evidence: 'place-suffix', name: text.slice(head.start, end) });
  }
}

/**
 * 苏州工业园区/ns: a zone jieba's dictionary holds as one word, a known place and a zone's ending
 * (two characters or more). jieba's ns alone is not trusted; the known place and the ending are.
 */
function fusedZones({ tokens, lex, isKnownName }: PatternContext, out: Candidate[]): void {
  for (const t of tokens) {
    if (!/^(ns|nz|nt)$/.test(t.tag) || t.text.length < 4 || !HAN.test(t.text)) continue;
    // (地区 after a region is no name of its own: 华北地区 is 华北)
    const suffix = [...lex.zoneSuffixes, ...lex.placeSuffixes].find((z) => z.length >= 2 && z !== '地区' && t.text.endsWith(z) && t.text.length - z.length >= 2 && isKnownName(t.text.slice(0, -z.length)));
    if (!suffix || lex.notPlaces.has(t.text) || lex.orgs.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'place-suffix', name: t.text });
  }
}

/** Prepositions and verbs a province's one-character abbreviation stands alone after (在湘, 驻京, 来晋). */
const BEFORE_PROVINCE = new Set(['在', '驻', '来', '赴', '离', '回', '留']);

/**
 * 在/湘/增设, 在/晋/两院院士, 在/京/落地: a province's abbreviation jieba keeps as a word of its own
 * (tagged as a name or an abbreviation, not 新/a of 在新时代) after 在, 驻, 来… is the province.
 */
/** Words before a city that say it is where something happens or goes (在来宾组建, 赴白银考察). */
const BEFORE_CITY = new Set(['在', '赴', '到', '驻', '落户', '来自']);

/**
 * 在来宾组建, 赴白银考察: a city whose short name is also a common word (来宾 guest, 白银 silver,
 * 安康 well-being: kept out of the lexicons) is the city right after a preposition of place and
 * right before a verb or a mark.
 */
function wordCitiesAfterPreposition({ tokens, lex, gaz }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!lex.notPlaces.has(t.text) || t.text.length < 2) continue;
    // (the gazetteer keeps no short name for them: the full name with 市 is looked up)
    const city = (gaz.byShortName.get(t.text) ?? gaz.byName.get(t.text + '市'))?.find((d) => d.level === 1);
    if (!city || !BEFORE_CITY.has(tokens[k - 1].text) || tokens[k - 1].end !== t.start) continue;
    const next = tokens[k + 1];
    if (next && next.start === t.end && HAN.test(next.text) && !/^(v|vn|p|c|d)$/.test(next.tag)) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: city.name });
  }
}

function provinceAfterPreposition({ tokens, lex, isKnownName }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const p = tokens[k - 1];
    if (t.text.length !== 1 || !lex.provinceAbbreviations.has(t.text) || !/^(ns|nr|j|nz)$/.test(t.tag)) continue;
    if (!BEFORE_PROVINCE.has(p.text) || p.end !== t.start) continue;
    // a one-character word after it makes a word jieba missed (在京/城)
    const next = tokens[k + 1];
    if (next && next.start === t.end && HAN1.test(next.text) && !/^(p|c|u|uj|v|d)$/.test(next.tag)) continue;
    // …or the first character of a longer name (在陇/原大地: 陇原)
    if (next && next.start === t.end && [1, 2].some((L) => isKnownName(t.text + next.text.slice(0, L)))) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'lexicon', name: t.text });
  }
}

/** Endings a division's name drops when the text names it after its parent (鞍山西柳 = 西柳镇). */
const SUBDIVISION_SUFFIXES = ['县', '市', '区', '旗', '镇', '乡', '街道', '地区'];
/** Tags of the first word of a short name jieba does not know (西柳/x, 谏壁/x, 小/a 北河/ns). */
const SHORT_NAME_TAG = /^(x|nr|nrt|ns|nz|j)$/;

/**
 * 鞍山/西柳, 镇江/谏壁, 辽阳/小/北河: a division named by its short name right after a division it
 * lies in is a place, found by the gazetteer's chain rather than by jieba's tags.
 */
function subdivisionsAfterParent({ text, tokens, gaz, lex }: PatternContext, out: Candidate[]): void {
  let tokenAt: Map<number, number> | undefined;
  const indexAt = (start: number): number => (tokenAt ??= new Map(tokens.map((t, i) => [t.start, i]))).get(start) ?? -1;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const p = tokens[k];
    const parents = gaz.byName.get(p.text) ?? gaz.byShortName.get(p.text) ?? gaz.byCountyShort.get(p.text);
    if (!parents || lex.notPlaces.has(p.text)) continue;
    const a = tokens[k + 1];
    if (a.start !== p.end || !HAN.test(a.text)) continue;
    const b = tokens[k + 2];
    const spans: Array<[number, number]> = [];
    if (a.text.length >= 2 && a.text.length <= 3 && SHORT_NAME_TAG.test(a.tag)) spans.push([a.start, a.end]);
    // a one-character word and a place word jieba split (小/北河)
    if (b && b.start === a.end && a.text.length === 1 && /^(a|n|ns|nr|j|x)$/.test(a.tag) && /^(ns|nr|x|j|nz)$/.test(b.tag) && HAN.test(b.text) && b.text.length <= 2) spans.push([a.start, b.end]);
    for (const [s, e] of spans) {
      const short = text.slice(s, e);
      if (lex.notPlaces.has(short) || gaz.byName.has(short)) continue;
      const d = SUBDIVISION_SUFFIXES.flatMap((suf) => gaz.byName.get(short + suf) ?? []).find((x) => {
        for (let up = x.parent; up; up = up.parent) if (parents.includes(up)) return true;
        return false;
      });
      if (!d) continue;
      out.push({ start: s, end: e, type: 'place', evidence: 'gazetteer', name: d.name });
      // the parent is a place too, whatever jieba tagged it (昌平/nr)
      let up = d.parent;
      while (up && !parents.includes(up)) up = up.parent;
      if (up) out.push({ start: p.start, end: p.end, type: 'place', evidence: 'gazetteer', name: up.name });
      // and the items listed after it under the same parent (昌平南口、马/池口)
      let i = indexAt(e);
      while (i >= 0 && tokens[i]?.text === '、') {
        const x = tokens[i + 1];
        const y = tokens[i + 2];
        const options: Array<[number, number]> = [];
        if (x && HAN.test(x.text) && !FUNCTION_TAG.test(x.tag)) {
          if (y && y.start === x.end && HAN.test(y.text) && !FUNCTION_TAG.test(y.tag) && x.text.length + y.text.length <= 4) options.push([x.start, y.end]);
          if (x.text.length >= 2) options.push([x.start, x.end]);
        }
        const hit = options.find(([a, b]) => {
          const name = text.slice(a, b);
          return !lex.notPlaces.has(name) && SUBDIVISION_SUFFIXES.some((suf) => (gaz.byName.get(name + suf) ?? []).some((dd) => dd.parent === d.parent));
        });
        if (!hit) break;
        const name = text.slice(hit[0], hit[1]);
        const dd = SUBDIVISION_SUFFIXES.flatMap((suf) => gaz.byName.get(name + suf) ?? []).find((z) => z.parent === d.parent)!;
        out.push({ start: hit[0], end: hit[1], type: 'place', evidence: 'gazetteer', name: dd.name });
        i = indexAt(hit[1]);
      }
    }
  }
}

/** Endings of a unit inside a university, hospital or group (…学院, …研究院, …院区, …基地). */
const SUB_UNIT = new Set(['学院', '研究院', '研究所', '研究中心', '创新中心', '实验室', '院区', '校区', '分院', '分校', '基地']);
/** Organisations that have such units. */
const PARENT_END = /(大学|学院|医院|研究院|科学院|集团)$/;

/**
 * 重庆大学/国家/卓越/工程师/学院: a unit named after its parent body and a designation is one
 * organisation, the longest well-formed span (nouns only between them, no verb).
 */
function subUnits({ text, tokens }: PatternContext, out: Candidate[]): void {
  const parents = out.filter((c) => c.type === 'organization' && PARENT_END.test(c.name) && c.evidence !== 'alias');
  if (parents.length === 0) return;
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const p of parents) {
    let k = tokenAt.get(p.end) ?? -1;
    if (k < 0) continue;
    for (let n = 0; n < 6 && k < tokens.length; n++, k++) {
      const t = tokens[k];
      if (t.start !== (n === 0 ? p.end : tokens[k - 1].end) || !HAN.test(t.text) || !/^(n|nr|nz|b|ns|nrt|x|l|j)$/.test(t.tag)) break;
      if (SUB_UNIT.has(t.text) && n > 0) {
        const next = tokens[k + 1];
        if (next && next.start === t.end && HAN.test(next.text) && /^(n|vn|ng)$/.test(next.tag)) break;
        out.push({ start: p.start, end: t.end, type: 'organization', evidence: 'org-suffix', name: text.slice(p.start, t.end) });
        break;
      }
    }
  }
}

/** 兰大/二院, 浙大/一院: a university's short name and the number of its affiliated hospital. */
function universityHospitals({ text, tokens }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const u = tokens[k - 1];
    if (!/^[一二三四五六七八九]附?院$/.test(t.text) || u.end !== t.start || !/^[\u4e00-\u9fff]{1,2}大$/.test(u.text) || !/^(ns|j|x|nz|nt)$/.test(u.tag)) continue;
    out.push({ start: u.start, end: t.end, type: 'organization', evidence: 'org-suffix', name: text.slice(u.start, t.end) });
  }
}

/** Industries a company is named by after its place (燕山石化, 上海电气, 吉林化纤). */
const PLACE_COMPANY = new Set(['石化', '炼化', '化纤', '电气']);

/** A province by its full or short name, or its one-character abbreviation. */
function isProvince(gaz: Gazetteer, lex: EntityLexicon, s: string): boolean {
  if (lex.provinceAbbreviations.has(s)) return true;
  return [...(gaz.byName.get(s) ?? []), ...(gaz.byShortName.get(s) ?? [])].some((d) => d.level === 0);
}

/** Industry words that end a company's short name (弘润石化, 东明石化, 蓝思科技). */
const COMPANY_INDUSTRY = new Set([...SHORT_COMPANY, '石化', '化工', '钢铁', '能源', '矿业', '煤业', '制药', '航空', '物流']);

/**
 * 弘润/石化, 东明/石化: in a report's project lists a company goes by a word jieba does not know
 * (or takes for a name) and its industry, standing between marks or before a verb; the unknown
 * word is what makes it one company and not an industry (钢铁/石化 are common words).
 */
function companyShortNames({ text, tokens, lex, gaz, isKnownName }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const end = tokens[k];
    // one word (齐鲁石化/nr, 大庆石化/ns)
    const ind = end.text.length >= 4 && HAN.test(end.text) ? [...PLACE_COMPANY].find((x) => end.text.endsWith(x)) : undefined;
    if (ind) {
      const place = end.text.slice(0, -ind.length);
      const after = tokens[k + 1];
      if ((isKnownName(place) || gaz.byCountyShort.has(place)) && !isProvince(gaz, lex, place) && !(after && after.start === end.end && /^(产业|行业|工业|企业|化|领域|装备)/.test(after.text))) {
        out.push({ start: end.start, end: end.end, type: 'organization', evidence: 'org-suffix', name: end.text });
      }
      continue;
    }
    if (k === 0 || !COMPANY_INDUSTRY.has(end.text)) continue;
    const word = tokens[k - 1];
    if (word.end !== end.start || !HAN.test(word.text) || word.text.length < 2 || word.text.length > 3) continue;
    if (lex.notPlaces.has(word.text) || lex.notPersons.has(word.text) || lex.sloganModifiers.has(word.text)) continue;
    // 燕山石化, 齐鲁石化, 哈尔滨电气: a place below a province and an industry only companies
    // are named by (a province's is its industry: 山东石化产业)
    if (PLACE_COMPANY.has(end.text) && (isKnownName(word.text) || gaz.byCountyShort.has(word.text)) && !isProvince(gaz, lex, word.text)) {
      const after = tokens[k + 1];
      if (after && after.start === end.end && /^(产业|行业|工业|企业|化|领域|装备)/.test(after.text)) continue;
      out.push({ start: word.start, end: end.end, type: 'organization', evidence: 'org-suffix', name: text.slice(word.start, end.end) });
      continue;
    }
    if (!/^(x|nz|nr)$/.test(word.tag) || isKnownName(word.text) || isVerbResult(word.text)) continue;
    // the name must stand alone: a mark, a list word or a verb on both sides
    const before = tokens[k - 2];
    const after = tokens[k + 1];
    const boundary = (t: Token | undefined, adjacent: boolean) => !t || !adjacent || !HAN.test(t.text) || /^(v|p|c|u|uj|d)$/.test(t.tag) || t.text === '等';
    if (!boundary(before, !!before && before.end === word.start)) continue;
    // after it a mark or a list word (科技/创新 and 汽车/消费 go on), or what a company undergoes
    if (after && after.start === end.end && HAN.test(after.text) && after.text !== '等' && !/^(转型|二期|一期|三期)$/.test(after.text)) continue;
    out.push({ start: word.start, end: end.end, type: 'organization', evidence: 'org-suffix', name: text.slice(word.start, end.end) });
  }
}

const TRADES = new Set([...PRODUCT_WORDS, ...COMPANY_INDUSTRY, '油脂', '纤维', '板材', '新材料', '科技', '化学', '股份']);

/**
 * 中粮|油脂, 包钢|板材|厂: a known company's short name with a trade or product word after it (and
 * 厂, its plant) is that company (or its unit) by its fuller name, standing before a mark, a list
 * word or a verb (中车|新能源|项目 is the company's project in an industry).
 */
function knownCompanyTrades({ text, tokens, lex }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const w = tokens[k];
    if (w.text.length < 2 || w.text.length > 4 || !lex.orgs.has(w.text) || !HAN.test(w.text)) continue;
    const u = tokens[k + 1];
    if (u.start !== w.end || !TRADES.has(u.text)) continue;
    let last = k + 1;
    if (tokens[k + 2]?.start === u.end && tokens[k + 2].text === '厂') last = k + 2;
    const after = tokens[last + 1];
    if (after && after.start === tokens[last].end && HAN.test(after.text) && !/^(v|p|c|u|uj|d)$/.test(after.tag) && after.text !== '等') continue;
    out.push({ start: w.start, end: tokens[last].end, type: 'organization', evidence: 'org-suffix', name: text.slice(w.start, tokens[last].end) });
  }
}

/** Endings of an organisation's branch named by where it lies (…实验室内蒙古基地, …大学深圳研究院, …医院甘肃医院). */
const BRANCH = new Set(['基地', '分中心', '分院', '分所', '分部', '分校', '研究院', '分公司', '分行', '医院', '院区', '校区']);

/** 怀柔国家实验室/内蒙古/基地: an organisation, a place and a branch ending are one organisation. */
function branches({ text, tokens, isPlaceWord, lex }: PatternContext, out: Candidate[]): void {
  for (let k = 2; k < tokens.length; k++) {
    const place = tokens[k - 1];
    if (!BRANCH.has(tokens[k].text) || place.end !== tokens[k].start || !isPlaceWord(place) || lex.notPlaces.has(place.text)) continue;
    const org = out.find((c) => c.type === 'organization' && c.end === place.start && c.evidence !== 'alias');
    if (org) out.push({ start: org.start, end: tokens[k].end, type: 'organization', evidence: 'org-suffix', name: text.slice(org.start, tokens[k].end) });
  }
}

/**
 * 中国—东盟国家人工智能应用合作中心: two known names joined by a dash start an organisation whose
 * name ends in 中心, 研究院 or 协会 (博览会 and 论坛 are events, not organisations), or a place
 * whose name ends in a zone's or a hub's word (中国—东盟信息港).
 */
function jointCentres({ text, tokens, isKnownName }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!/^[—–-]{1,2}$/.test(tokens[k].text)) continue;
    const left = tokens[k - 1];
    if (!isKnownName(left.text) || left.end !== tokens[k].start) continue;
    // the second name may be fused with a word (东盟国家): it must start the next word
    const right = tokens[k + 1];
    if (right.start !== tokens[k].end || !Array.from({ length: Math.min(right.text.length, 6) - 1 }, (_, i) => right.text.slice(0, i + 2)).some(isKnownName)) continue;
    const end = /^[\u4e00-\u9fff]{2,24}?(?:合作中心|研究中心|创新中心|中心|研究院|委员会|联合会|商会|协会)/.exec(text.slice(right.start, right.start + 28));
    if (end) {
      const e = right.start + end[0].length;
      out.push({ start: left.start, end: e, type: 'organization', evidence: 'org-suffix', name: text.slice(left.start, e) });
      continue;
    }
    // 中国—东盟信息港, 中国—东盟产业合作区: a joint zone or hub is one place; a free trade area
    // between them (中国—东盟自贸区) is their agreement, and the names stand apart
    const zone = /^[\u4e00-\u9fff]{2,14}?(?:信息港|合作区|示范区|经济走廊|产业园)/.exec(text.slice(right.start, right.start + 18));
    if (!zone || /(自贸|自由贸易)/.test(zone[0])) continue;
    const e = right.start + zone[0].length;
    out.push({ start: left.start, end: e, type: 'place', evidence: 'place-suffix', name: text.slice(left.start, e) });
  }
}

function metroLines({ text, tokens, isPlaceWord, lex }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // a city's own lines named without it (地铁4号线北段, 7号线一期): after a mark or at the start
    const before = text[t.start - 1];
    // (or after a verb: 建成/2号线西延伸, 开通/3号线)
    if (!before || /[，。、；：（“\s]/.test(before) || (k > 0 && tokens[k - 1].end === t.start && /^(v|vn)$/.test(tokens[k - 1].tag) && /^[0-9A-Z]/.test(t.text))) {
      const bare = BARE_METRO.exec(text.slice(t.start, t.start + 12));
      if (bare && !(k > 0 && isPlaceWord(tokens[k - 1]))) {
        out.push({ start: t.start, end: t.start + bare[0].length, type: 'place', evidence: 'place-suffix', name: bare[0] });
        continue;
      }
    }
    if (k + 1 >= tokens.length) continue;
    if (!isPlaceWord(t) || lex.notPlaces.has(t.text) || tokens[k + 1].start !== t.end) continue;
    const m = METRO.exec(text.slice(t.end, t.end + 12));
    if (m) out.push({ start: t.start, end: t.end + m[0].length, type: 'place', evidence: 'place-suffix', name: text.slice(t.start, t.end + m[0].length) });
  }
}

/** The same, with the initials of counties too (敦 for 敦化): railways also end in counties. */
function placeInitials(gaz: Gazetteer, lex: EntityLexicon): Set<string> {
  if (countyInitials) return countyInitials;
  const set = new Set(cityInitials(gaz, lex));
  for (const short of gaz.byCountyShort.keys()) set.add(short[0]);
  return (countyInitials = set);
}

/**
 * 牡/敦/高铁, 垫/丰/武/高速: two or three one-character words before a railway or motorway
 * ending, each the initial of a place.
 */
function railways(ctx: PatternContext, out: Candidate[]): void {
  const { text, tokens, lex, gaz } = ctx;
  const init = placeInitials(gaz, lex);
  const initial = (t: Token | undefined, next: Token) => !!t && t.end === next.start && HAN1.test(t.text) && init.has(t.text);
  for (let k = 0; k < tokens.length; k++) {
    // a railway jieba's dictionary holds as one word (京广铁路/nz, 陇海铁路/nz, 青藏铁路/nz): its
    // stem of two or three initials names its ends; kinds (高速铁路, 电气化铁路) fail the initials
    const fused = fusedRailway(tokens[k], init, ctx);
    if (fused) {
      out.push(fused);
      continue;
    }
    if (k < 1 || !RAIL.has(tokens[k].text)) continue;
    // one word of two or three initials (京沪/高速, 雄商/高铁)
    const w = tokens[k - 1];
    // (jieba's j and x only: 新开工/nz and 中西/ns are words; a one-character word before it
    // would make it part of a longer word: 东/中西)
    const prior = tokens[k - 2];
    const joined = !!prior && prior.end === w.start && HAN1.test(prior.text);
    // (a conjunction or preposition jieba fused with the initials is no initial: 和川藏/x|铁路)
    const lead = w.tag === 'x' && w.text.length === 3 && /^[和与及至到对在向同]/.test(w.text) ? 1 : 0;
    const stem = w.text.slice(lead);
    if (w.end === tokens[k].start && stem.length >= 2 && stem.length <= 3 && /^(j|x)$/.test(w.tag) && !joined && Array.from(stem).every((c) => init.has(c)) && !ctx.isKnownName(stem) && !ctx.lex.notPlaces.has(stem + tokens[k].text)) {
      out.push({ start: w.start + lead, end: tokens[k].end, type: 'place', evidence: 'place-suffix', name: text.slice(w.start + lead, tokens[k].end) });
      continue;
    }
    // 兰张|三四|线|铁路: a pair of initials and the numbers of the lines added beside the first one
    // (or 银兰|二线/m|铁路: the number and 线 in one word)
    const numbered = w.text === '线' && !!prior && /^[一二三四五六七八九十]{1,2}$/.test(prior.text) && prior.end === w.start;
    const pair = numbered ? tokens[k - 3] : /^[一二三四五六七八九十]{1,2}线$/.test(w.text) ? prior : undefined;
    const after = numbered ? prior! : w;
    if (pair && pair.end === after.start && w.end === tokens[k].start && pair.text.length === 2 && /^(j|x)$/.test(pair.tag) && Array.from(pair.text).every((c) => init.has(c)) && !ctx.isKnownName(pair.text)) {
      out.push({ start: pair.start, end: tokens[k].end, type: 'place', evidence: 'place-suffix', name: text.slice(pair.start, tokens[k].end) });
      continue;
    }
    // 成渝|高速, 成渝|中线|高铁: a region named by its two cities' initials names the route between them
    const line = /^[东西南北中]线$/.test(w.text) && !!prior && prior.end === w.start;
    const region = line ? prior : w;
    if (region && region.end === (line ? w.start : tokens[k].start) && w.end === tokens[k].start && region.text.length === 2 && lex.places.get(region.text) === '区域' && Array.from(region.text).every((c) => init.has(c))) {
      const before = tokens[tokens.indexOf(region) - 1];
      if (!(before && before.end === region.start && HAN1.test(before.text) && !FUNCTION_TAG.test(before.tag))) {
        out.push({ start: region.start, end: tokens[k].end, type: 'place', evidence: 'place-suffix', name: text.slice(region.start, tokens[k].end) });
        continue;
      }
    }
    if (k < 2) continue;
    let j = k;
    while (k - j < 3 && initial(tokens[j - 1], tokens[j])) j--;
    // three initials only when the character before them is no initial too (a longer word)
    if (k - j === 3 && initial(tokens[j - 1], tokens[j])) continue;
    if (k - j < 2) continue;
    const a = tokens[j];
    // (天/q|陇/铁路: jieba reads some initials as measure words; the boundary check below still holds)
    if (FUNCTION_TAG.test(a.tag) && a.tag !== 'zg' && a.tag !== 'q') continue;
    // the character before must end a word of its own (建设/牡…), not be part of one
    const before = tokens[j - 1];
    if (before && before.end === a.start && HAN1.test(before.text) && !FUNCTION_TAG.test(before.tag)) continue;
    out.push({ start: a.start, end: tokens[k].end, type: 'place', evidence: 'place-suffix', name: text.slice(a.start, tokens[k].end) });
  }
}

/** Tags jieba gives the named railways of its dictionary (京广铁路/nz, 南疆铁路/nz, 北回铁路/ns). */
const FUSED_RAIL_TAG = /^(nz|ns|nt)$/;

/** 京广铁路, 陇海铁路: one word of jieba's, two or three place initials and a railway ending. */
function fusedRailway(t: Token, init: Set<string>, ctx: PatternContext): Candidate | undefined {
  if (!FUSED_RAIL_TAG.test(t.tag) || t.text.length < 4 || t.text.length > 5) return undefined;
  const end = ['铁路', '高铁'].find((e) => t.text.endsWith(e));
  if (!end) return undefined;
  const stem = t.text.slice(0, -end.length);
  if (!HAN.test(stem) || stem.length > 3 || !Array.from(stem).every((c) => init.has(c))) return undefined;
  if (ctx.lex.notPlaces.has(t.text) || ctx.lex.notPlaces.has(stem)) return undefined;
  return { start: t.start, end: t.end, type: 'place', evidence: 'place-suffix', name: t.text };
}

/**
 * 黔江至吉首高铁, 奉节至建始高速: both ends of a route are places, even where jieba takes a county's
 * short name for a verb (奉节/v); the railway after the second is no railway named after it.
 */
function routes(ctx: PatternContext, out: Candidate[]): void {
  const { text, tokens, gaz, lex } = ctx;
  const place = (t: Token | undefined) =>
    !!t && t.text.length >= 2 && !lex.notPlaces.has(t.text) && (ctx.isKnownName(t.text) || gaz.byCountyShort.has(t.text));
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k].text !== '至' && tokens[k].text !== '到') continue;
    const a = tokens[k - 1];
    const b = tokens[k + 1];
    if (a.end !== tokens[k].start || b.start !== tokens[k].end || !place(a) || !place(b)) continue;
    for (const t of [a, b]) {
      const full = gaz.byCountyShort.get(t.text)?.[0].name ?? t.text;
      out.push({ start: t.start, end: t.end, type: 'place', evidence: 'gazetteer', name: gaz.byName.has(t.text) ? t.text : full });
    }
    // drop 吉首高铁: the route's railway is named after both ends, not the second
    for (let i = out.length - 1; i >= 0; i--) if (out[i].start === b.start && out[i].end > b.end && out[i].evidence === 'place-suffix') out.splice(i, 1);
  }
  // 加卡至/x|邦达/机场: a route's start jieba fused with 至 into a new word, before a name of two
  // characters or more and a site's or a route's ending: the start is a place of its own
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    if (t.tag !== 'x' || t.text.length < 3 || t.text.length > 5 || !/[至到]$/.test(t.text) || !/^[\u4e00-\u9fff]+$/.test(t.text)) continue;
    const b = tokens[k + 1];
    const e = tokens[k + 2];
    if (b.start !== t.end || e.start !== b.end || b.text.length < 2 || !/^(ns|nr|nrt|nz|x)$/.test(b.tag) || !/^(机场|铁路|公路|高速|高铁|口岸|港)$/.test(e.text)) continue;
    const name = t.text.slice(0, -1);
    if (lex.notPlaces.has(name) || lex.sloganModifiers.has(name)) continue;
    out.push({ start: t.start, end: t.end - 1, type: 'place', evidence: 'place-suffix', name });
  }
}

/**
 * 支持红安、云梦创建…: counties' short names jieba does not tag as places (红安/nz, 云梦/nz) are
 * places when they stand in a list joined by 、 whose every member is a place.
 */
function coordinatedCounties({ tokens, gaz, lex, isKnownName }: PatternContext, out: Candidate[]): void {
  const member = (t: Token) => t.text.length >= 2 && HAN.test(t.text) && !lex.notPlaces.has(t.text) && !/^(v|vn|a|ad|d|c|p|r)$/.test(t.tag);
  const county = (t: Token) => member(t) && gaz.byCountyShort.has(t.text);
  const place = (t: Token) => member(t) && (county(t) || isKnownName(t.text));
  for (let k = 0; k < tokens.length; k++) {
    if (!place(tokens[k])) continue;
    // the list: place (、 place)+, each member one word standing between marks or list ends
    let e = k;
    while (tokens[e + 2] && tokens[e + 1].text === '、' && place(tokens[e + 2])) e += 2;
    if (e === k) continue;
    const next = tokens[e + 1];
    // the last member must end there (红安、云梦/创建), not start a longer name (…、云梦县)
    if (next && next.start === tokens[e].end && HAN.test(next.text) && next.text.length === 1) {
      k = e;
      continue;
    }
    for (let i = k; i <= e; i += 2) {
      const t = tokens[i];
      if (!isKnownName(t.text)) out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: gaz.byCountyShort.get(t.text)![0].name });
    }
    k = e;
  }
}

/** 永自高速荣昌段, 西成铁路甘肃段: the division a road's or a river's segment is named after. */
function segments({ tokens, gaz, lex, isKnownName }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k - 1];
    if (tokens[k].text !== '段' || t.end !== tokens[k].start || t.text.length < 2 || lex.notPlaces.has(t.text)) continue;
    const county = gaz.byCountyShort.get(t.text);
    if (!county && !isKnownName(t.text)) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: county && !isKnownName(t.text) ? county[0].name : t.text });
  }
}

/** 重庆站, 南京南站: a city's railway station, closed by a mark or a list word. */
function stations({ text, tokens, isKnownName }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // one word (南京站/nt)
    const one = /^(.{2,4}?)[东西南北]?站$/.exec(t.text);
    if (one && isKnownName(one[1])) {
      out.push({ start: t.start, end: t.end, type: 'place', evidence: 'place-suffix', name: t.text });
      continue;
    }
    if (k === 0) continue;
    const p = tokens[k - 1];
    if (!/^(东|西|南|北)?站$/.test(t.text) || p.end !== t.start || !isKnownName(p.text)) continue;
    // 站 as a word of its own after the city: only a one-character word after it (站/长) joins it
    const next = tokens[k + 1];
    // (a list word after it closes it: 郑州南站等)
    if (next && next.start === t.end && HAN1.test(next.text) && !/^(u|uj|c|p)$/.test(next.tag)) continue;
    // 甘肃站在新的起点上: the verb 站 (stand), not a station
    if (t.text === '站' && next && next.start === t.end && /^[在起上出到]$/.test(next.text)) continue;
    out.push({ start: p.start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(p.start, t.end) });
  }
}

/** 马克思列宁主义, 毛泽东思想: the persons known by their doctrines, inside the word jieba keeps. */
function doctrinePersons({ tokens, lex }: PatternContext, out: Candidate[]): void {
  for (const t of tokens) {
    // cultural figures only as a word of their own (妈祖/文化), never inside one
    if (lex.culturalPersons.has(t.text)) {
      out.push({ start: t.start, end: t.end, type: 'person', evidence: 'lexicon', name: t.text });
      continue;
    }
    if (t.text.length < 3) continue;
    for (const name of lex.knownPersons) {
      for (let at = t.text.indexOf(name); at >= 0; at = t.text.indexOf(name, at + name.length)) {
        out.push({ start: t.start + at, end: t.start + at + name.length, type: 'person', evidence: 'lexicon', name });
      }
    }
  }
}

/**
 * 郑商所, 中国邮政: jieba's organisation tag (nt) on a word that starts with a known name or a
 * place's one-character abbreviation and ends like an institution; nt alone names kinds (公立医院).
 */
function taggedOrganisations({ text, tokens, lex, gaz, isKnownName }: PatternContext, out: Candidate[]): void {
  const init = cityInitials(gaz, lex);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.tag !== 'nt' || !HAN.test(t.text) || t.text.length < 3 || lex.orgs.has(t.text) || isKnownName(t.text)) continue;
    // it must end like an institution (中国航天日, 中国化 and 中国家电 博览会 do not)
    if (!INSTITUTION_END.test(t.text)) continue;
    // 上海市政府/工作/报告: the genre, not the government
    if (tokens[k + 1]?.text === '工作' && tokens[k + 2]?.text === '报告') continue;
    const known = [2, 3, 4].some((L) => L < t.text.length && isKnownName(t.text.slice(0, L)));
    // exchanges by their city's initial (郑商所, 上交所); 中医院 and 新格局 only look like it
    const abbr = init.has(t.text[0]) && t.text.length === 3 && t.text.endsWith('所');
    if (known || abbr) out.push({ start: t.start, end: t.end, type: 'organization', evidence: 'org-suffix', name: text.slice(t.start, t.end) });
  }
}

/** 汉襄宜, 杭甬温, 哈长/沈大: unknown words (x) of 3–4 characters made only of city initials. */
/** What closes a list of pairs of city initials (许港、郑焦、郑新等产业带建设; 郑洛、郑许协同发展). */
const PAIR_LIST_END = /^(、[\u4e00-\u9fff]{2}){0,4}(等)?(产业带|协同|同城化|一体化|对口|联动)/;

function cityGroups(ctx: PatternContext, out: Candidate[]): void {
  const { text, tokens, lex, gaz } = ctx;
  const init = cityInitials(gaz, lex);
  const initials = (t: Token | undefined) => !!t && HAN.test(t.text) && Array.from(t.text).every((c) => init.has(c));
  // jieba's unknown words (x), abbreviations (j), and three-character words it takes for names
  // (苏锡常/nr, 宁镇扬/nr) when no dictionary knows them as one
  const ok = (t: Token | undefined) =>
    initials(t) && t!.text.length >= 2 && (t!.tag === 'x' || t!.tag === 'j' || (t!.text.length >= 3 && /^(nr|ns|nz)$/.test(t!.tag)));
  // a group starts with an unknown word of initials and may end in a one-character word (长株/潭)
  const more = (t: Token | undefined) => ok(t) || (initials(t) && t!.text.length === 1 && /^(n|ns|nr|j|ng)$/.test(t!.tag));
  for (let k = 0; k < tokens.length; k++) {
    if (!ok(tokens[k])) continue;
    let e = k;
    while (more(tokens[e + 1]) && tokens[e + 1].start === tokens[e].end && tokens[e + 1].end - tokens[k].start <= 4) e++;
    const s = tokens[k].start;
    const name = text.slice(s, tokens[e].end);
    // two characters are too often an ordinary abbreviation (外资, 科创); a known word is no group,
    // nor a slogan made of a verb or 新/大 and a place (富民兴陇, 新吉林, 大武汉)
    const slogan = SLOGAN_START.has(name[0]) || ctx.isKnownName(name.slice(1));
    // nor an idiom of directions (东西南北, 大江南北, 天山南北)
    const idiom = /南北|东西/.test(name);
    // a word jieba took for a name (苏锡常/nr; but also a person, 林海东/nr) needs a list or a
    // regional word beside it
    const named = /^(nr|ns|nz)$/.test(tokens[k].tag) && e === k;
    const after = text.slice(tokens[e].end, tokens[e].end + 3);
    const regional = text[s - 1] === '、' || /^(、|等|一体化|协同|融合|同城化|都市圈|城市群|经济圈|地区|区域|联动|城际)/.test(after);
    // two initials jieba did not know as a word (郑开/x, 龙粤/x) name a pair of cities only where
    // what follows speaks of two places working as one (郑开同城化, 龙粤对口合作, 许港…产业带)
    const pair = name.length === 2 && tokens[k].tag === 'x' && e === k && /^(同城化|协同|一体化|对口|产业带|联动)/.test(after.length < 3 ? after : text.slice(tokens[e].end, tokens[e].end + 3)) || (name.length === 2 && tokens[k].tag === 'x' && e === k && PAIR_LIST_END.test(text.slice(tokens[e].end, tokens[e].end + 24)) && (text[s - 1] === '、' || text[tokens[e].end] === '、'));
    if ((pair || (name.length >= 3 && name.length <= 4)) && !slogan && !idiom && (!named || regional) && !lex.notPlaces.has(name) && !ctx.isKnownName(name)) {
      out.push({ start: s, end: tokens[e].end, type: 'place', evidence: 'lexicon', name });
    }
    k = e;
  }
}

/**
 * 中国式现代化, 台湾同胞, 东盟国家: a known name inside one word, before 式, a word for its people or
 * 国家 (its member countries).
 */
function adjectivalPlaces({ tokens, isKnownName, lex }: PatternContext, out: Candidate[]): void {
  for (const t of tokens) {
    const m = /^(.{2,5}?)(式|同胞|籍|国家)$/.exec(t.text);
    if (!m || !isKnownName(m[1]) || lex.orgs.has(t.text)) continue;
    const org = lex.orgs.get(m[1]);
    if (m[2] === '国家' && !org) continue;
    out.push({ start: t.start, end: t.start + m[1].length, type: org ? 'organization' : 'place', evidence: 'lexicon', name: org ?? m[1] });
  }
}

/**
 * 大武汉, 大敦煌: 大 standing alone before a place's name is that place seen whole (one place; a
 * zone named after it runs on from there: 大敦煌文化旅游经济圈). Only after a boundary (a mark, a
 * verb, a preposition): 扩大 or 强大 is one word already, and 最大 or 巨大/武汉 are no such name.
 */
function greaterPlaces({ text, tokens, isKnownName, lex, gaz }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.text !== '大' || t.tag !== 'a') continue;
    const p = tokens[k + 1];
    if (p.start !== t.end || p.text.length < 2 || p.tag !== 'ns' || !(isKnownName(p.text) || gaz.byCountyShort.has(p.text)) || lex.notPlaces.has(p.text)) continue;
    const b = tokens[k - 1];
    if (b && b.end === t.start && HAN1.test(b.text[b.text.length - 1]) && !/^(v|vn|p|c)$/.test(b.tag)) continue;
    // (a one-character word glued after the name makes it part of another word)
    const n = tokens[k + 2];
    if (n && n.start === p.end && HAN1.test(n.text) && !/^(p|c|u|uj|v)$/.test(n.tag)) continue;
    out.push({ start: t.start, end: p.end, type: 'place', evidence: 'lexicon', name: text.slice(t.start, p.end) });
  }
}

/**
 * 辽河|口, 珠江|口: a river's name and 口 (its mouth), which jieba cuts apart and tags as a measure
 * word, name one place; a zone named after the mouth runs on from it (辽河口国家公园).
 */
function riverMouths({ text, tokens, isKnownName, lex }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const r = tokens[k];
    const m = tokens[k + 1];
    if (m.text !== '口' || m.start !== r.end || r.text.length < 2 || !/[江河]$/.test(r.text) || !HAN.test(r.text) || !(r.tag === 'ns' || isKnownName(r.text)) || lex.notPlaces.has(r.text)) continue;
    // (a one-character word after it makes another word: 河口/岸)
    const n = tokens[k + 2];
    if (n && n.start === m.end && HAN1.test(n.text) && !/^(p|c|u|uj)$/.test(n.tag)) continue;
    out.push({ start: r.start, end: m.end, type: 'place', evidence: 'lexicon', name: text.slice(r.start, m.end) });
  }
}

/** 对俄开放, 与美合作: a country's one-character abbreviation as a word of its own. */
function countryAbbreviations({ tokens }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const full = COUNTRY_ABBREVIATIONS[t.text];
    if (!full || !BEFORE_COUNTRY.has(tokens[k - 1].text) || tokens[k - 1].end !== t.start) continue;
    const next = tokens[k + 1];
    // what follows must not make the character part of a word jieba missed (对日常, 与非门)
    if (next && next.start === t.end && HAN1.test(next.text) && next.tag !== 'c') continue;
    if (next && next.start === t.end && /^(uj|ul|u)$/.test(next.tag)) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'lexicon', name: full });
  }
  // the same words jieba did not know and fused: 对非/x (对 and the abbreviation), 美欧/x (two
  // abbreviations: a pair of countries or continents, one place as 沪苏浙 is one region; not
  // 非美 市场, "markets other than the US")
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.tag !== 'x' || t.text.length < 2 || t.text.length > 3) continue;
    const next = tokens[k + 1];
    const free = !next || next.start !== t.end || !HAN1.test(next.text) || next.tag === 'c';
    if (t.text.length === 2 && BEFORE_COUNTRY.has(t.text[0]) && COUNTRY_ABBREVIATIONS[t.text[1]] && free) {
      out.push({ start: t.start + 1, end: t.end, type: 'place', evidence: 'lexicon', name: COUNTRY_ABBREVIATIONS[t.text[1]] });
    } else if (Array.from(t.text).every((c) => COUNTRY_ABBREVIATIONS[c] && !WORDY_ABBREVIATIONS.has(c)) && new Set(t.text).size === t.text.length && t.text[0] !== '非' && !(next && next.start === t.end && /^v/.test(next.tag))) {
      out.push({ start: t.start, end: t.end, type: 'place', evidence: 'lexicon', name: t.text });
    }
  }
}

/**
 * 长春/应化/所: a city, an unknown word and a one-character institute ending; 浏阳/蓝思/科技: a
 * county or city, an unknown word and a company ending (the place is its own mention there).
 */
function shortInstitutes({ text, tokens, isPlaceWord, lex }: PatternContext, out: Candidate[]): void {
  for (let k = 2; k < tokens.length; k++) {
    const place = tokens[k - 2];
    const word = tokens[k - 1];
    const end = tokens[k];
    if (place.end !== word.start || word.end !== end.start) continue;
    if (!isPlaceWord(place) || lex.notPlaces.has(place.text)) continue;
    if (word.tag !== 'x' || !HAN.test(word.text) || word.text.length < 2 || word.text.length > 3) continue;
    if (end.text === '所' || end.text === '院') {
      out.push({ start: place.start, end: end.end, type: 'organization', evidence: 'org-suffix', name: text.slice(place.start, end.end) });
    } else if (SHORT_COMPANY.has(end.text)) {
      // the ending must close the name: 浑南科技城 and 电子纸 go on
      const next = tokens[k + 1];
      if (next && next.start === end.end && HAN.test(next.text) && (next.tag.startsWith('n') || next.text.length === 1)) continue;
      out.push({ start: word.start, end: end.end, type: 'organization', evidence: 'org-suffix', name: text.slice(word.start, end.end) });
    }
  }
}
