/**
 * @fileoverview A 顿号 between neighbouring numbers that together give an estimate: 七、八十 →
 * 七八十, 三、四个 → 三四个 (GB/T 15834-2011, A.2.3). Not flagged: abbreviated enumerations, where
 * the 顿号 is right (二、三级医院, 第一、二轮, 一、二、三产业, 五、六月份), and heading numbers
 * (三、四个方面… at the start of a paragraph or sentence). The fix deletes the 顿号 and is safe.
 */
import type { Report } from '../core/types';
import { APPROXIMATE_PAIRS, CATEGORY_WORDS, QUANTITY_WORDS } from '../data/approximate-numbers';
import type { ParagraphRule } from './rule';

const PAIRS = new Set(APPROXIMATE_PAIRS);
const byLength = (a: string, b: string) => b.length - a.length;
const QUANTITY = new RegExp(`^(?:${[...QUANTITY_WORDS].sort(byLength).join('|')})`);
const CATEGORY = new RegExp(`^(?:${[...CATEGORY_WORDS].sort(byLength).join('|')})`);
const NUMERAL = /[零〇一二两三四五六七八九十百千万]/;
const PLACE = /^[十百千万亿]+/;

const rule: ParagraphRule = {
  id: 'punctuation-approximate-number',
  description: '概数之间误用顿号',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'paragraph',
  messages: {
    approximate: '相邻数字“{{text}}”表示概数，中间不用顿号，应作“{{fixed}}”',
    arabic: '“{{text}}”表示概数，应用汉字数字且中间不用顿号，作“{{fixed}}”',
  },
  check(paragraph) {
    const text = paragraph.text;
    const reports: Report[] = [];
    for (const m of text.matchAll(/([一二两三四五六七八九])、([一二两三四五六七八九])/g)) {
      const at = m.index!;
      if (!PAIRS.has(m[1] + m[2])) continue;
      if (!isEstimate(text, at, at + 3)) continue;
      const fixed = m[1] + m[2];
      reports.push({
        messageId: 'approximate',
        start: at,
        end: at + 3,
        data: { text: m[0], fixed },
        fixes: [{ title: `改为“${fixed}”`, edits: [{ start: at + 1, end: at + 2, text: '' }], safe: true }],
      });
    }
    // 3、4个: GB/T 15835-2011 writes neighbouring numbers of an estimate in Chinese numerals
    for (const m of text.matchAll(/(?<![\d.,])([1-9])、([1-9])(?![\d.,])/g)) {
      const at = m.index!;
      // 1、2年 reads 一两年 (一二年 is rare), 2、3个 reads 两三个 or 二三个: keep the digits' names
      const fixed = m[1] === '1' && m[2] === '2' ? '一两' : DIGITS[+m[1]] + DIGITS[+m[2]];
      if (!PAIRS.has(fixed) || !isEstimate(text, at, at + 3)) continue;
      reports.push({
        messageId: 'arabic',
        start: at,
        end: at + 3,
        data: { text: m[0], fixed },
        fixes: [{ title: `改为“${fixed}”`, edits: [{ start: at, end: at + 3, text: fixed }], safe: false }],
      });
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Whether X、Y spanning [start, end) is an estimate rather than an ordinal, category or list. */
function isEstimate(text: string, start: number, end: number): boolean {
  // the whole numeral before 、 (二十三、四岁): 第 before it makes ordinals, a boundary makes a heading
  let from = start;
  while (from > 0 && NUMERAL.test(text[from - 1])) from--;
  const before = text.slice(0, from).replace(/[\s\u3000]+$/, '');
  if (before === '' || /[。！？；：!?;:（(]$/.test(before) || before.endsWith('第')) return false;
  if (/[0-9０-９一二两三四五六七八九十]、$/.test(before)) return false; // 一、二、三 and 1、2、3
  let rest = text.slice(end);
  if (/^、/.test(rest)) return false; // a longer list
  if (CATEGORY.test(rest)) return false;
  const place = PLACE.exec(rest);
  if (place) {
    rest = rest.slice(place[0].length);
    // 五、六十年代, 七、八十级: the place value is part of an ordinal or category
    return !CATEGORY.test(rest);
  }
  rest = rest.replace(/^[多余来]/, '');
  return QUANTITY.test(rest) && !CATEGORY.test(rest);
}

export default rule;
