/**
 * Names given their kind by the list they stand in: 赵口、陆浑、渠村等灌区 (three irrigation
 * districts), 金凤、嘉陵江、明月湖3个重庆实验室 (three laboratories, not a river and a lake).
 * A list of items joined by 、 ends in 等 or a count, then a word for a kind of place or
 * organisation (data/entity-kinds.ts); every item must look like a name (name-tagged or unknown
 * words, single characters jieba could not join, or a name already found), else the list is one
 * of common words (钢铁、石化、汽车等企业) and gives nothing.
 */
import type { Candidate, EntityType } from './entityTypes';
import type { SiteContext } from './entitiesSites';
import type { Token } from './types';
import { ENTERPRISE_LIST_END, ENTERPRISE_LIST_OPENERS, KIND_MODIFIERS, ORG_KINDS, PLACE_KINDS } from '../data/entity-kinds';

const HAN = /^[\u4e00-\u9fff]+$/;
const FUNCTION_TAG = /^(p|c|u|uj|ul|uz|ug|uv|ud|r|m|q|d|f|y|e|o|t|s)$/;
const NAME_TAG = /^(nr|nrt|nrfg|ns|nz|x|j|g|zg|eng)$/;
const COUNT = /^([0-9]+|[一二三四五六七八九十两]+)$/;

let kinds: { byText: Map<string, EntityType>; list: string[]; modifiers: string[] } | undefined;
function kindTable() {
  if (kinds) return kinds;
  const byText = new Map<string, EntityType>();
  for (const k of PLACE_KINDS) byText.set(k, 'place');
  for (const k of ORG_KINDS) byText.set(k, 'organization');
  const longest = (a: string, b: string) => b.length - a.length;
  return (kinds = { byText, list: [...byText.keys()].sort(longest), modifiers: [...KIND_MODIFIERS].sort(longest) });
}

/** The kind named right after a list's marker (等灌区, 3个省实验室, 3个重庆实验室), if any. */
function kindAfter(ctx: SiteContext, at: number): EntityType | undefined {
  const { list, byText, modifiers } = kindTable();
  let s = ctx.text.slice(at, at + 16).replace(/^([0-9]+|[一二三四五六七八九十两]+)?[个家所座条处项]/, '');
  for (let round = 0; round < 2; round++) {
    const kind = list.find((k) => s.startsWith(k));
    if (kind) return byText.get(kind);
    const mod = modifiers.find((m) => s.startsWith(m)) ?? [4, 3, 2].map((L) => s.slice(0, L)).find((x) => x.length >= 2 && ctx.isKnownName(x));
    if (!mod) return undefined;
    s = s.slice(mod.length);
  }
  return undefined;
}

/** Whether a token may be part of a list item that is a name. */
function itemToken(t: Token): boolean {
  if (!HAN.test(t.text) || FUNCTION_TAG.test(t.tag)) return false;
  // (jieba's j on a longer word is mostly an abbreviation of common words: 石化, 深化)
  return t.text.length === 1 ? t.tag !== 'v' && t.tag !== 'vn' : NAME_TAG.test(t.tag) && t.tag !== 'j';
}

/** Endings of institutions whose coordinated list may name them once (大青山、鄂尔多斯实验室). */
const SHARED_ORG_ENDING = /(实验室|研究院|大学|学院|医院)$/;

/**
 * 大青山、鄂尔多斯实验室: the items before an institution found with its ending, joined by 、
 * and looking like names, are institutions of the same kind named without it (labelling rule:
 * an elliptical member of a coordinated list of organisations).
 */
function ellipticalInstitutions(ctx: SiteContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  const ends = out.filter((c) => c.type === 'organization' && c.evidence === 'org-suffix' && SHARED_ORG_ENDING.test(c.name) && text[c.start - 1] === '、');
  if (!ends.length) return;
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const org of ends) {
    const first = tokenAt.get(org.start);
    if (first === undefined || first < 2) continue;
    const items: Array<{ start: number; end: number }> = [];
    let j = first - 2; // the token before 、
    for (;;) {
      const end = tokens[j + 1].start;
      let i = j;
      while (i >= 0 && tokens[i].text !== '、' && tokens[i].end === tokens[i + 1].start && itemToken(tokens[i]) && end - tokens[i].start <= 6) i--;
      if (i === j) break;
      items.unshift({ start: tokens[i + 1].start, end });
      if (i < 0 || tokens[i].text !== '、' || i < 1) {
        // the first item starts after a boundary: a mark, a verb or a function word (支持/大青山),
        // not inside a longer name (环湖医院天/塔院区)
        const stop = tokens[i];
        if (stop && stop.text !== '、' && HAN.test(stop.text) && !/^(v|vn|p|c|d|u|uj|ad)$/.test(stop.tag)) items.length = 0;
        break;
      }
      j = i - 1;
    }
    // every item a name of two characters or more; a list of common words or of divisions (北京、
    // 上海等地的大学) gives nothing
    const names = items.filter((it) => {
      const s = text.slice(it.start, it.end);
      return s.length >= 2 && !lex.notPlaces.has(s) && !lex.notPersons.has(s) && !lex.sloganModifiers.has(s) && !lex.titles.has(s) && !ctx.gaz.byName.has(s) && !ctx.gaz.byShortName.has(s);
    });
    if (!items.length || names.length !== items.length) continue;
    for (const it of items) out.push({ start: it.start, end: it.end, type: 'organization', evidence: 'coordination', name: text.slice(it.start, it.end) });
  }
}

const OPENERS = new Set(ENTERPRISE_LIST_OPENERS);
/** Tags of a common word: a list item that is one such word is an industry, not a company (钢铁、石化). */
const COMMON_TAG = /^(n|vn|v|a|ad|an|b|l|d|m|i|j|f|s|t|z)$/;

/**
 * 超聚变、中创智领、许继、平高等领军企业: companies listed by short names jieba cuts into odd
 * pieces (超/v 聚变/v, 许/m 继/v, 平/n 高等/b). Each item must look like a name: a name-tagged
 * or unknown word, a single character jieba could not join, or pieces that cross the item's
 * edge; a list with an item that is one common word (钢铁、石化、汽车等企业) gives nothing. The
 * first item is taken only after a verb that opens such lists (支持, 培育) or a mark.
 */
function enterpriseLists(ctx: SiteContext, out: Candidate[]): void {
  const { text, tokens, lex, gaz } = ctx;
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    if (!ENTERPRISE_LIST_END.test(text.slice(at, at + 12))) continue;
    const items: Array<{ start: number; end: number }> = [];
    let end = at;
    let ok = true;
    for (;;) {
      let s = end;
      while (s > 0 && HAN.test(text[s - 1]) && text[s - 1] !== '、') s--;
      if (s > 0 && text[s - 1] === '、') {
        if (end - s < 2 || end - s > 6) {
          ok = false;
          break;
        }
        items.unshift({ start: s, end });
        end = s - 1;
        continue;
      }
      // the first item: after an opening verb, or the whole run after a mark
      let first = end - s <= 6 ? s : -1;
      for (const t of tokens) if (t.start >= s && t.end <= end - 2 && OPENERS.has(t.text)) first = /[了着过]/.test(text[t.end]) ? t.end + 1 : t.end;
      if (first >= 0 && end - first >= 2 && end - first <= 6) items.unshift({ start: first, end });
      break;
    }
    if (!ok || items.length < 2) continue;
    const nameLike = (it: { start: number; end: number }): boolean => {
      const s = text.slice(it.start, it.end);
      if (lex.orgs.has(s)) return true;
      if (lex.notPlaces.has(s) || lex.notPersons.has(s) || lex.sloganModifiers.has(s) || lex.titles.has(s) || gaz.byName.has(s) || gaz.byShortName.has(s)) return false;
      const over = tokens.filter((t) => t.start < it.end && t.end > it.start);
      if (over.length === 1 && over[0].start === it.start && over[0].end === it.end) return !COMMON_TAG.test(over[0].tag);
      return over.some((t) => t.start < it.start || t.end > it.end || t.text.length === 1 || /^(x|nr|nrt|nz|ns|nt|eng)$/.test(t.tag));
    };
    if (!items.every(nameLike)) continue;
    for (const it of items) out.push({ start: it.start, end: it.end, type: 'organization', evidence: 'coordination', name: text.slice(it.start, it.end) });
  }
}

/**
 * Endings of sites a coordinated list may name once, on its last member (向海、莫莫格、哈泥保护区;
 * 白鹤滩、乌东德水电站): longest first.
 */
const SHARED_SITE_ENDINGS = ['自然保护区', '国家公园', '湿地公园', '森林公园', '保护区', '水电站', '水利枢纽', '片区', '水库', '灌区', '遗址', '机场', '港区'];

/**
 * 向海、莫莫格、哈泥保护区, 白鹤滩、乌东德水电站: names joined by 、 before a site's ending that
 * only the last one carries are sites of that kind each (labelling rule: elliptical members of a
 * coordinated list); the last member with the ending is one site. Every member must look like a
 * name (name-tagged or unknown words, two to six characters), the first after a boundary.
 */
function ellipticalSites(ctx: SiteContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  const nameLike = (s: string) => s.length >= 2 && !lex.notPlaces.has(s) && !lex.notPersons.has(s) && !lex.sloganModifiers.has(s) && !lex.titles.has(s);
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k];
    const ending = SHARED_SITE_ENDINGS.find((e) => text.startsWith(e, t.start));
    if (!ending || !tokens.some((x) => x.end === t.start + ending.length)) continue;
    // members right to left: the last one ends where the ending starts
    const items: Array<{ start: number; end: number }> = [];
    let j = k - 1;
    let ok = true;
    for (;;) {
      const end = tokens[j + 1].start;
      let i = j;
      while (i >= 0 && tokens[i].text !== '、' && tokens[i].end === tokens[i + 1].start && itemToken(tokens[i]) && end - tokens[i].start <= 6) i--;
      if (i === j || !nameLike(text.slice(tokens[i + 1].start, end))) {
        ok = false;
        break;
      }
      items.unshift({ start: tokens[i + 1].start, end });
      if (i < 1 || tokens[i].text !== '、') {
        // the first member starts after a boundary: a mark, a verb or a function word
        const stop = tokens[i];
        if (stop && HAN.test(stop.text) && stop.end === tokens[i + 1].start && !/^(v|vn|p|c|d|u|uj|ad)$/.test(stop.tag)) ok = false;
        break;
      }
      j = i - 1;
    }
    if (!ok || items.length < 2) continue;
    const last = items[items.length - 1];
    items.slice(0, -1).forEach((it) => out.push({ start: it.start, end: it.end, type: 'place', evidence: 'coordination', name: text.slice(it.start, it.end) }));
    out.push({ start: last.start, end: t.start + ending.length, type: 'place', evidence: 'place-suffix', name: text.slice(last.start, t.start + ending.length) });
  }
}

export function listCandidates(ctx: SiteContext, out: Candidate[]): void {
  ellipticalInstitutions(ctx, out);
  ellipticalSites(ctx, out);
  enterpriseLists(ctx, out);
  const { tokens, text, lex } = ctx;
  // candidates by end and tokens by start, built on the first list found (linear in the paragraph)
  let byEnd: Map<number, Candidate[]> | undefined;
  let tokenAt: Map<number, number> | undefined;
  const endingAt = (end: number): Candidate[] => {
    if (!byEnd) {
      byEnd = new Map();
      for (const c of out) if (c.evidence !== 'alias') byEnd.set(c.end, [...(byEnd.get(c.end) ?? []), c]);
    }
    return byEnd.get(end) ?? [];
  };
  const indexAt = (start: number): number => (tokenAt ??= new Map(tokens.map((t, i) => [t.start, i]))).get(start) ?? -1;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    // 等 may be fused to the last item's last word (云龙/湖等): that item must be a name found
    const fused = t.text.length > 1 && t.tag === 'x' && t.text.endsWith('等') && HAN.test(t.text) ? endingAt(t.end - 1).find((c) => c.start < t.start) : undefined;
    const marker = t.text === '等' || COUNT.test(t.text) || fused;
    if (!marker) continue;
    const type = kindAfter(ctx, t.end);
    if (!type) continue;
    // items right to left: [start, end) spans between 、 (the first one back to a boundary)
    const items: Array<{ start: number; end: number }> = [];
    let j = k - 1;
    let ok = true;
    if (fused) {
      items.push({ start: fused.start, end: fused.end });
      j = indexAt(fused.start) - 2;
      if (j < 0 || tokens[j + 1].text !== '、') continue;
    }
    for (;;) {
      const end = tokens[j + 1].start;
      const known = [...endingAt(end)].sort((a, b) => a.start - b.start)[0];
      let i = j;
      while (i >= 0 && tokens[i].text !== '、' && tokens[i].end === tokens[i + 1].start && (itemToken(tokens[i]) || (known && tokens[i].start >= known.start)) && end - tokens[i].start <= 8) i--;
      if (i === j) {
        ok = false;
        break;
      }
      const start = tokens[i + 1].start;
      items.unshift({ start, end });
      if (i < 0 || tokens[i].text !== '、') break;
      j = i - 1;
      if (j < 0) {
        ok = false;
        break;
      }
    }
    if (!ok || items.length < 2) continue;
    // a route between two places (白山至临江) is no item of one name: the list gives nothing
    if (items.some((it) => /[至到]/.test(text.slice(it.start, it.end)))) continue;
    const found: Array<Candidate | undefined> = items.map((it) => endingAt(it.end).find((c) => c.start === it.start));
    // an item that is a common word tagged as one (石化/j) or too short to be a name sinks the list
    const named = items.every((it, n) => {
      if (found[n]) return true;
      const s = text.slice(it.start, it.end);
      return s.length >= 2 && !lex.notPlaces.has(s) && !lex.notPersons.has(s) && !lex.sloganModifiers.has(s) && !lex.titles.has(s);
    });
    if (!named) continue;
    items.forEach((it, n) => {
      const f = found[n];
      // a known place standing for an organisation of the list's kind (长白山 for 长白山实验室)
      if (f && (f.type === type || f.type === 'person')) return;
      const name = text.slice(it.start, it.end);
      out.push({ start: it.start, end: it.end, type, evidence: 'coordination', name });
    });
  }
}
