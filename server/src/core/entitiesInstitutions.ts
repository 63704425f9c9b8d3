/**
 * Institutions the ending-based finders miss (entityCandidates' orgSuffixes needs a proper word
 * in the stem and stops at verbs):
 *
 * - a head that is no name, a topic and an ending (国家|工业|母机|创新|研究中心, 省|氢能|产业|
 *   研究院, 国际|深空|探测|学会): one body when the topic names something specific; a topic of
 *   generic words only (国家重点实验室, 国家技术创新中心, 省实验室) is a kind of body;
 * - a place, words jieba takes for verbs and an ending (江西省|知识产权|保护|中心); a city's
 *   designation as a centre (上海国际科技创新中心) is none;
 * - an organisation's seat in brackets (国家碳计量中心（福建）);
 * - a branch named after its parent and a name, a region or a kind (…医院|天塔|院区,
 *   …国家实验室|西北|创新|基地), or an institute or centre after its parent and its place
 *   (中国科学院|赣江|创新|研究院, 太行国家实验室|江西|创新|中心);
 * - research institutes known by their number after their city (株洲|608所: the city stays a
 *   mention of its own).
 * Data in data/entity-institutions.ts.
 */
import type { Candidate } from './entityTypes';
import type { PatternContext } from './entityPatterns';
import type { Token } from './types';
import { BRANCH_KIND_WORDS, BRANCH_UNITS, DESIGNATION_CENTRES, DESIGNATION_KINDS, DESIGNATION_VERBS, GENERIC_TOPICS, INSTITUTION_HEADS, INSTITUTION_VERBS, PLACE_INSTITUTION_ENDINGS } from '../data/entity-institutions';

const HAN = /^[\u4e00-\u9fff]+$/;
/** Tags of the words a topic is made of (nouns, names, abbreviations, jieba's new words). */
const TOPIC_TAG = /^(n|nz|nr|nrt|ns|nt|j|x|vn|l|ng|s|eng)$/;
const VERBS = new Set(INSTITUTION_VERBS);
/** Generic words and verbs, longest first, to strip from a topic (技术创新 = 技术 + 创新). */
const GENERIC_WORDS = [...new Set([...GENERIC_TOPICS, ...INSTITUTION_VERBS])].sort((a, b) => b.length - a.length);

/** Whether a topic names something specific: something is left once generic words and verbs are taken out. */
function specificTopic(topic: string): boolean {
  let rest = topic;
  for (const w of GENERIC_WORDS) if (rest.includes(w)) rest = rest.split(w).join('');
  return rest.replace(/[级型性式的和与及]/g, '').length > 0;
}
const PLACE_ENDINGS = new Set(PLACE_INSTITUTION_ENDINGS);
const ALL_ENDINGS = new Set([...Object.values(INSTITUTION_HEADS).flat(), ...PLACE_INSTITUTION_ENDINGS]);
const BRANCHES = new Set(BRANCH_UNITS);
const BRANCH_KINDS = new Set(BRANCH_KIND_WORDS);
/** Words before a head that make it a kind (各省, 每个国家, 3个国家…, 一批). */
const BEFORE_KIND = /^(各|每|全|该|本|外|兄弟|一批|多个|首批)$/;
const SOUGHT = new Set(DESIGNATION_VERBS);
const GENERIC_SET = new Set(GENERIC_TOPICS);

export function institutionCandidates(ctx: PatternContext, out: Candidate[]): void {
  namedInstitutions(ctx, out);
  seatsInBrackets(ctx, out);
  branchUnits(ctx, out);
  campuses(ctx, out);
  numberedInstitutes(ctx, out);
  companiesBeforeCapacity(ctx, out);
  cityCompanies(ctx, out);
}

/** Company endings after a city's name (白银|集团). */
const CITY_COMPANY_ENDINGS = new Set(['集团', '公司', '集团公司', '有限公司']);

/**
 * 白银|集团, 安康|公司: a city whose short name is a common word kept out of the place lexicons
 * (白银 silver, 来宾 guests) still names the company called after it, right before its ending.
 */
function cityCompanies({ text, tokens, lex, gaz }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const end = tokens[k + 1];
    if (t.text.length < 2 || !lex.notPlaces.has(t.text) || end.start !== t.end || !CITY_COMPANY_ENDINGS.has(end.text)) continue;
    // (the gazetteer's short names leave such words out: the city's full name must be one)
    if (!gaz.byName.has(`${t.text}市`)) continue;
    out.push({ start: t.start, end: end.end, type: 'organization', evidence: 'org-suffix', name: text.slice(t.start, end.end) });
  }
}

function topicToken(t: Token): boolean {
  // (an adjective only when it is a generic word of such names: 重大, 先进)
  return HAN.test(t.text) && (TOPIC_TAG.test(t.tag) || VERBS.has(t.text) || (/^(a|b)$/.test(t.tag) && GENERIC_SET.has(t.text)));
}

function namedInstitutions({ text, tokens, lex, isPlaceWord }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const end = tokens[k];
    if (!ALL_ENDINGS.has(end.text)) continue;
    let placeStart = -1;
    for (let j = k - 1; j >= 0 && tokens[j].end === tokens[j + 1].start && end.end - tokens[j].start <= 22; j--) {
      const t = tokens[j];
      const endings = INSTITUTION_HEADS[t.text];
      if (endings) {
        // the head governs the phrase: no shorter name inside it (国家|脑机接口|技术创新中心)
        placeStart = -1;
        if (endings.includes(end.text) && j < k - 1 && headStands(tokens, j, lex)) {
          const topic = text.slice(tokens[j + 1].start, end.start);
          const name = text.slice(t.start, end.end);
          const branch = branchAfter(tokens, k, isPlaceWord);
          if (branch > 0) {
            // a scheme's body and its branch where it lies (国家重大工程技术创新中心|林芝|基地)
            out.push({ start: t.start, end: branch, type: 'organization', evidence: 'org-suffix', name: text.slice(t.start, branch) });
            placeStart = -1;
          } else if (topic.length >= 2 && specificTopic(topic) && !DESIGNATION_KINDS.test(name) && !SOUGHT.has(tokens[j - 1]?.text ?? '') && !/[一二三四五六七八九十两]大|[0-9]/.test(topic)) {
            out.push({ start: t.start, end: end.end, type: 'organization', evidence: 'org-suffix', name });
          }
        }
        break;
      }
      // 重庆|信息|与|智慧医学|研究院: a conjunction joining two fields inside a research body's name
      const joins = (t.text === '与' || t.text === '和') && /^研究/.test(end.text) && j > 0 && j < k - 1 && topicToken(tokens[j - 1]) && topicToken(tokens[j + 1]);
      if ((!topicToken(t) && !joins) || lex.titles.has(t.text)) break;
      // a place or a name jieba tags as one (鸿蒙/nr) may start it
      if (t.text.length >= 2 && ((isPlaceWord(t) && !lex.notPlaces.has(t.text)) || (/^(nr|nz|x)$/.test(t.tag) && !lex.notPersons.has(t.text) && !SOUGHT.has(t.text)))) placeStart = j;
    }
    if (placeStart < 0 || !PLACE_ENDINGS.has(end.text)) continue;
    // from a place: only where a verb stopped the ending-based finder, and no designation
    const topic = tokens.slice(placeStart + 1, k);
    if (!topic.some((x) => (VERBS.has(x.text) && x.tag.startsWith('v') && x.tag !== 'vn') || x.text === '与' || x.text === '和') || !specificTopic(text.slice(topic[0].start, end.start))) continue;
    const name = text.slice(tokens[placeStart].start, end.end);
    if (DESIGNATION_CENTRES.test(name) || name.includes('国际')) continue;
    out.push({ start: tokens[placeStart].start, end: end.end, type: 'organization', evidence: 'org-suffix', name });
  }
}

/** End of a place and a branch ending right after token k (…中心|林芝|基地), or -1. */
function branchAfter(tokens: readonly Token[], k: number, isPlaceWord: (t: Token) => boolean): number {
  const place = tokens[k + 1];
  const unit = tokens[k + 2];
  if (!place || !unit || place.start !== tokens[k].end || unit.start !== place.end) return -1;
  return isPlaceWord(place) && place.text.length >= 2 && (unit.text === '基地' || unit.text === '分中心') ? unit.end : -1;
}

/** Whether the head word stands for one body's level (国家, 省), not a count or a kind (各省, 3个国家). */
function headStands(tokens: readonly Token[], j: number, lex: PatternContext['lex']): boolean {
  const prev = tokens[j - 1];
  if (!prev || prev.end !== tokens[j].start) return true;
  // a name right before the head makes it part of a longer name (太行|国家实验室, 金砖|国家, 长三角|国家技术创新中心)
  if ((HAN.test(prev.text) && /^(ns|nr|nrt|nz|nt|x|j|eng)$/.test(prev.tag)) || lex.orgs.has(prev.text + tokens[j].text)) return false;
  return !(prev.tag === 'm' || prev.tag === 'q' || prev.tag === 'r' || BEFORE_KIND.test(prev.text) || /[个家所批]$/.test(prev.text));
}

/** 国家碳计量中心（福建）: an organisation's seat named in brackets right after it. */
function seatsInBrackets({ text, isKnownName }: PatternContext, out: Candidate[]): void {
  for (const c of [...out]) {
    if (c.type !== 'organization' || c.evidence === 'alias' || text[c.end] !== '（') continue;
    const m = /^（([\u4e00-\u9fff]{2,8})）/.exec(text.slice(c.end, c.end + 12));
    // (or a place and the part of it: （四川天府）)
    if (!m || !(isKnownName(m[1]) || (m[1].length >= 4 && [2, 3].some((n) => m[1].length - n <= 3 && isKnownName(m[1].slice(0, n)))))) continue;
    const end = c.end + m[0].length;
    out.push({ start: c.start, end, type: 'organization', evidence: c.evidence, name: text.slice(c.start, end) });
  }
}

/** …医院|天塔|院区, …国家实验室|西北|创新|基地: a branch named after its parent and a name or a region. */
function branchUnits({ text, tokens, lex, isPlaceWord }: PatternContext, out: Candidate[]): void {
  const orgs = out.filter((c) => c.type === 'organization' && c.evidence !== 'alias' && c.evidence !== 'coordination');
  if (!orgs.length) return;
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const org of orgs) {
    const i = tokenAt.get(org.end);
    if (i === undefined) continue;
    const name = tokens[i];
    // 哈工大|先/研院: a body's short name and the short name of its institute
    const unitWord = text.slice(name.start, name.start + 4).match(/^[\u4e00-\u9fff]{1,2}研[院所]/)?.[0];
    if (unitWord && lex.orgs.has(text.slice(org.start, org.end)) && tokenEndsAt(tokens, name.start + unitWord.length)) {
      out.push({ start: org.start, end: name.start + unitWord.length, type: 'organization', evidence: 'org-suffix', name: text.slice(org.start, name.start + unitWord.length) });
      continue;
    }
    if (!HAN.test(name.text) || name.text.length < 2 || name.text.length > 3 || lex.notPlaces.has(name.text)) continue;
    // a region or a place (西北, 林芝), or a word jieba does not know (天塔)
    if (!(isPlaceWord(name) || /^(x|nz|nr|nrt|j)$/.test(name.tag))) continue;
    let k = i + 1;
    if (tokens[k] && tokens[k].start === tokens[k - 1].end && BRANCH_KINDS.has(tokens[k].text)) k++;
    const unit = tokens[k];
    if (!unit || unit.start !== tokens[k - 1].end || !BRANCHES.has(unit.text)) continue;
    // 基地 alone after a name is the body's project (山钢|日照|基地 is a branch, 创新|基地 a kind word)
    if (unit.text === '基地' && k === i + 1 && !isPlaceWord(name)) continue;
    // an institute or a centre named by its place after its parent (中国科学院|赣江|创新|研究院,
    // 太行国家实验室|江西|创新|中心): the place must be one, and 中心 needs its kind word (a body
    // and a place before a bare 中心 are as often the place's own centre)
    if ((unit.text === '研究院' || unit.text === '研究所' || unit.text === '中心') && (!isPlaceWord(name) || (unit.text === '中心' && k === i + 1))) continue;
    out.push({ start: org.start, end: unit.end, type: 'organization', evidence: 'org-suffix', name: text.slice(org.start, unit.end) });
  }
}

/** Endings of the bodies that have campuses (…医院|房山院区, …大学|延庆校区, 首儿所|通州院区). */
const CAMPUS_PARENTS = ['医院', '大学', '学院', '博物院', '研究院', '研究所', '所', '医学中心'];
/** Words before 院区 or 校区 that say which kind of campus, not which one (新院区, 老校区, 多院区). */
const CAMPUS_KINDS = /^[新老旧主分多各本东西南北中]$/;

/**
 * 宣武医院|房山|院区, 环湖医院|天塔|院区, 北方工业大学|延庆|校区: a body and the name of its campus
 * (one to four characters) before 院区 or 校区 make one organisation, matched on the text because
 * jieba cuts such names anywhere (天/塔院/区, 亦/庄院/区); the body's name runs back over name-like
 * words to a mark, a verb or a list word. A one-character name only as a direction (博物院|北|院区).
 */
function campuses({ text, tokens, lex }: PatternContext, out: Candidate[]): void {
  const re = /[院校]区/g;
  let tokenEnds: Map<number, number> | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const e = m.index;
    let nameStart = -1;
    let parent = '';
    for (let n = 1; n <= 4 && e - n > 0; n++) {
      const name = text.slice(e - n, e);
      if (!HAN.test(name) || /[的和与及等在]/.test(name)) break;
      parent = CAMPUS_PARENTS.find((p) => text.endsWith(p, e - n)) ?? '';
      if (!parent) continue;
      if (n === 1 ? !/^[东西南北]$/.test(name) : CAMPUS_KINDS.test(name[0]) && name.length === 2 && CAMPUS_KINDS.test(name[1])) break;
      nameStart = e - n;
      break;
    }
    if (nameStart < 0) continue;
    // (a one-character word after it makes another word)
    const after = text[e + 2];
    if (after && /[一-鿿]/.test(after) && !tokens.some((t) => t.start === e + 2 && (/^(v|p|c|u|uj|d)$/.test(t.tag) || t.text === '等' || t.text.length >= 2))) continue;
    // the body: an organisation found ending there, or name-like words back to a boundary
    const org = out.filter((c) => c.type === 'organization' && c.end === nameStart).sort((a, b) => a.start - b.start)[0];
    let start = org?.start;
    if (start === undefined) {
      if (!tokenEnds) tokenEnds = new Map(tokens.map((t, i) => [t.end, i]));
      const k = tokenEnds.get(nameStart);
      if (k === undefined) continue;
      let j = k;
      while (j > 0) {
        const p = tokens[j - 1];
        if (p.end !== tokens[j].start || !HAN.test(p.text) || nameStart - p.start > 14) break;
        if (/^(p|c|u|uj|ul|r|q|d|f|v|vn)$/.test(p.tag) || (p.tag === 'm' && !/^第/.test(p.text)) || lex.titles.has(p.text) || /[等和及与]$/.test(p.text)) break;
        j--;
      }
      start = tokens[j].start;
      // (the ending alone is no body's name: 医院|东院区 after a mark)
      if (nameStart - start <= parent.length) continue;
    }
    out.push({ start, end: e + 2, type: 'organization', evidence: 'org-suffix', name: text.slice(start, e + 2) });
  }
}

function tokenEndsAt(tokens: readonly Token[], offset: number): boolean {
  return tokens.some((t) => t.end === offset);
}

/**
 * 安/意/法|8英寸…, 芯/联|12英寸…: in project sentences a company jieba cannot segment (single
 * characters or an unknown word) right before the capacity of what it builds; after a mark or a
 * verb, never a known place or a count (准/东|3个).
 */
function companiesBeforeCapacity({ text, tokens, isKnownName, lex }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!/^[0-9]+(\.[0-9]+)?$/.test(tokens[k].text) || !CAPACITY.test(text.slice(tokens[k].end, tokens[k].end + 3))) continue;
    let j = k;
    while (j > 0 && k - j < 4 && tokens[j - 1].end === tokens[j].start && HAN.test(tokens[j - 1].text) && (tokens[j - 1].text.length === 1 ? !/^(p|c|u|uj|ul|d|r|m|q|f)$/.test(tokens[j - 1].tag) : /^(x|nz|nr)$/.test(tokens[j - 1].tag))) j--;
    if (j === k) continue;
    const start = tokens[j].start;
    const end = tokens[k].start;
    const name = text.slice(start, end);
    if (name.length < 2 || name.length > 4) continue;
    // made of pieces jieba could not join: at least two single characters or one unknown word
    const pieces = tokens.slice(j, k);
    if (!(pieces.filter((t) => t.text.length === 1).length >= 2 || pieces.some((t) => t.tag === 'x' && t.text.length >= 2))) continue;
    if (isKnownName(name) || lex.notPlaces.has(name) || lex.notPersons.has(name) || pieces.some((t) => isKnownName(t.text))) continue;
    // after a mark, a list word or a verb
    const before = tokens[j - 1];
    if (before && before.end === start && HAN.test(before.text) && !/^(v|vn|p|c|u|uj|d)$/.test(before.tag)) continue;
    out.push({ start, end, type: 'organization', evidence: 'org-suffix', name });
  }
}
/** Units of a plant's capacity (8英寸, 60万吨, 100万千瓦, 10GW). */
const CAPACITY = /^(英寸|万吨|吨|万千瓦|千瓦|兆瓦|吉瓦|GW|MW|万辆|万台|万套|万片|亿片|亿只)/;

/** 株洲|608所: a research institute known by its number, after its city (three digits; not a count of schools). */
function numberedInstitutes({ text, tokens, isPlaceWord }: PatternContext, out: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const place = tokens[k - 1];
    if (!isPlaceWord(place) || place.end !== tokens[k].start) continue;
    // (not a count of schools or hospitals: 西安120所学校)
    const m = /^[1-9][0-9]{2}所(?![学高中小医幼托养院校机单])/.exec(text.slice(tokens[k].start, tokens[k].start + 8));
    if (!m) continue;
    out.push({ start: tokens[k].start, end: tokens[k].start + m[0].length, type: 'organization', evidence: 'org-suffix', name: m[0] });
  }
}
