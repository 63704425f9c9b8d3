/**
 * Heading markers (序数): GB/T 9704-2012 7.3.3 numbers the levels of a document's structure
 * `一、` › `（一）` › `1.` › `（1）`; reports also use `第X章/节/部分`. This module reads a
 * marker at a position, including the malformed variants people type (`一.`, `(一)`, `（一）、`,
 * `1、`), so that the outline still finds the heading and `structure-heading-marker` can fix it.
 */

export type MarkerStyle = 'part' | 'chapter' | 'section' | 'cn-dun' | 'cn-paren' | 'ar-dot' | 'ar-paren';

/** Order of the styles from the outermost level in; a smaller rank is a higher level. */
export const STYLE_RANK: Record<MarkerStyle, number> = {
  part: 1,
  chapter: 2,
  section: 3,
  'cn-dun': 4,
  'cn-paren': 5,
  'ar-dot': 6,
  'ar-paren': 7,
};

/** The canonical form of a marker for number n (what the fixes write). */
export function canonicalMarker(style: MarkerStyle, n: number, arabicSeparator: '.' | '、' = '.'): string {
  switch (style) {
    case 'cn-dun':
      return `${toChineseNumeral(n)}、`;
    case 'cn-paren':
      return `（${toChineseNumeral(n)}）`;
    case 'ar-dot':
      return `${n}${arabicSeparator}`;
    case 'ar-paren':
      return `（${n}）`;
    case 'part':
      return `第${toChineseNumeral(n)}部分`;
    case 'chapter':
      return `第${toChineseNumeral(n)}章`;
    case 'section':
      return `第${toChineseNumeral(n)}节`;
  }
}

export interface Marker {
  style: MarkerStyle;
  /** The number the marker carries (一 → 1). */
  number: number;
  /** The marker as written, e.g. `（一）、`. */
  text: string;
  /** Offsets of the marker in the string it was read from. */
  start: number;
  end: number;
  /** Set when the marker deviates from GB/T 9704: the canonical form it should take. */
  malformed?: { canonical: string; why: 'halfwidthParen' | 'dotAfterChinese' | 'extraMark' | 'fullwidthDot' | 'dunAfterArabic' | 'missingMark' };
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '一二三四五六七八九十百零〇';

/** Parses 一 … 九十九 (and 一百…); undefined for anything else. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s || !/^[一二三四五六七八九十百零〇两]+$/.test(s)) return undefined;
  let total = 0;
  let digit = 0;
  let seenUnit = false;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
      seenUnit = true;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
      seenUnit = true;
    } else {
      if (digit && !seenUnit) return undefined; // 一二 is a list, not a number
      digit = CN_DIGITS[ch];
    }
  }
  return total + digit || undefined;
}

export function toChineseNumeral(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}

const RE_CHAPTER = new RegExp(`^第([${CN}]+|\\d{1,3})(部分|编|篇|章|节)`);
const RE_CN_DUN = new RegExp(`^([${CN}]{1,3})([、.．])`);
const RE_CN_PAREN = new RegExp(`^([（(])([${CN}]{1,3})([）)])([、.．，,]?)`);
const RE_AR_DOT = /^(\d{1,2})([.．、])(?!\d)/;
const RE_AR_PAREN = /^([（(])(\d{1,2})([）)])([、.．，,]?)/;

/**
 * Reads a heading marker at `at` in `text`. Returns undefined when there is none, or when what
 * looks like one is something else: a decimal (`5.5%`), a list of numerals (`一、二、三产业`), a
 * marker with nothing after it.
 */
export function readMarker(text: string, at = 0): Marker | undefined {
  const rest = text.slice(at, at + 16);
  let m: RegExpMatchArray | null;
  const after = (len: number) => text.slice(at + len, at + len + 4);
  const hasBody = (len: number) => /^\s*[^\s，。；、]/.test(after(len));

  if ((m = rest.match(RE_CHAPTER))) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (!n) return undefined;
    const style: MarkerStyle = m[2] === '章' ? 'chapter' : m[2] === '节' ? 'section' : 'part';
    // 第一章 stands alone or is followed by a space; glued to its words (第一章总则) it must be a
    // short unpunctuated line, or 第二节课开始了。 would be a heading
    const rest = text.slice(at + m[0].length).split(/[\r\n]/)[0];
    if (!/^($|[\s　:：])/.test(rest) && (rest.length > 25 || /[。！？，；]/.test(rest))) return undefined;
    return { style, number: n, text: m[0], start: at, end: at + m[0].length };
  }
  if ((m = rest.match(RE_CN_PAREN))) {
    const n = parseChineseNumeral(m[2]);
    if (!n || !hasBody(m[0].length)) return undefined;
    const marker: Marker = { style: 'cn-paren', number: n, text: m[0], start: at, end: at + m[0].length };
    if (m[1] === '(' || m[3] === ')') marker.malformed = { canonical: `（${m[2]}）`, why: 'halfwidthParen' };
    else if (m[4]) marker.malformed = { canonical: `（${m[2]}）`, why: 'extraMark' };
    return marker;
  }
  if ((m = rest.match(RE_AR_PAREN))) {
    const n = Number(m[2]);
    if (!n || !hasBody(m[0].length)) return undefined;
    const marker: Marker = { style: 'ar-paren', number: n, text: m[0], start: at, end: at + m[0].length };
    if (m[1] === '(' || m[3] === ')') marker.malformed = { canonical: `（${m[2]}）`, why: 'halfwidthParen' };
    else if (m[4]) marker.malformed = { canonical: `（${m[2]}）`, why: 'extraMark' };
    return marker;
  }
  if ((m = rest.match(RE_CN_DUN))) {
    const n = parseChineseNumeral(m[1]);
    if (!n || !hasBody(m[0].length)) return undefined;
    // 一、二、三产业 and 第一、二轮 enumerate numerals, they do not head anything
    if (new RegExp(`^[${CN}]{1,3}、`).test(after(m[0].length))) return undefined;
    if (at > 0 && /[第\d]/.test(text[at - 1])) return undefined;
    const marker: Marker = { style: 'cn-dun', number: n, text: m[0], start: at, end: at + m[0].length };
    if (m[2] !== '、') marker.malformed = { canonical: `${m[1]}、`, why: 'dotAfterChinese' };
    return marker;
  }
  if ((m = rest.match(RE_AR_DOT))) {
    const n = Number(m[1]);
    if (!n || !hasBody(m[0].length)) return undefined;
    if (at > 0 && /[\d.．]/.test(text[at - 1])) return undefined;
    // 1.5、2% or a list of numbers 1、2、3 are not markers
    if (/^\d+[、.．%]/.test(after(m[0].length))) return undefined;
    const marker: Marker = { style: 'ar-dot', number: n, text: m[0], start: at, end: at + m[0].length };
    if (m[2] === '．') marker.malformed = { canonical: `${m[1]}.`, why: 'fullwidthDot' };
    else if (m[2] === '、') marker.malformed = { canonical: `${m[1]}.`, why: 'dunAfterArabic' };
    return marker;
  }
  return undefined;
}
