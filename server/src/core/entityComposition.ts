/**
 * Names composed of parts the other finders see apart (run after them, on their candidates):
 *
 * - a zone named after a chain of places, or after a place and a dash (武清|京津产业新城,
 *   天津滨海—|中关村科技园): the places before a zone found on its own belong to its name;
 * - a facility named after a place (长江|博物馆, 复兴|油田) or after a stem jieba does not know
 *   (大红柳滩|锂铍矿): a facility ending (data/entity-composition.ts) makes one place with it;
 * - routes and regions named by the initials of their cities (石雄铁路, 盐泰锡常宜高铁, 沈大经济
 *   走廊, 金白兰武): initials before a route word, initials listed beside a route (雄忻、石雄铁路),
 *   and three or more initials of cities of one province.
 *
 * Like every candidate these overlap others; the longest span wins in entities.ts.
 */
import type { Candidate } from './entityTypes';
import type { PatternContext } from './entityPatterns';
import { nameStemStart, verbInSeries } from './entitiesSites';
import { shortName, type Gazetteer } from './gazetteer';
import type { Token } from './types';
import { CITY_INITIAL_PROVINCES, FACILITY_ENDINGS, GENERIC_FIELD_STEMS, GENERIC_GROUP_STEMS, GENERIC_SITE_STEMS, INSTITUTION_ENDINGS, PRODUCT_WORDS, STRONG_SITE_ENDINGS, STREET_ENDINGS, INITIALS_ROUTE_WORDS, MINERAL_CHARS, PROVINCE_OF_ABBREVIATION, OWN_NAME_SITE_ENDINGS, GENERIC_OWN_SITE_STEMS, LINE_WORDS, TOWN_SITE_ENDINGS } from '../data/entity-composition';

const HAN = /^[\u4e00-\u9fff]+$/;
const HAN1 = /^[\u4e00-\u9fff]$/;
/** Tags of words that are never part of a name. */
const FUNCTION_TAG = /^(p|c|u|uj|ul|uz|ug|uv|ud|r|m|q|d|f|y|e|o|t|s)$/;
/** A division's full name with its level (江西省, 大庆市, 林甸县): it ends a chain of its own. */
const LEVEL_END = /[省市县区旗盟州乡镇村]$/;
const DASH = /^[—–-]+$/;
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** Directions: a run of them is a phrase (东中西, 南北), not city initials. */
const DIRECTIONS = /[东西南北中]/g;
const RAIL_LIST = ['铁路', '高铁', '城际', '城际铁路', '高速铁路', '高速', '高速公路'];
/** Kinds after 等 that a list of city initials names (郑焦、郑新等产业带, …等城际铁路). */
const LIST_KINDS = ['产业带', '经济带', '发展带', '走廊', '通道', '城际', '铁路', '高铁', '高速'];
const RAIL_WORDS = new Set(['铁路', '高铁', '城际', '城际铁路', '高速铁路', '高速', '高速公路']);

export function compositionCandidates(ctx: PatternContext, out: Candidate[]): void {
  initials(ctx, out);
  projectCompanies(ctx, out);
  facilities(ctx, out);
  placeChainsBeforeZones(ctx, out);
  countiesStartingItems(ctx, out);
  regionsBeforeLand(ctx, out);
  namesRunningFromPlaces(ctx, out);
  strongSites(ctx, out);
  countiesBeforeEarthquakes(ctx, out);
  routeCodes(ctx, out);
  countryCorridors(ctx, out);
  groupShortNames(ctx, out);
  ownNameSites(ctx, out);
  lines(ctx, out);
}

const genericOwnSiteStems = new Set(GENERIC_OWN_SITE_STEMS);
const DIRECTION1 = /^[东西南北]$/;

/**
 * 阜新|海州露天矿, 张掖|马蹄石窟群, 佛渡集装箱码头, 抚顺西露天矿: a site named by a name of its own
 * (OWN_NAME_SITE_ENDINGS). Its stem runs back over name-like words to a boundary; the words
 * after the last place in it are the site's name (the place is where it lies: two mentions, as
 * divisions in a row are); a place followed only by a direction is named with it; a place alone
 * before the ending is the name (海州露天矿).
 */
function ownNameSites(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!HAN.test(t.text) || !/[矿窟群头]$/.test(t.text)) continue;
    const ending = OWN_NAME_SITE_ENDINGS.find((e) => text.slice(t.end - e.length, t.end) === e);
    if (!ending) continue;
    let e0 = k;
    while (e0 > 0 && tokens[e0].start > t.end - ending.length) e0--;
    if (tokens[e0].start !== t.end - ending.length) continue;
    // (a one-character word after the ending makes another word)
    const next = tokens[k + 1];
    if (next && next.start === t.end && HAN1.test(next.text) && !FUNCTION_TAG.test(next.tag) && !/^[等和及与]$/.test(next.text)) continue;
    // the stem: name-like words back to a boundary, at most six characters
    let i = e0;
    while (i > 0) {
      const p = tokens[i - 1];
      if (p.end !== tokens[i].start || !HAN.test(p.text) || t.end - ending.length - p.start > 6) break;
      if (!/^(n|nr|ns|nz|nrt|x|j|ng|f)$/.test(p.tag) || genericOwnSiteStems.has(p.text) || lex.sloganModifiers.has(p.text) || lex.notPlaces.has(p.text)) break;
      if (p.tag === 'f' && !(DIRECTION1.test(p.text) && i - 1 > 0 && ctx.isPlaceWord(tokens[i - 2]))) break;
      i--;
    }
    if (i === e0) continue;
    // the word before the stem: a mark, a verb, a list word
    const before = tokens[i - 1];
    if (before && before.end === tokens[i].start && HAN.test(before.text) && !/^(v|vn|p|c|u|uj|d)$/.test(before.tag)) continue;
    // the site's name starts after the last place in the stem, unless nothing or a direction follows it
    let s = i;
    for (let j = e0 - 1; j >= i; j--) {
      if (!ctx.isPlaceWord(tokens[j]) || tokens[j].text.length < 2) continue;
      const rest = text.slice(tokens[j].end, tokens[e0].start);
      s = rest.length >= 2 ? j + 1 : j;
      // (a county's name alone names the site, 海州露天矿; a region's does not, 川渝|石窟)
      if (s === j && !rest && !ctx.gaz.byCountyShort.has(tokens[j].text)) s = -1;
      break;
    }
    if (s < 0) continue;
    const start = tokens[s].start;
    const stem = text.slice(start, tokens[e0].start);
    if (stem.length < 2 || genericOwnSiteStems.has(stem) || /[化性型]$/.test(stem)) continue;
    // (a region's name alone before the ending names a kind found there: 川渝|石窟)
    if (!ctx.gaz.byCountyShort.has(stem) && (ctx.isKnownName(stem) || out.some((c) => c.type === 'place' && c.start === start && c.end === tokens[e0].start))) continue;
    out.push({ start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(start, t.end) });
  }
}

const lineWords = [...LINE_WORDS].sort((a, b) => b.length - a.length);

/**
 * 梅山铁路|专用线, 中川机场|环线铁路, 北仑|支线: a line word right after a railway, an airport, a port
 * or a place found on its own names a line of its own, one place with it.
 */
function lines(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text } = ctx;
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  const places = out.filter((c) => c.type === 'place' && c.end - c.start >= 2 && startAt.has(c.end));
  for (const c of places) {
    const name = text.slice(c.start, c.end);
    // a railway, an airport or a port; or a place's own name (not a division with its level)
    if (!/(铁路|机场|港)$/.test(name) && (LEVEL_END.test(name) || !ctx.isKnownName(name) && !ctx.gaz.byCountyShort.has(name))) continue;
    const word = lineWords.find((w) => text.startsWith(w, c.end));
    if (!word) continue;
    const end = c.end + word.length;
    // on word boundaries, not followed by a character that makes another word
    const k = tokens.findIndex((t) => t.end === end);
    if (k < 0) continue;
    const next = tokens[k + 1];
    if (next && next.start === end && HAN1.test(next.text) && !FUNCTION_TAG.test(next.tag) && !/^[等和及与]$/.test(next.text)) continue;
    // (干线|支线, 天然气|支线: only after a name)
    out.push({ start: c.start, end, type: 'place', evidence: 'place-suffix', name: text.slice(c.start, end) });
  }
}

const genericGroups = new Set(GENERIC_GROUP_STEMS);

/**
 * 首旅集团, 酒钢集团: a two-character word standing alone before 集团 is the group's short name,
 * unless it says what kind of group it is (国资集团, 物流集团: data/entity-composition.ts).
 */
function groupShortNames(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  let startByEnd: Map<number, number> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const g = tokens[k];
    if (g.text !== '集团') continue;
    const w = tokens[k - 1];
    if (w.end !== g.start || w.text.length !== 2 || !HAN.test(w.text) || !/^(n|nz|j|x|nr|ns|nt)$/.test(w.tag) || genericGroups.has(w.text) || lex.notPlaces.has(w.text)) continue;
    // (a name found around it already: 北大荒集团; indexed once, not searched per word)
    if (!startByEnd) {
      startByEnd = new Map();
      for (const c of out) startByEnd.set(c.end, Math.min(c.start, startByEnd.get(c.end) ?? c.start));
    }
    if ((startByEnd.get(g.end) ?? Infinity) <= w.start) continue;
    // standing alone: a mark, a verb or a list word before it
    const b = tokens[k - 2];
    if (b && b.end === w.start && HAN.test(b.text) && !/^(v|vn|p|c|u|uj)$/.test(b.tag) && b.text !== '、') continue;
    out.push({ start: w.start, end: g.end, type: 'organization', evidence: 'org-suffix', name: text.slice(w.start, g.end) });
  }
}

/**
 * 陇原大地, 三晋大地: a region's traditional name before 大地 (the land of), which jieba may cut
 * through (陇/原大/地上); matched on the text, not on its words.
 */
function regionsBeforeLand(ctx: PatternContext, out: Candidate[]): void {
  const { text, lex } = ctx;
  let spans: Set<string> | undefined;
  for (let at = text.indexOf('大地'); at >= 0; at = text.indexOf('大地', at + 2)) {
    for (const L of [3, 2]) {
      const s = at - L;
      const name = text.slice(s, at);
      if (s < 0 || !lex.places.has(name)) continue;
      spans ??= new Set(out.map((c) => `${c.start}:${c.end}`));
      if (spans.has(`${s}:${at}`)) continue;
      out.push({ start: s, end: at, type: 'place', evidence: 'lexicon', name });
      break;
    }
  }
}

/** 定日地震: an earthquake is named after its county (jieba may take the county's short name for a noun). */
function countiesBeforeEarthquakes(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, gaz, lex } = ctx;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (next.text !== '地震' || next.start !== t.end || t.text.length < 2 || !gaz.byCountyShort.has(t.text) || lex.notPlaces.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: gaz.byCountyShort.get(t.text)![0].name });
  }
}

/**
 * 余姚井头山、温州朔门古港、仙居下汤遗址: in a list whose items start with a place, an item that
 * starts with a county's short name (jieba may take 仙居 for a noun) starts with that county too.
 */
function countiesStartingItems(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, gaz, lex } = ctx;
  const starts: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const prev = tokens[k - 1];
    if (!prev || prev.text === '、' || /[，。；：！？（]/.test(prev.text)) starts.push(k);
  }
  const placeStarts = new Set(out.filter((c) => c.type === 'place' && c.evidence !== 'coordination' && c.end - c.start >= 2).map((c) => c.start));
  const placeAt = (start: number) => placeStarts.has(start);
  for (let n = 0; n < starts.length; n++) {
    const k = starts[n];
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || next.start !== t.end || t.text.length < 2 || !HAN.test(t.text) || !gaz.byCountyShort.has(t.text) || lex.notPlaces.has(t.text) || placeAt(t.start)) continue;
    if (!/^(n|ns|nr|nz|x|j)$/.test(t.tag) || !HAN.test(next.text)) continue;
    // a neighbouring item of the same list (joined by 、) starts with a place
    const neighbour = [starts[n - 1], starts[n + 1]].filter((i): i is number => i !== undefined).some((i) => {
      const between = i < k ? tokens[k - 1] : tokens[i - 1];
      return between?.text === '、' && placeAt(tokens[i].start) && tokens[i].text.length >= 2;
    });
    if (neighbour) {
      out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: gaz.byCountyShort.get(t.text)![0].name });
      placeStarts.add(t.start);
    }
  }
}

/** A place named by a word of its own that may start a longer name (天津, 滨海, 武清, 京津). */
function isShortPlace(ctx: PatternContext, t: Token | undefined): boolean {
  if (!t || t.text.length < 2 || !HAN.test(t.text) || ctx.lex.notPlaces.has(t.text) || LEVEL_END.test(t.text)) return false;
  // (a known name, not jieba's ns alone: 广域/ns 武汉大都市圈)
  return ctx.isKnownName(t.text) || (ctx.gaz.byCountyShort.has(t.text) && /^(ns|nr|nrt|nz|x|j)$/.test(t.tag));
}

/**
 * 武清|京津产业新城, 天津滨海—|中关村科技园: short place names right before a zone found on its
 * own (or before a dash before it) are the start of its name. A division with its level (江西省)
 * or a list mark in between keeps them apart (南京、昆山…试验区; 大庆市|大同区).
 */
function placeChainsBeforeZones(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, gaz, lex } = ctx;
  const indexAt = new Map(tokens.map((t, i) => [t.start, i]));
  // zones only: a natural feature or a site after a place is a place of its own (呼和浩特|敕勒川草原)
  const zones = out.filter((c) => c.type === 'place' && c.evidence === 'place-suffix' && c.end - c.start >= 4 && !gaz.byName.has(c.name) && lex.zoneSuffixes.some((z) => z.length >= 2 && c.name.endsWith(z)));
  for (const z of zones) {
    const k = indexAt.get(z.start);
    if (k === undefined) continue;
    let s = k;
    for (let steps = 0; steps < 3 && s > 0; steps++) {
      const prev = tokens[s - 1];
      if (prev.end !== tokens[s].start) break;
      if (DASH.test(prev.text) && tokens[s - 2]?.end === prev.start) {
        // (天津滨海—: a place word jieba tags ns after a known place, though alone it is a common word)
        // (南宁—柳州—桂林经济走廊: a corridor named by cities in a row, each after its dash; a city's
        // short name ending in 州 is no division with its level here)
        const a = tokens[s - 2];
        const b = tokens[s - 3];
        if (isShortPlace(ctx, a) || (/州$/.test(a.text) && a.text.length >= 2 && gaz.byShortName.has(a.text) && !lex.notPlaces.has(a.text))) {
          s -= 2;
          continue;
        }
        if (steps === 0 && a.tag === 'ns' && a.text.length <= 3 && b && isShortPlace(ctx, b) && b.end === a.start) {
          s -= 3;
          continue;
        }
        break;
      }
      if (!isShortPlace(ctx, prev)) break;
      s--;
    }
    if (s === k) continue;
    // the word before must end a phrase of its own (not 新/天津…), nor be a slogan's modifier
    const before = tokens[s - 1];
    if (before && before.end === tokens[s].start && HAN1.test(before.text) && !FUNCTION_TAG.test(before.tag) && !/^(v|c|p)$/.test(before.tag)) continue;
    if (before && lex.sloganModifiers.has(before.text)) continue;
    const start = tokens[s].start;
    out.push({ start, end: z.end, type: 'place', evidence: 'place-suffix', name: text.slice(start, z.end) });
  }
}

let facilityEndings: string[] | undefined;
const streets = new Set(STREET_ENDINGS);
const facilitySet = new Set(FACILITY_ENDINGS);
const minerals = new Set(Array.from(MINERAL_CHARS));

/**
 * 长江|博物馆, 复兴|油田, 新民|大街, 大红柳滩|锂铍矿: a facility ending after a recognised place or
 * after a stem of name pieces (the same stems as natural features: entitiesSites.ts).
 */
function facilities(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  facilityEndings ??= [...FACILITY_ENDINGS].sort((a, b) => b.length - a.length);
  const placeByEnd = new Map<number, Candidate>();
  for (const c of out) if (c.type === 'place' && c.evidence !== 'coordination' && c.end - c.start >= 2 && !placeByEnd.has(c.end)) placeByEnd.set(c.end, c);
  const placeEndingAt = (end: number) => placeByEnd.get(end);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!HAN.test(t.text)) continue;
    let first = k;
    let ending = facilitySet.has(t.text) ? t.text : undefined;
    // a mine: minerals and 矿, in one word or two (铅锌矿, 锂铍/矿)
    if (!ending && t.text.endsWith('矿') && t.text.length <= 4 && Array.from(t.text.slice(0, -1)).every((c) => minerals.has(c))) {
      ending = t.text;
      if (t.text === '矿') {
        const m = tokens[k - 1];
        if (!m || m.end !== t.start || !Array.from(m.text).every((c) => minerals.has(c))) continue;
        first = k - 1;
      }
    }
    if (!ending && streets.has(t.text)) ending = t.text;
    if (!ending || first === 0) continue;
    const stemEnd = tokens[first].start;
    // a street: one noun before its ending is its name (新民/大街, 内环/北路), after a boundary or a city
    if (streets.has(ending)) {
      const p = tokens[first - 1];
      const b = tokens[first - 2];
      const stemOk = p.end === stemEnd && HAN.test(p.text) && p.text.length >= 2 && p.text.length <= 3 && /^(n|nz|ns|nr|x|j)$/.test(p.tag) && !lex.notPlaces.has(p.text) && !lex.sloganModifiers.has(p.text);
      const city = !!b && b.end === p.start && (ctx.isKnownName(b.text) || ctx.gaz.byCountyShort.has(b.text));
      const bounded = !b || b.end !== p.start || !HAN.test(b.text) || city || /^(v|p|c|u|uj)$/.test(b.tag);
      // (大道 after a common noun is a figure of speech: 康庄大道, 发展大道)
      if (stemOk && bounded && (ending !== '大道' || city || /^(nz|ns|x)$/.test(p.tag)) && !(ctx.isKnownName(p.text) && !city)) {
        out.push({ start: p.start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(p.start, t.end) });
      }
      continue;
    }
    // a one-character word right after the ending makes another word (大街/道)
    const next = tokens[k + 1];
    if (next && next.start === t.end && HAN1.test(next.text) && !FUNCTION_TAG.test(next.tag) && !/^[等和及与]$/.test(next.text)) continue;
    const place = placeEndingAt(stemEnd);
    let start: number | undefined;
    if (place && !lex.notPlaces.has(text.slice(place.start, place.end)) && !LEVEL_END.test(text.slice(place.start, place.end))) start = place.start;
    // museums and memorial halls are named after a topic as often as a place (楚文化博物馆): a place only
    else if (!/[馆院]$/.test(ending)) {
      const s = nameStemStart(ctx, first - 1, '', { maxChars: 6 });
      if (s >= 0) start = tokens[s].start;
      else if (ending.endsWith('矿') || ending.endsWith('田')) {
        // mines and fields: the mineral says what it is, the word before is its name (火烧云/铅锌矿)
        const p = tokens[first - 1];
        const b = tokens[first - 2];
        // (a common noun only before two minerals, 火烧云/铅锌矿; 智能化/煤矿 is a kind)
        // an oil or gas field is named by any word (大庆, 胜利/v, 复兴/a) but a kind (海上, 页岩)
        const nounOk = /^(nr|ns|nz|x|j)$/.test(p.tag) || (/^(n|a)$/.test(p.tag) && ending.length >= 3) || (ending.endsWith('田') && /^(n|a|v|vn)$/.test(p.tag) && !GENERIC_FIELD_STEMS.includes(p.text));
        // (智能化/nr 煤矿: an abstract noun names a kind)
        const ok = !/[化性型]$/.test(p.text) && p.end === stemEnd && HAN.test(p.text) && p.text.length >= 2 && p.text.length <= 4 && nounOk && !lex.notPlaces.has(p.text);
        const bounded = !b || b.end !== p.start || !HAN.test(b.text) || FUNCTION_TAG.test(b.tag) || /^(v|vn)$/.test(b.tag) && b.text.length >= 2;
        if (ok && bounded) start = p.start;
        // (大/红柳滩: an adjective's character jieba split from the name)
        else if (ok && b && b.end === p.start && HAN1.test(b.text) && b.tag === 'a') {
          const bb = tokens[first - 3];
          if (!bb || bb.end !== b.start || !HAN.test(bb.text)) start = b.start;
        }
      }
    }
    // (智能化/nr 煤矿, 现代化/港口: a stem ending in an abstract suffix names a kind)
    if (start === undefined || /[化性型]$/.test(text.slice(start, stemEnd))) continue;
    const name = text.slice(start, t.end);
    if (lex.notPlaces.has(name) || name.length < ending.length + 2) continue;
    out.push({ start, end: t.end, type: 'place', evidence: 'place-suffix', name });
  }
}

interface InitialsIndex {
  /** Provinces whose prefectures (or the province itself) a character can stand for. */
  provinces: Map<string, Set<string>>;
  /** Characters that start any division's short name down to counties (railways end in counties). */
  any: Set<string>;
}
let initialsIndex: InitialsIndex | undefined;
function initialsOf(gaz: Gazetteer): InitialsIndex {
  if (initialsIndex) return initialsIndex;
  const provinces = new Map<string, Set<string>>();
  const add = (c: string, p: string) => {
    const set = provinces.get(c) ?? new Set<string>();
    set.add(p);
    provinces.set(c, set);
  };
  // (from full names: short names that are common words, 白银, are not in byShortName)
  // (a municipality's districts are no cities: 门头沟 and 大兴 would make 北大门 a group)
  for (const ds of gaz.byName.values()) {
    for (const d of ds) {
      if (d.level === 1 && d.parent && !MUNICIPALITIES.has(d.parent.name)) add(shortName(d.name)[0], d.parent.name);
      if (d.level === 0) add(shortName(d.name)[0], d.name);
    }
  }
  const provinceByShort = new Map<string, string>();
  for (const ds of gaz.byShortName.values()) for (const d of ds) if (d.level === 0) provinceByShort.set(d.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''), d.name);
  for (const [c, p] of Object.entries({ ...PROVINCE_OF_ABBREVIATION, ...CITY_INITIAL_PROVINCES })) add(c, provinceByShort.get(p) ?? p);
  const any = new Set<string>(provinces.keys());
  for (const short of gaz.byCountyShort.keys()) any.add(short[0]);
  return (initialsIndex = { provinces, any });
}

/** Whether a token is a piece of a run of initials: one character, or an unknown word of them. */
function initialsPiece(ctx: PatternContext, t: Token | undefined, chars: Set<string> | Map<string, unknown>): t is Token {
  // (cheap tests first: this runs on every word)
  if (!t || t.text.length > 3 || !chars.has(t.text[0]) || !HAN.test(t.text)) return false;
  if (t.text.length > 1 && (!Array.from(t.text).every((c) => chars.has(c)) || ctx.isKnownName(t.text))) return false;
  // (a word jieba knows is none: 深水/n 航道, 新开工/nz 高速公路)
  return t.text.length === 1 ? !/^(p|c|u|uj|ul|uz|ug|uv|ud|r|m|q|y|e|o)$/.test(t.tag) : /^(x|j)$/.test(t.tag) || (t.text.length === 2 && t.tag === 'nr');
}

/** Whether the cities of a run of initials can all lie in one province (金白兰武: 甘肃). */
function oneProvince(run: string, idx: InitialsIndex): boolean {
  const sets = Array.from(run, (c) => idx.provinces.get(c));
  if (sets.some((x) => !x)) return false;
  for (const p of sets[0]!) if (sets.every((x) => x!.has(p))) return true;
  return false;
}

const routeWords = [...INITIALS_ROUTE_WORDS].sort((a, b) => b.length - a.length);

function initials(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex, gaz } = ctx;
  const idx = initialsOf(gaz);
  const isBoundary = (t: Token | undefined, next: Token) => !t || t.end !== next.start || !HAN.test(t.text) || FUNCTION_TAG.test(t.tag) || (t.text.length >= 2 && /^(v|vn|a|ad|l|i)$/.test(t.tag));
  const found: Array<{ start: number; end: number }> = [];
  const push = (start: number, end: number) => {
    const name = text.slice(start, end);
    if (lex.notPlaces.has(name) || ctx.isKnownName(name) || lex.sloganModifiers.has(name)) return;
    out.push({ start, end, type: 'place', evidence: 'place-suffix', name });
    found.push({ start, end });
  };
  for (let k = 0; k < tokens.length; k++) {
    if (!initialsPiece(ctx, tokens[k], idx.any)) continue;
    if (!isBoundary(tokens[k - 1], tokens[k])) continue;
    // the longest run of pieces from here, up to five characters
    let e = k;
    while (initialsPiece(ctx, tokens[e + 1], idx.any) && tokens[e + 1].start === tokens[e].end && tokens[e + 1].end - tokens[k].start <= 5) e++;
    const start = tokens[k].start;
    if (tokens[e].end - start < 2) continue;
    const run = text.slice(start, tokens[e].end);
    if ((run.match(DIRECTIONS)?.length ?? 0) >= 2) {
      k = e;
      continue;
    }
    const after = tokens[e + 1];
    const rest = text.slice(tokens[e].end, tokens[e].end + 6);
    const route = routeWords.find((w) => rest.startsWith(w) && (!after || after.start !== tokens[e].end || after.text === w || w.startsWith(after.text)));
    if (route && RAIL_WORDS.has(route) && run.length >= 2) {
      // 石雄铁路, 盐泰锡常宜高铁: the route's name takes the initials
      push(start, tokens[e].end + route.length);
    } else if (route && run.length <= 4 && Array.from(run).every((c) => idx.provinces.has(c))) {
      // 沈大经济走廊: a corridor or waterway named by city initials is one place
      push(start, tokens[e].end + route.length);
    } else if (run.length >= 3 && oneProvince(run, idx) && (!after || after.start !== tokens[e].end || !HAN1.test(after.text) || FUNCTION_TAG.test(after.tag))) {
      // 金白兰武, 平漯周: three or more initials of one province's cities name a region
      push(start, tokens[e].end);
    }
    k = e;
  }
  // 郑焦、郑新等产业带: a list of city initials before 等 and a belt, a corridor or a route word;
  // each item two to four characters of cities of one province (a pair says little alone)
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].text !== '等' || !LIST_KINDS.some((w) => text.startsWith(w, tokens[k].end))) continue;
    let end = tokens[k].start;
    for (let n = 0; n < 6; n++) {
      const i = tokens.findIndex((t) => t.end === end);
      if (i < 0) break;
      let j = i;
      while (j > 0 && tokens[j - 1].end === tokens[j].start && HAN.test(tokens[j - 1].text) && tokens[j - 1].text !== '、' && end - tokens[j - 1].start <= 4) j--;
      const s = tokens[j].start;
      const run = text.slice(s, end);
      const prev = tokens[j - 1];
      const listed = !prev || prev.end !== s || prev.text === '、' || !HAN.test(prev.text) || /^(v|vn|p|c)$/.test(prev.tag);
      if (!listed || run.length < 2 || !HAN.test(run)) break;
      if (!out.some((c) => c.type === 'place' && c.start === s && c.end === end) && oneProvince(run, idx) && (run.match(DIRECTIONS)?.length ?? 0) < 2) push(s, end);
      if (prev?.text !== '、') break;
      end = prev.start;
    }
  }
  // 呼南高铁|襄荆段, …高铁|武宜段: a section of a railway named by the initials of its two end
  // cities, matched on the text (jieba fuses 段 with them: 武宜段/x, 襄/荆段)
  for (const c of out.filter((x) => x.type === 'place' && RAIL_LIST.some((w) => x.name.endsWith(w)))) {
    const pair = text.slice(c.end, c.end + 2);
    if (text[c.end + 2] !== '段' || !HAN.test(pair) || !Array.from(pair).every((ch) => idx.any.has(ch)) || (pair.match(DIRECTIONS)?.length ?? 0) >= 2) continue;
    if (!found.some((f) => f.start === c.end && f.end === c.end + 2)) push(c.end, c.end + 2);
  }
  // 雄忻、石雄铁路; 北沿江、通苏嘉甬、盐泰锡常宜高铁: runs of initials listed before a route
  const routes = out.filter((c) => c.type === 'place' && RAIL_LIST.some((w) => c.name.endsWith(w)));
  if (routes.length === 0) return;
  const indexByEnd = new Map(tokens.map((t, i) => [t.end, i]));
  for (const r of routes) {
    let end = r.start;
    for (let n = 0; n < 4; n++) {
      if (text[end - 1] !== '、') break;
      const itemEnd = end - 1;
      let i = indexByEnd.get(itemEnd) ?? -1;
      if (i < 0) break;
      const last = i;
      while (i > 0 && initialsPiece(ctx, tokens[i - 1], idx.any) && tokens[i - 1].end === tokens[i].start && itemEnd - tokens[i - 1].start <= 5) i--;
      if (!initialsPiece(ctx, tokens[i], idx.any) || !initialsPiece(ctx, tokens[last], idx.any)) break;
      const s = tokens[i].start;
      if (itemEnd - s < 2 || !isBoundary(tokens[i - 1], tokens[i])) break;
      if (!found.some((f) => f.start === s && f.end === itemEnd)) push(s, itemEnd);
      end = s;
    }
  }
}

const products = new Set(PRODUCT_WORDS);

/**
 * 杭州|海康|机器人、丽水|富乐德|传感技术等项目: in a sentence about projects, a word jieba does not
 * know (or tags as a name) between a city that starts a list item and a product or industry is
 * the company the project belongs to (as 长沙|宁乡|圣钘科技 in the labelling rules).
 */
function projectCompanies(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex, gaz } = ctx;
  let sentences: Array<[number, number]> | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const city = tokens[k];
    const w = tokens[k + 1];
    if (w.start !== city.end || w.text.length < 2 || w.text.length > 4 || !/^(x|nz|ns|nr|nrt)$/.test(w.tag) || !HAN.test(w.text)) continue;
    if (city.text.length < 2 || !(ctx.isKnownName(city.text) || gaz.byCountyShort.has(city.text)) || lex.notPlaces.has(city.text)) continue;
    if (ctx.isKnownName(w.text) || gaz.byCountyShort.has(w.text) || gaz.byName.has(w.text) || lex.notPlaces.has(w.text) || lex.notPersons.has(w.text) || lex.sloganModifiers.has(w.text) || LEVEL_END.test(w.text)) continue;
    // a product right after it (or after one more word: 微腔/电子/纸)
    const p1 = tokens[k + 2];
    const p2 = tokens[k + 3];
    const isProduct = (t: Token | undefined, prev: Token) => !!t && t.start === prev.end && (products.has(t.text) || [...products].some((x) => x.length >= 2 && t.text.startsWith(x)));
    if (!isProduct(p1, w) && !(p1.start === w.end && /^n/.test(p1.tag) && isProduct(p2, p1))) continue;
    // the city starts a list item: a mark, a verb or a list word before it
    const before = tokens[k - 1];
    if (before && before.end === city.start && HAN.test(before.text) && !/^(v|vn|p|c)$/.test(before.tag) && before.text !== '、') continue;
    // …in a sentence about projects (sentences indexed once: a long line has many items)
    sentences ??= projectSentences(text);
    if (!sentences.some(([a, b]) => a <= city.start && city.end <= b)) continue;
    out.push({ start: w.start, end: w.end, type: 'organization', evidence: 'org-suffix', name: w.text });
  }
}

/** Verbs that say what is done to a name, never inside one (建设 重庆…研究院). */
const PREDICATES = new Set(['建设', '推进', '加快', '打造', '实施', '开展', '提升', '创建', '支持', '推动', '建成', '组建', '设立', '成立', '获批', '入选', '争创', '引进', '依托', '围绕', '落户', '签约', '投用', '开工', '启动', '完成', '深化', '新建', '扩建', '升级', '形成', '成为',
  // (verbs of pace and strength that reports put before a site: 加速|未来科学城)
  '加速', '加强', '强化', '优化', '聚焦', '壮大', '培育', '提速']);
const institutions = [...INSTITUTION_ENDINGS].sort((a, b) => b.length - a.length);

/**
 * 重庆|通用人工智能研究院, 上海|大歌剧院, 石家庄|国际陆港: an institution's or a facility's name
 * runs from the place that starts it over up to four words of any kind (jieba takes 通用, 制造, 创新
 * for verbs) to its ending; an institution is an organisation, a facility a place.
 */
function namesRunningFromPlaces(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  facilityEndings ??= [...FACILITY_ENDINGS].sort((a, b) => b.length - a.length);
  const indexAt = new Map(tokens.map((t, i) => [t.start, i]));
  const places = out.filter((c) => c.type === 'place' && /^(gazetteer|short-name|lexicon|jieba)$/.test(c.evidence) && c.end - c.start >= 2);
  for (const p of places) {
    let k = indexAt.get(p.end);
    const first = indexAt.get(p.start);
    if (k === undefined || first === undefined) continue;
    // (3个重庆实验室: counted, a kind; 美丽中国…: a slogan)
    const before = tokens[first - 1];
    if (before && before.end === p.start && ((lex.sloganModifiers.has(before.text) && !verbInSeries(tokens, first - 1)) || before.tag === 'q' || before.tag === 'm' || /^[个家所批座项条处]$/.test(before.text))) continue;
    // (中国—吉尔吉斯斯坦…联合实验室: a joint name starts before the dash; see jointCentres)
    // (one dash between names; a pair ——, a punctuation mark, is no join)
    if (DASH.test(text[p.start - 1] ?? '') && HAN.test(text[p.start - 2] ?? '')) continue;
    // (扬州|中国大运河博物馆: a second place right after the first starts the name itself)
    if (tokens[k] && ctx.isKnownName(tokens[k].text)) continue;
    let verbs = false;
    for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
      const t = tokens[k];
      if (t.start !== (n === 0 ? p.end : tokens[k - 1].end) || !HAN.test(t.text) || t.end - p.end > 14) break;
      if (/^(p|c|u|uj|ul|uz|ud|r|m|q|d|f|y)$/.test(t.tag) || PREDICATES.has(t.text) || lex.titles.has(t.text) || /[等和及与]$/.test(t.text)) break;
      if (t.tag.startsWith('v') && t.tag !== 'vn') verbs = true;
      // (the ending may span words: 科技/大/市场)
      // (馆 only as a word of its own: 版本/馆; 博物馆 is a facility, see FACILITY_ENDINGS)
      const inst = institutions.find((e) => (t.text.endsWith(e) && (t.text === e || (t.text.length <= e.length + 2 && e !== '馆'))) || (e.length > t.text.length && t.end - e.length >= p.end && indexAt.has(t.end - e.length) && text.slice(t.end - e.length, t.end) === e));
      // (a facility's name holds no verb: 鄂州|申建|空港; streets keep their city apart: 长春|新民大街)
      const facility = verbs || streets.has(t.text) ? undefined : facilityEndings.find((e) => e.length >= 2 && (t.text === e || (e.length > t.text.length && t.end - e.length > p.end && indexAt.has(t.end - e.length) && text.slice(t.end - e.length, t.end) === e)));
      if (!inst && !facility) continue;
      // (a one-character word after it makes another word: 大学/生)
      const next = tokens[k + 1];
      if (next && next.start === t.end && HAN1.test(next.text) && !/^(p|c|u|uj|v|d)$/.test(next.tag) && !/^[等和及与]$/.test(next.text)) break;
      // nothing between the place and the ending: the other finders name it (长江博物馆)
      if (n === 0 && !inst) break;
      const name = text.slice(p.start, t.end);
      if (lex.notPlaces.has(name) || lex.notPersons.has(name)) break;
      out.push({ start: p.start, end: t.end, type: inst ? 'organization' : 'place', evidence: inst ? 'org-suffix' : 'place-suffix', name });
      break;
    }
  }
}

const strongEndings = [...STRONG_SITE_ENDINGS, ...TOWN_SITE_ENDINGS].sort((a, b) => b.length - a.length);
/** The last two characters of each ending: most words are turned away on one lookup. */
const strongLast = new Set(strongEndings.map((e) => e.slice(-2)));
const townEndings = new Set(TOWN_SITE_ENDINGS);
const genericSiteStems = new Set(GENERIC_SITE_STEMS);

/**
 * 中皋水库, 官路水库, 董家口港区, 西海岸新区, 盛乐国际机场: a stem of two or three characters
 * before an ending only named sites have, after a boundary (a mark, a verb, a list word, or a place
 * the site lies in: 南京|江北新区), in whatever pieces jieba left it.
 */
function strongSites(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  const startsAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!strongLast.has(text.slice(t.end - 2, t.end)) || !HAN.test(t.text)) continue;
    const ending = strongEndings.find((e) => text.slice(t.end - e.length, t.end) === e && startsAt.has(t.end - e.length));
    if (!ending) continue;
    const endStart = t.end - ending.length;
    const e0 = startsAt.get(endStart)!;
    // (a one-character word after the ending makes another word: 机场/路)
    const next = tokens[k + 1];
    if (next && next.start === t.end && HAN1.test(next.text) && !FUNCTION_TAG.test(next.tag) && !/^[等和及与]$/.test(next.text)) continue;
    // the stem: pieces back to a boundary, two or three characters (four before a town's ending,
    // a verb jieba read in its name included: 天开/v|高教科创园)
    const town = townEndings.has(ending);
    let i = e0;
    while (i > 0) {
      const p = tokens[i - 1];
      if (p.end !== tokens[i].start || !HAN.test(p.text) || endStart - p.start > (town ? 4 : 3)) break;
      if (/^(p|c|u|uj|ul|uz|ud|r|m|q|d|y|e|o)$/.test(p.tag) && p.tag !== 'f') break;
      if (p.text.length >= 2 && /^(v|vd|vn|ad)$/.test(p.tag) && !(town && !PREDICATES.has(p.text) && !lex.sloganModifiers.has(p.text))) break;
      if (p.text.length >= 2 && ctx.isKnownName(p.text) && i < e0) break;
      i--;
    }
    if (i === e0 || endStart - tokens[i].start < 2) continue;
    const stem = text.slice(tokens[i].start, endStart);
    if (genericSiteStems.has(stem) || lex.notPlaces.has(stem) || lex.sloganModifiers.has(stem) || /^[一二三四五六七八九十两几多新老大小各]/.test(stem) && stem.length === 2 && genericSiteStems.has(stem.slice(1))) continue;
    if (Array.from(stem).some((c) => /[的之和与及等在对把被从向]/.test(c))) continue;
    // the word before: a mark, a verb, a list word, or a place (南京|江北新区)
    const before = tokens[i - 1];
    const bounded = !before || before.end !== tokens[i].start || !HAN.test(before.text) || /^(v|vn|p|c|u|uj)$/.test(before.tag) || (before.text.length >= 2 && (ctx.isKnownName(before.text) || ctx.gaz.byCountyShort.has(before.text)));
    if (!bounded) continue;
    out.push({ start: tokens[i].start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(tokens[i].start, t.end) });
  }
}

/** Zone and route words after a route's code (G60科创走廊, G109国道). */
const AFTER_CODE = ['科创走廊', '走廊', '国道', '省道', '高速公路', '高速', '线'];

/**
 * G109, S21, G60科创走廊: national (G) and provincial (S) road codes name one road, and a zone
 * named after one (科创走廊) takes the code into its name.
 */
function routeCodes(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^[GS][0-9]{1,4}$/.test(t.text)) continue;
    // (a letter or digit glued on makes another code: G60A, 5G)
    if (/[A-Za-z0-9]/.test(text[t.start - 1] ?? '') || /[A-Za-z0-9]/.test(text[t.end] ?? '')) continue;
    const rest = text.slice(t.end, t.end + 5);
    const after = AFTER_CODE.find((w) => rest.startsWith(w));
    const end = t.end + (after?.length ?? 0);
    out.push({ start: t.start, end, type: 'place', evidence: 'place-suffix', name: text.slice(t.start, end) });
  }
}

/** One-character names of countries that name corridors and railways with 中 (中蒙俄, 中吉乌, 中巴). */
const COUNTRY_INITIALS = new Set(Array.from('中蒙俄吉乌哈巴老越缅泰欧亚尼塔土'));

/** 中蒙俄经济走廊, 中吉乌铁路: countries' initials, 中 among them, before a route word. */
function countryCorridors(ctx: PatternContext, out: Candidate[]): void {
  const { tokens, text } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!HAN.test(t.text) || t.text[0] !== '中' || !Array.from(t.text).every((c) => COUNTRY_INITIALS.has(c))) continue;
    let e = k;
    while (tokens[e + 1] && tokens[e + 1].start === tokens[e].end && tokens[e + 1].text.length === 1 && COUNTRY_INITIALS.has(tokens[e + 1].text) && tokens[e + 1].end - t.start <= 4) e++;
    const run = text.slice(t.start, tokens[e].end);
    if (run.length < 2 || run.length > 4) continue;
    const rest = text.slice(tokens[e].end, tokens[e].end + 6);
    // (not 公路: 中欧公路直达运输 is a kind of transport)
    const route = ['经济走廊', '铁路', '走廊'].find((w) => rest.startsWith(w));
    if (!route) continue;
    const end = tokens[e].end + route.length;
    out.push({ start: t.start, end, type: 'place', evidence: 'place-suffix', name: text.slice(t.start, end) });
    k = e;
  }
}

/** The [start, end) spans of a paragraph's sentences that mention 项目. */
function projectSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。；！？\n]/.test(text[i])) {
      if (text.slice(start, i).includes('项目')) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}
