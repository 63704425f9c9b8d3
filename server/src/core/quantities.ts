/**
 * Quantities: numerals (Arabic, full-width and Chinese), magnitudes, units and dates.
 *
 * `findQuantities` finds the quantities present in a text and normalises them
 * (`60199.45亿元` → 6,019,945,000,000 元, `2020年9月24日` → 2020-09-24) with GB/T 15835-2011
 * advice for irregular forms; `matchUnitAt` and the numeral tests serve the missing-number rules.
 * Values are exact: decimals are shifted as digit strings, never multiplied as floats.
 */
import { APPROXIMATORS, MAGNITUDES, UNITS_BY_FIRST, type UnitInfo } from '../data/units';
import type { Span } from './types';

/** Characters that are, or end, a numeral: a unit after one of these has its number. */
const NUMERAL_CHARS = /[0-9０-９〇零一二三四五六七八九十百千万亿两廿卅壹贰叁肆伍陆柒捌玖拾佰仟]/;
const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CHINESE_MULT: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };

export function isNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && NUMERAL_CHARS.test(ch);
}

/**
 * Whether a quantity head (a unit, or 余/多/万/亿 before one) can start with this UTF-16 code: the
 * missing-number rule asks at every character, and most characters start none.
 */
export function canStartQuantityHead(code: number): boolean {
  return HEAD_START[code] === 1;
}
const HEAD_START = (() => {
  const table = new Uint8Array(0x10000);
  for (const first of [...UNITS_BY_FIRST.keys(), '余', '多', '万', '亿']) table[first.charCodeAt(0)] = 1;
  return table;
})();

/** The longest unit from the lexicon starting at `i`. */
export function matchUnitAt(text: string, i: number): UnitInfo | undefined {
  for (const u of UNITS_BY_FIRST.get(text[i]) ?? []) if (text.startsWith(u.unit, i)) return u;
  return undefined;
}

/** The longest magnitude (万, 亿, 万亿…) starting at `i`, or ''. */
export function matchMagnitudeAt(text: string, i: number): string {
  for (const m of ['万亿', '千亿', '百亿', '十亿', '千万', '百万', '十万', '万', '亿', '千', '百', '十']) if (text.startsWith(m, i)) return m;
  return '';
}

// ——— exact decimals ———

interface Decimal {
  digits: bigint;
  /** value = digits × 10^-scale */
  scale: number;
}

function parseDecimal(ascii: string): Decimal | undefined {
  const m = ascii.replace(/,/g, '').match(/^(\d+)(?:\.(\d+))?$/);
  if (!m) return undefined;
  return { digits: BigInt(m[1] + (m[2] ?? '')), scale: (m[2] ?? '').length };
}

function shift(d: Decimal, power: number): Decimal {
  return { digits: d.digits, scale: d.scale - power };
}

/** 6019945000000 → "6,019,945,000,000"; keeps a fraction when there is one. */
export function formatDecimal(d: Decimal): string {
  let { digits, scale } = d;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  let s = digits.toString().padStart(scale + 1, '0');
  let int = scale > 0 ? s.slice(0, s.length - scale) : s;
  let frac = scale > 0 ? s.slice(s.length - scale).replace(/0+$/, '') : '';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${int}.${frac}` : int;
}

/** 一千二百三十四 → 1234, 两万 → 20000, 二〇二〇 → 2020; undefined for 七八十 and other ranges. */
export function parseChineseInteger(s: string): number | undefined {
  if (!s) return undefined;
  if (![...s].some((c) => c in CHINESE_MULT || c === '万' || c === '亿')) {
    // digit by digit (二〇二〇), only when every character is a digit
    if (![...s].every((c) => c in CHINESE_DIGITS)) return undefined;
    if (s.length > 1 && s.length < 4 && !/[〇零]/.test(s)) return undefined; // 七八, 三五: a range, not 78
    return Number([...s].map((c) => CHINESE_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in CHINESE_DIGITS) {
      if (digit !== undefined && CHINESE_DIGITS[c] !== 0 && digit !== 0) return undefined; // 七八十
      digit = CHINESE_DIGITS[c];
    } else if (c in CHINESE_MULT) {
      section += (digit ?? 1) * 10 ** CHINESE_MULT[c];
      digit = undefined;
    } else if (c === '万' || c === '亿') {
      section += digit ?? 0;
      const p = c === '万' ? 4 : 8;
      if (c === '亿') total = (total + section) * 10 ** p;
      else total += section * 10 ** p;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

// ——— finding quantities ———

export interface Quantity extends Span {
  kind: 'amount' | 'date';
  text: string;
  /** Normalised: "6,019,945,000,000 元", "35,000 吨", "2020-09-24". */
  normalized: string;
  /** GB/T 15835-2011 advice on an irregular form; empty when the form is regular. */
  advice: string[];
}

const FULLWIDTH = /[０-９．，]/;
const ARABIC = '[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?';
const CHINESE_NUM = '[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+';
const DATE_RE = new RegExp(
  `((?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年)?((?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?((?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?`,
  'y',
);
const ARABIC_RE = new RegExp(`(?:${ARABIC})`, 'y');
const CHINESE_RE = new RegExp(CHINESE_NUM, 'y');

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
}

function numberValue(s: string): number | undefined {
  if (/^[0-9０-９]/.test(s)) return Number(toAscii(s));
  return parseChineseInteger(s);
}

/** Finds dates (2020年9月24日) and amounts with a unit (60199.45亿元, 3.5万吨, 5.4%). */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '百' && text.startsWith('百分之', i)) {
      const q = chinesePercentAt(text, i);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
    }
    const startsNumber = /[0-9０-９〇零一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]/.test(ch);
    // a numeral continues an earlier one (the 3 of 13): start only at its beginning
    if (!startsNumber || (i > 0 && /[0-9０-９.．]/.test(text[i - 1]))) {
      i++;
      continue;
    }
    const q = dateAt(text, i) ?? amountAt(text, i);
    if (q) {
      out.push(q);
      i = q.end;
    } else {
      // skip the whole numeral run, so that 七八十份 never yields 八十份
      CHINESE_RE.lastIndex = i;
      ARABIC_RE.lastIndex = i;
      const run = CHINESE_RE.exec(text) ?? ARABIC_RE.exec(text);
      i += run ? run[0].length : 1;
    }
  }
  return out;
}

/** The quantity covering `offset`, if any. */
export function quantityAt(text: string, offset: number): Quantity | undefined {
  return findQuantities(text).find((q) => offset >= q.start && offset < q.end);
}

function dateAt(text: string, i: number): Quantity | undefined {
  DATE_RE.lastIndex = i;
  const m = DATE_RE.exec(text);
  if (!m || !m[0]) return undefined;
  const [all, y, mo, d] = m;
  // a bare 年 or 日 is a duration (3年, 5日) unless joined to another part
  const parts = [y, mo, d].filter(Boolean).length;
  if (parts < 2 && !(y && /^[0-9０-９〇零一二三四五六七八九]{4}年$/.test(y))) return undefined;
  if (y && !mo && d) return undefined;
  const advice: string[] = [];
  const year = y ? numberValue(y.slice(0, -1)) : undefined;
  const month = mo ? numberValue(mo.slice(0, -1)) : undefined;
  const day = d ? numberValue(d.slice(0, -1)) : undefined;
  if ((y && year === undefined) || (mo && month === undefined) || (d && day === undefined)) return undefined;
  if (FULLWIDTH.test(all)) advice.push('阿拉伯数字应使用半角形式（GB/T 15835-2011）');
  if (y && /零/.test(y)) advice.push('年份中的“0”应写作“〇”，不写作“零”（GB/T 15835-2011）');
  const mixed = /[0-9０-９]/.test(all) && /[〇零一二三四五六七八九十]/.test(all);
  if (mixed) advice.push('同一日期中不宜混用阿拉伯数字与汉字数字（GB/T 15835-2011）');
  if (month !== undefined && (month < 1 || month > 12)) advice.push(`没有 ${month} 月`);
  if (day !== undefined && month !== undefined && month >= 1 && month <= 12) {
    const max = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
    if (day < 1 || day > max) advice.push(`${month} 月没有 ${day} 日`);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const md = [month !== undefined ? pad(month) : '', day !== undefined ? pad(day) : ''].filter(Boolean);
  const normalized = year === undefined ? `--${md.join('-')}` : md.length ? [String(year).padStart(4, '0'), ...md].join('-') : `${year} 年`;
  return { kind: 'date', start: i, end: i + all.length, text: all, normalized, advice };
}

function amountAt(text: string, i: number): Quantity | undefined {
  let numText: string;
  let dec: Decimal | undefined;
  const advice: string[] = [];
  ARABIC_RE.lastIndex = i;
  const a = ARABIC_RE.exec(text);
  let j: number;
  if (a) {
    numText = a[0];
    dec = parseDecimal(toAscii(numText));
    if (FULLWIDTH.test(numText)) advice.push('阿拉伯数字应使用半角形式（GB/T 15835-2011）');
    j = i + numText.length;
    // 3万5千, 5千: Arabic digits with 千/百/十 (or a second number) are irregular
    const m = text.slice(j).match(/^(?:[0-9０-９]*[十百千])+/);
    if (m && !matchUnitAt(text, j)) {
      const mag = text[j];
      if (mag === '十' || mag === '百' || mag === '千') {
        advice.push(`阿拉伯数字不宜与“${mag}”连用，宜写作 ${formatDecimal(shift(dec!, MAGNITUDES[mag])).replace(/,/g, '')}（GB/T 15835-2011）`);
        dec = dec && shift(dec, MAGNITUDES[mag]);
        j += 1;
      }
    }
  } else {
    CHINESE_RE.lastIndex = i;
    const c = CHINESE_RE.exec(text);
    if (!c) return undefined;
    numText = c[0];
    // 百万千瓦, 三千米: give back the characters that begin a unit
    for (let e = i + numText.length - 1; e > i; e--) {
      if (matchUnitAt(text, e) && /[十百千]/.test(text[e])) {
        numText = text.slice(i, e);
        break;
      }
    }
    // only figures worth converting: with a multiplier (三十, 两万) and not merely 一
    let body = numText;
    // trailing 万/亿 is a magnitude, handled below with the unit
    const tail = body.match(/(万亿|千亿|百亿|亿|万)$/);
    if (tail && body.length > tail[0].length) body = body.slice(0, -tail[0].length);
    const v = parseChineseInteger(body);
    if (v === undefined || !/[十百千万亿拾佰仟]/.test(numText)) return undefined;
    dec = { digits: BigInt(v), scale: 0 };
    numText = body;
    j = i + body.length;
  }
  if (!dec) return undefined;
  const mag = /^[万亿]/.test(text.slice(j)) ? matchMagnitudeAt(text, j).replace(/^[十百千](?=[^万亿]|$)/, '') : '';
  const magOk = mag && !matchUnitAt(text, j);
  let k = j;
  let power = 0;
  let approx = false;
  // 30余万亩: an approximator may come before the magnitude as well as after it
  if (!magOk && (text[j] === '余' || text[j] === '多') && /[万亿]/.test(text[j + 1] ?? '')) {
    const m2 = matchMagnitudeAt(text, j + 1);
    if (m2 && MAGNITUDES[m2] >= 4) {
      approx = true;
      power = MAGNITUDES[m2];
      k = j + 1 + m2.length;
    }
  }
  if (magOk) {
    power = MAGNITUDES[mag];
    k += mag.length;
  }
  const beforeApprox = k;
  while (APPROXIMATORS.includes(text[k] as (typeof APPROXIMATORS)[number])) k++;
  approx ||= k > beforeApprox;
  const unit = matchUnitAt(text, k);
  if (!unit) {
    if (!magOk && !approx) return undefined;
    if (power === 0) return undefined;
    return finishAmount(text, i, k, shift(dec, power), '', advice, approx);
  }
  return finishAmount(text, i, k + unit.unit.length, shift(dec, power), unit.unit, advice, approx);
}

function finishAmount(text: string, start: number, end: number, value: Decimal, unit: string, advice: string[], approx: boolean): Quantity {
  // 余 and 多 mean a little more than the figure (1800余万元: over 18,000,000 元), 来 about it
  const more = approx && /[余多]/.test(text.slice(start, end));
  const lead = approx ? (more ? '多于 ' : '约 ') : '';
  const shown = unit === '%' || unit === '％' ? `${formatDecimal(value)}%` : `${lead}${formatDecimal(value)}${unit ? ' ' + unit : ''}`;
  return { kind: 'amount', start, end, text: text.slice(start, end), normalized: approx && unit === '%' ? `${lead}${shown}` : shown, advice };
}

const CN_PERCENT = /百分之([〇零一二三四五六七八九十百两]+)(?:点([〇零一二三四五六七八九]+))?/y;

/** 百分之五点三 → 5.3% (GB/T 15835-2011 allows percentages in words in running text). */
function chinesePercentAt(text: string, i: number): Quantity | undefined {
  CN_PERCENT.lastIndex = i;
  const m = CN_PERCENT.exec(text);
  if (!m) return undefined;
  const whole = parseChineseInteger(m[1]);
  if (whole === undefined) return undefined;
  const fraction = m[2] ? [...m[2]].map((c) => CHINESE_DIGITS[c]).join('') : '';
  const value = fraction ? `${whole}.${fraction}` : String(whole);
  return { kind: 'amount', start: i, end: i + m[0].length, text: m[0], normalized: `${value}%`, advice: [] };
}
