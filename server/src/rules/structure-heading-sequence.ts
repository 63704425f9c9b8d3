/**
 * @fileoverview Heading numbers out of sequence (GB/T 9704-2012 7.3.3: levels numbered in order
 * `一、` › `（一）` › `1.` › `（1）`). Among the sibling headings of one style under one parent it
 * flags a skipped number (一、 then 三、), a repeated one (二、 twice) and a first number that is not
 * 一/1; and a level that jumps over one the document uses elsewhere ((一) under no 一、, 1. right
 * under 一、 while other sections use （一）). A single wrong number between two right ones is fixed
 * (unsafe: the user confirms); a gap may be a deleted section, so it is only reported.
 */
import { canonicalMarker, STYLE_RANK, type MarkerStyle } from '../core/headingMarkers';
import { sectionsOf, type Section } from '../core/sections';
import { flattenTree } from '../tree';
import type { Report } from '../core/types';
import type { DocumentRule } from './rule';

const rule: DocumentRule = {
  id: 'structure-heading-sequence',
  description: '标题序号跳号、重号或层级跳跃',
  tags: ['structure'],
  severity: 'warning',
  fixable: true,
  scope: 'document',
  messages: {
    skipped: '标题序号不连续：“{{found}}”前应为“{{expected}}”',
    repeated: '标题序号重复：“{{found}}”已在前面出现',
    wrongStart: '同级标题应从“{{expected}}”开始，而非“{{found}}”',
    levelJump: '标题层级跳跃：“{{found}}”上面缺少“{{missing}}”一级标题',
  },
  check(doc) {
    const outline = sectionsOf(doc);
    const reports: Report[] = [];
    const usedRanks = new Set(outline.headings.filter((h) => h.kind === 'numbered').map((h) => h.rank));
    const parents: Array<readonly Section[]> = [outline.roots, ...flattenTree(outline.roots).map((s) => s.children)];
    for (const children of parents) {
      const byStyle = new Map<MarkerStyle, Section[]>();
      for (const c of children) {
        const m = c.heading.marker;
        // a number that lost its mark (二特色产业…) has a guessed level: its run is not judged
        if (c.heading.kind !== 'numbered' || !m || m.malformed?.why === 'missingMark') continue;
        const run = byStyle.get(m.style);
        if (run) run.push(c);
        else byStyle.set(m.style, [c]);
      }
      for (const [style, run] of byStyle) reports.push(...checkRun(style, run, doc.text));
    }
    // level jumps: the first heading of a run whose parent is a numbered heading (or nothing) two
    // or more levels up, when the document uses the level in between somewhere
    const parentOf = new Map<Section, Section>();
    for (const s of flattenTree(outline.roots)) for (const c of s.children) parentOf.set(c, s);
    for (const children of parents) {
      const first = children.find((c) => c.heading.kind === 'numbered' && c.heading.marker && c.heading.rank >= STYLE_RANK['cn-paren']);
      if (!first || first.heading.marker!.malformed?.why === 'missingMark') continue;
      const parent = parentOf.get(first);
      if (parent && parent.heading.kind !== 'numbered' && parent.heading.kind !== 'title') continue; // under a standalone or fused heading
      const above = parent && parent.heading.kind === 'numbered' ? parent.heading.rank : 0;
      const between = [...usedRanks].filter((r) => r > above && r < first.heading.rank && r >= STYLE_RANK['cn-dun']);
      if (!between.length) continue;
      const missing = Math.max(...between);
      const style = (Object.keys(STYLE_RANK) as MarkerStyle[]).find((k) => STYLE_RANK[k] === missing)!;
      const h = first.heading;
      // a hint: 公文 practice lets a short section skip a level (三、工作要求 / 1. 高度重视) even
      // where others use （一）; the standard's order is a convention, not an error
      reports.push({ messageId: 'levelJump', start: h.marker!.start, end: h.marker!.end, data: { found: h.marker!.text, missing: canonicalMarker(style, 1) }, severity: 'hint' });
    }
    return reports;
  },
};

function checkRun(style: MarkerStyle, run: Section[], text: string): Report[] {
  const reports: Report[] = [];
  const seen = new Set<number>();
  // the number the previous heading has, or should have when its fix is certain
  let prev = 0;
  // the last number of a list opened after a colon (附件：1. … / 2. …), which its items continue
  let inline: number | undefined;
  run.forEach((s, i) => {
    const m = s.heading.marker!;
    const expected = prev + 1;
    prev = m.number;
    if (inline !== undefined && m.number === inline + 1) {
      inline = m.number;
      return;
    }
    inline = undefined;
    const data = { found: m.text, expected: canonicalMarker(style, expected, m.text.endsWith('、') ? '、' : '.') };
    if (m.number === expected) {
      seen.add(m.number);
      return;
    }
    // the fix is certain only when the neighbours on both sides agree on the number
    const next = run[i + 1]?.heading.marker!.number;
    const certain = i > 0 && next === expected + 1;
    if (certain) prev = expected;
    const fixes = certain
      ? [{ title: `改为“${data.expected}”`, edits: [{ start: m.start, end: m.end, text: data.expected }], safe: false }]
      : undefined;
    const messageId = seen.has(m.number) ? 'repeated' : i === 0 ? 'wrongStart' : 'skipped';
    // a line opening with the missing number that the outline did not take for a heading
    // (21.5+2就业之家 reads as a decimal) means nothing was skipped
    if (messageId === 'skipped' && writtenBetween(text, run[i - 1].heading.end, m.start, style, expected)) {
      seen.add(m.number);
      return;
    }
    // a list opened after a colon on the line before (附件：1. 清单 / 2. 联系人): its first item is
    // there, and its items are a list of their own, not the section's headings
    if (openedInlineBefore(text, m.start, style, m.number - 1)) {
      if (messageId === 'wrongStart') seen.add(m.number);
      inline = m.number;
      return;
    }
    reports.push({ messageId, start: m.start, end: m.end, data, ...(fixes ? { fixes } : {}) });
    seen.add(m.number);
  });
  return reports;
}

function writtenBetween(text: string, from: number, to: number, style: MarkerStyle, n: number): boolean {
  const written = [canonicalMarker(style, n, '.'), canonicalMarker(style, n, '、')];
  if (style === 'cn-paren' || style === 'ar-paren') written.push(written[0].replace('（', '(').replace('）', ')'));
  return text
    .slice(from, to)
    .split(/\r?\n/)
    .slice(1)
    .some((line) => written.some((w) => line.trimStart().startsWith(w)));
}

/** Whether the line before `at` has item `n` of the style right after a colon (附件：1. …). */
function openedInlineBefore(text: string, at: number, style: MarkerStyle, n: number): boolean {
  if (n < 1) return false;
  const lineStart = text.lastIndexOf('\n', at - 1);
  if (lineStart <= 0) return false;
  const line = text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
  const written = [canonicalMarker(style, n, '.'), canonicalMarker(style, n, '、')];
  if (style === 'cn-paren' || style === 'ar-paren') written.push(written[0].replace('（', '(').replace('）', ')'));
  return written.some((w) => line.includes('：' + w) || line.includes('： ' + w) || line.includes(':' + w));
}

export default rule;
