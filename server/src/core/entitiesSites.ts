/**
 * Natural features and sites jieba does not know (多伦湖, 莫尔格勒河, 涠洲岛, 瓦石峡水库, 察汗淖尔):
 * an ending kept as data (place-features.ts) and, before it, a stem made of the pieces jieba
 * leaves when it meets an unknown name — name-tagged or unknown words, single characters it could
 * not join — back to where the name starts: a boundary (a mark, a verb, a function word) or a
 * division named before it (锡林郭勒|多伦湖 and 北海|涠洲岛 are two places each).
 *
 * Precision comes from the stem: common nouns never join it (山水林田湖草 has none), a stem of
 * single characters needs one jieba could not tag as a common word (涠/g, 察/j), and stems that
 * are words of their own (美丽, 青山) are excluded.
 */
import type { Candidate } from './entityTypes';
import type { PatternContext } from './entityPatterns';
import type { Token } from './types';
import { FEATURE_ENDINGS, NOT_FEATURE_STEMS } from '../data/place-features';

const HAN = /^[\u4e00-\u9fff]+$/;
/** Tags of words that are never part of a name (function words, numbers, measure words, time, direction). */
const FUNCTION_TAG = /^(p|c|u|uj|ul|uz|ug|uv|ud|r|m|q|d|f|y|e|o|t|s)$/;
/** Tags jieba gives the pieces of a name it does not know. */
const NAME_PIECE_TAG = /^(nr|nrt|nrfg|ns|nz|x|j|g|zg|eng)$/;
/** Tags of single characters that show jieba could not make a word of them (涠/g, 汗/zg, 察/j). */
const ODD_CHAR_TAG = /^(g|zg|j|nr|x)$/;
/** Endings of waters and islands, the only one-character endings trusted inside an unknown word. */
const WATER = /^[湖江河岛湾泉溪]$/;
/** Measure words jieba fuses with the next character into an unknown word (个入, 家市). */
const MEASURE_START = /^[个家项批座条处只名位户次]/;
/**
 * Verbs of motion that make a slogan or a project of a water's name (蒙电入沪过江, 做深向石羊河,
 * 入河排污口): a stem holding one is no name.
 */
const MOTION = /[入过跨向沿环临出渡引调]/;
/** Characters that join a feature ending to a list (湖等, 江和). */
const LIST_TAIL = /^[等和及与]$/;

/** What the site and list finders read: the same paragraph context as the word patterns'. */
export type SiteContext = PatternContext;

let endings: { single: Set<string>; multi: string[]; notStems: Set<string> } | undefined;
function featureEndings() {
  return (endings ??= {
    single: new Set(FEATURE_ENDINGS.filter((e) => e.length === 1)),
    multi: FEATURE_ENDINGS.filter((e) => e.length > 1).sort((a, b) => b.length - a.length),
    notStems: new Set(NOT_FEATURE_STEMS),
  });
}

/** Whether a token is a division or a known place that starts an address (大庆, 锡林郭勒). */
function isDivision(ctx: SiteContext, t: Token): boolean {
  return ctx.isKnownName(t.text) || ctx.gaz.byCountyShort.has(t.text);
}

/**
 * Index of the first token of a name stem ending with token `last` (inclusive), or -1: the stem
 * runs left over name pieces (`head` is a piece of the ending's own word that belongs to the stem,
 * 洲 of 洲岛) and stops at a boundary or at a division. `verbs` lets single-character verbs join
 * (呼/包/鄂: jieba reads 包 as a verb inside a name made of city initials).
 */
export function nameStemStart(ctx: SiteContext, last: number, head = '', opts: { maxChars?: number; verbs?: boolean } = {}): number {
  const { tokens, lex } = ctx;
  const { notStems } = featureEndings();
  const maxChars = opts.maxChars ?? 6;
  let i = last + 1;
  let chars = head.length;
  let odd = head.length >= 2;
  let pieces = 0;
  while (i > 0) {
    const t = tokens[i - 1];
    if (tokens[i] && t.end !== tokens[i].start) break;
    if (!HAN.test(t.text) || FUNCTION_TAG.test(t.tag) || lex.notPlaces.has(t.text) || lex.titles.has(t.text)) break;
    // a measure word or a list word fused into an unknown word (个入/x, 城等/x) is no name piece
    if (t.text.length > 1 && (MEASURE_START.test(t.text) || /[等和的及与]$/.test(t.text))) break;
    // a division before the stem starts an address of its own; right before the ending it is
    // the known name itself (江南/古镇, 黄河/大峡谷), found elsewhere
    // (a county's short name right before the ending names the feature after it: 多伦/湖)
    if (isDivision(ctx, t)) {
      if (pieces + head.length > 0) break;
      if (ctx.isKnownName(t.text)) return -1;
    }
    if (notStems.has(t.text)) return -1;
    const one = t.text.length === 1;
    const piece = NAME_PIECE_TAG.test(t.tag) || (one && (/^(n|ng|ns|b|a)$/.test(t.tag) || (opts.verbs === true && t.tag === 'v')));
    if (!piece || chars + t.text.length > maxChars) break;
    // jieba's nz and j alone prove little (新创建/nz is a verb it does not know, 深化/j a word)
    if ((!one && t.tag !== 'nz' && t.tag !== 'j') || (one && ODD_CHAR_TAG.test(t.tag))) odd = true;
    chars += t.text.length;
    pieces++;
    i--;
  }
  if (pieces === 0 || chars < 2 || !odd) return -1;
  // the word before the stem must end a phrase of its own: a mark, a function word, a verb, a
  // division; not a one-character word the stem may belong to (新/梅江)
  const before = tokens[i - 1];
  // (莫/尔寺遗址: a one-character adverb there is the name's first character, not a boundary)
  if (before && before.end === tokens[i].start && HAN.test(before.text) && before.text.length === 1 && !/^(v|c|p|r|u|uj|ul|uz|ug|uv|ud)$/.test(before.tag)) return -1;
  // an adjective opening the stem is a modifier (大/湖), not a name
  if (tokens[i].text.length === 1 && tokens[i].tag === 'a') return -1;
  return i;
}

/** Candidates for natural features and sites: a stem before an ending from place-features.ts. */
export function siteCandidates(ctx: SiteContext, out: Candidate[]): void {
  const { tokens, text, lex } = ctx;
  const { single, multi, notStems } = featureEndings();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!HAN.test(t.text)) continue;
    let end = -1;
    let head = '';
    if (single.has(t.text) || multi.includes(t.text)) end = t.end;
    // 湖等, 江和: the ending fused with the list word after it
    else if (t.text.length === 2 && single.has(t.text[0]) && LIST_TAIL.test(t.text[1])) end = t.start + 1;
    // 洲岛/x, 坡豪湖/x, 吴淞江/nr: the ending inside a word jieba made of an unknown name
    else if (t.text.length >= 2 && /^(x|nr|nrt|nz|j)$/.test(t.tag) && !ctx.isKnownName(t.text)) {
      // (one-character endings inside a word only for waters and islands: 碳达峰, 绿水青山 are words)
      const e = multi.find((m) => t.text.endsWith(m) && t.text.length > m.length) ?? (WATER.test(t.text[t.text.length - 1]) ? t.text[t.text.length - 1] : undefined);
      if (e) {
        end = t.end;
        head = t.text.slice(0, -e.length);
      }
    }
    if (end < 0) continue;
    // a one-character word after a bare ending makes another word (山/区, 河/道)
    const next = tokens[k + 1];
    if (end === t.end && !head && next && next.start === t.end && next.text.length === 1 && HAN.test(next.text) && !FUNCTION_TAG.test(next.tag) && !/^[等和及与]$/.test(next.text)) continue;
    // 泉州/湾, 金州/湾: a bay named after the city on it (the stem finder stops at a division)
    const city = tokens[k - 1];
    if (t.text === '湾' && city.end === t.start && city.text.length >= 2 && isDivision(ctx, city) && !lex.notPlaces.has(city.text)) {
      out.push({ start: city.start, end: t.end, type: 'place', evidence: 'place-suffix', name: text.slice(city.start, t.end) });
      continue;
    }
    let start: number;
    if (head.length >= 2) {
      // the word itself is a name (坡豪湖); a stem before it may still belong to it
      const s = nameStemStart(ctx, k - 1, head);
      start = s >= 0 ? tokens[s].start : t.start;
      if (s < 0) {
        const before = tokens[k - 1];
        const joined = before && before.end === t.start && HAN.test(before.text);
        if (joined && before.text.length === 1 && !FUNCTION_TAG.test(before.tag) && !/^(v|c|p)$/.test(before.tag)) continue;
        // 荔浦/市荔江: a division's ending fused with the name after it
        if (joined && /^[省市县区镇乡村旗]/.test(head) && isDivision(ctx, before)) continue;
      }
    } else {
      const s = nameStemStart(ctx, k - 1, head);
      if (s < 0) continue;
      start = tokens[s].start;
    }
    const stemEnd = head ? t.start + head.length : t.start;
    const stem = text.slice(start, stemEnd);
    if (single.has(text.slice(stemEnd, end)) && MOTION.test(stem)) continue;
    // (numbers jieba tags m never join a stem; 一江, 两河 as words are in the stop list)
    if (notStems.has(stem) || lex.notPlaces.has(stem) || lex.sloganModifiers.has(stem)) continue;
    // 六江两溪, 一江一河: counted waters in a slogan, not one (九洲江 has no second water)
    if (/^[一二三四五六七八九十两百千万]/.test(stem) && /[江河湖山岛溪海]/.test(stem)) continue;
    const name = text.slice(start, end);
    if (lex.notPlaces.has(name)) continue;
    out.push({ start, end, type: 'place', evidence: 'place-suffix', name });
  }
}

/**
 * Whether token i, a slogan's modifier that is also a verb (开放, 创新), follows another verb in a
 * series (建成/开放/上海大歌剧院): then it is that verb, not a slogan's word before a place.
 */
export function verbInSeries(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const b = tokens[i - 1];
  return !!t && !!b && t.tag === 'v' && b.end === t.start && b.tag === 'v' && b.text.length >= 2;
}

const VERB_RESULT_HEADS = '建做投抓管育引招稳扩提补强优筑打办干用';
const VERB_RESULTS = '强优大好实硬早小长精细新深快稳足全准';

/**
 * A two-character word jieba did not know made of a verb and its result (建强, 做优, 投硬, 抓实):
 * reports coin them in slogans of work; no name is made that way.
 */
export function isVerbResult(word: string): boolean {
  return word.length === 2 && VERB_RESULT_HEADS.includes(word[0]) && VERB_RESULTS.includes(word[1]);
}
