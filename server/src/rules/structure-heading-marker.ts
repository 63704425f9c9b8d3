/**
 * @fileoverview Malformed heading markers at the start of a line (GB/T 9704-2012 7.3.3: the
 * levels are numbered `一、` `（一）` `1.` `（1）`): `一.` for `一、`, `（一）、` with a mark after the
 * bracket, `1．` with a full-width dot, and `1、` where the document's house style is `1.`. A
 * document that numbers with `1、` throughout only gets a hint. Half-width brackets (`(一)`) are
 * left to punctuation-halfwidth, whose fix already gives `（一）`, so nothing is reported twice.
 */
import { sectionsOf } from '../core/sections';
import type { Report } from '../core/types';
import type { DocumentRule } from './rule';

const rule: DocumentRule = {
  id: 'structure-heading-marker',
  description: '标题序号格式不规范',
  tags: ['structure'],
  severity: 'warning',
  fixable: true,
  scope: 'document',
  messages: {
    dotAfterChinese: '汉字序号后应使用顿号：“{{wrong}}”应为“{{right}}”',
    missingMark: '标题序号“{{wrong}}”缺少顿号或括号，应为“{{right}}”或“{{other}}”',
    extraMark: '括号序号后不再加标点：“{{wrong}}”应为“{{right}}”',
    fullwidthDot: '阿拉伯数字序号后应使用半角圆点：“{{wrong}}”应为“{{right}}”',
    dunAfterArabic: '阿拉伯数字序号后应使用圆点（GB/T 9704—2012）：“{{wrong}}”应为“{{right}}”',
  },
  check(doc) {
    const headings = sectionsOf(doc).headings.filter((h) => h.kind === 'numbered' && !h.fused && h.marker);
    // house style for arabic markers: what the document mostly uses, 1. on a tie (the standard's)
    let dots = 0;
    let duns = 0;
    for (const h of headings) {
      if (h.marker!.style !== 'ar-dot') continue;
      if (h.marker!.text.endsWith('、')) duns++;
      else dots++;
    }
    const reports: Report[] = [];
    for (const h of headings) {
      const m = h.marker!;
      const last = m.text[m.text.length - 1];
      const at = m.end - 1;
      const report = (messageId: string, right: string, safe: boolean, hint = false) =>
        reports.push({
          messageId,
          start: at,
          end: m.end,
          data: { wrong: m.text, right: m.text.slice(0, -1) + right },
          fixes: [{ title: right ? `改为“${right}”` : `删除“${last}”`, edits: [{ start: at, end: m.end, text: right }], safe }],
          ...(hint ? { severity: 'hint' as const } : {}),
        });
      if (m.malformed?.why === 'missingMark') {
        // 二特色产业…: the number lost its 、 or its brackets; which one is a guess (the document's
        // neighbouring headings, else the line's shape), so both fixes are offered, the guess first
        const other = m.style === 'cn-dun' ? `（${m.text}）` : `${m.text}、`;
        reports.push({
          messageId: 'missingMark',
          start: m.start,
          end: m.end,
          data: { wrong: m.text, right: m.malformed.canonical, other },
          fixes: [m.malformed.canonical, other].map((right) => ({ title: `改为“${right}”`, edits: [{ start: m.start, end: m.end, text: right }], safe: false })),
        });
      } else if (m.style === 'cn-dun' && last !== '、') report('dotAfterChinese', '、', true);
      else if ((m.style === 'cn-paren' || m.style === 'ar-paren') && /[、.．，,]/.test(last)) report('extraMark', '', true);
      else if (m.style === 'ar-dot' && last === '．') report('fullwidthDot', '.', true);
      else if (m.style === 'ar-dot' && last === '、') {
        // mixed styles: the minority is certainly wrong; a document all in 1、 only gets a hint
        // (a document that mostly writes 1、 but has a 1. gets the hint too: the standard wins)
        if (dots >= duns) report('dunAfterArabic', '.', true);
        else report('dunAfterArabic', '.', false, true);
      }
    }
    return reports;
  },
};

export default rule;
