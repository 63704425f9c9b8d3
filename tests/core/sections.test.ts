import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, type ReportDocument } from '../../server/src/core/document';
import { readMarker, parseChineseNumeral } from '../../server/src/core/headingMarkers';
import { sectionPathAt, sectionsOf, type Section } from '../../server/src/core/sections';
import { flattenTree } from '../../server/src/tree';
import { testLinter } from '../helpers';

const root = join(__dirname, '..', '..');
const docOf = (text: string): ReportDocument => buildDocument(text, testLinter().analyzer);
/** A fixture's text without its `#!` directive lines. */
const fixture = (name: string): string =>
  readFileSync(join(root, 'tests', 'fixtures', name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#!'))
    .join('\n');

/** The tree as nested [label, children] pairs, labels as written (marker included). */
function shape(doc: ReportDocument, sections: readonly Section[]): unknown[] {
  return sections.map((s) => {
    const h = s.heading;
    const label = doc.text.slice(h.kind === 'markdown' ? h.textStart : h.start, h.end);
    return s.children.length ? [label, shape(doc, s.children)] : label;
  });
}

describe('heading markers', () => {
  it('reads the four GB/T 9704 levels and chapters', () => {
    expect(readMarker('一、总体要求')).toMatchObject({ style: 'cn-dun', number: 1, text: '一、' });
    expect(readMarker('（十二）安全')).toMatchObject({ style: 'cn-paren', number: 12 });
    expect(readMarker('10.发放补贴')).toMatchObject({ style: 'ar-dot', number: 10, text: '10.' });
    expect(readMarker('（3）细化')).toMatchObject({ style: 'ar-paren', number: 3 });
    expect(readMarker('第二十章 附则')).toMatchObject({ style: 'chapter', number: 20 });
    expect(readMarker('第三部分 今年安排')).toMatchObject({ style: 'part', number: 3 });
  });

  it('knows malformed markers and what they should be', () => {
    expect(readMarker('一.总体要求')?.malformed).toEqual({ canonical: '一、', why: 'dotAfterChinese' });
    expect(readMarker('(一)总体要求')?.malformed).toEqual({ canonical: '（一）', why: 'halfwidthParen' });
    expect(readMarker('（一）、总体要求')?.malformed).toEqual({ canonical: '（一）', why: 'extraMark' });
    expect(readMarker('1、总体要求')?.malformed?.why).toBe('dunAfterArabic');
  });

  it('does not take decimals, numeral lists or words for markers', () => {
    expect(readMarker('5.5%左右的增长')).toBeUndefined();
    expect(readMarker('一、二、三产业增加值')).toBeUndefined();
    expect(readMarker('1、2、3号线')).toBeUndefined();
    expect(readMarker('第二节课开始了，同学们回到教室。')).toBeUndefined();
    expect(readMarker('第一章总则')).toMatchObject({ style: 'chapter', number: 1 });
    expect(readMarker('一是稳就业')).toBeUndefined();
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('一二')).toBeUndefined();
  });
});

describe('sections', () => {
  it('nests numbered headings, chapters and run-in headings under the title', () => {
    const doc = docOf(fixture('structure-forms-numbered.txt'));
    const outline = sectionsOf(doc);
    expect(outline.dateline?.text).toBe('时间：2026-01-25');
    expect(shape(doc, outline.roots)).toEqual([
      [
        '市政府工作报告',
        [
          ['第一部分 工作回顾', [['一、经济运行', [['（一）工业生产', [['1.制造业', ['（1）装备制造业保持较快增长', '（2）原材料工业稳中有进']], '2.服务业']], '（二）消费市场']], '二、社会民生']],
          ['第二部分 今年安排', ['一、扩大内需']],
        ],
      ],
    ]);
  });

  it('runs a section to the next heading of the same or a higher level', () => {
    const doc = docOf(fixture('structure-forms-numbered.txt'));
    const all = flattenTree(sectionsOf(doc).roots);
    const one = all.find((s) => s.heading.text === '经济运行')!;
    const two = all.find((s) => s.heading.text === '社会民生')!;
    expect(one.end).toBe(two.start);
    const manufacturing = all.find((s) => s.heading.text === '制造业')!;
    expect(doc.text.slice(manufacturing.end)).toMatch(/^2\.服务业/);
    // the innermost section at an offset, with its ancestors
    const at = doc.text.indexOf('原材料');
    expect(sectionPathAt(sectionsOf(doc), at).map((s) => s.heading.text)).toEqual(['市政府工作报告', '工作回顾', '经济运行', '工业生产', '制造业', '原材料工业稳中有进']);
  });

  it('uses Markdown heading levels', () => {
    const doc = docOf(fixture('structure-forms-markdown.txt'));
    expect(shape(doc, sectionsOf(doc).roots)).toEqual([['调研报告', [['一、基本情况', ['（一）产业发展']], '二、存在问题']]]);
  });

  it('takes short unpunctuated lines between body lines for headings, not the salutation or the signature', () => {
    const doc = docOf(fixture('structure-forms-standalone.txt'));
    expect(shape(doc, sectionsOf(doc).roots)).toEqual([['乡村振兴调研报告', ['调研的基本情况', '存在的主要问题']]]);
  });

  it('tells a heading right under the title from the front matter', () => {
    const doc = docOf('年度报告\n毛伟明\n工作回顾\n过去一年，经济运行稳中有进，各项事业全面发展。\n今年安排\n今年要抓好以下工作，确保完成目标任务。');
    expect(shape(doc, sectionsOf(doc).roots)).toEqual([['年度报告', ['工作回顾', '今年安排']]]);
  });

  it('finds numbered headings fused into one paragraph and the title glued before them', () => {
    const doc = docOf(fixture('structure-forms-fused.txt'));
    const outline = sectionsOf(doc);
    expect(shape(doc, outline.roots)).toEqual([
      ['区政府工作报告', [['一、工作回顾', ['（一）产业发展', '（二）民生保障']], ['二、今年安排', ['（一）扩大内需', '（二）深化改革']]]],
    ]);
    expect(outline.headings.every((h) => h.fused && h.paragraph === 0)).toBe(true);
  });

  it('gives the sample report its title, dateline and the fused headings as top-level sections', () => {
    const doc = docOf(readFileSync(join(root, 'seeds', 'daqing-news-stripped.txt'), 'utf8'));
    const outline = sectionsOf(doc);
    expect(outline.title?.text).toBe('大庆坚定创新创业步伐迈向全面振兴高质量发展');
    expect(outline.dateline?.text).toBe('2020/9/24 16:11');
    const [title] = outline.roots;
    expect(outline.roots).toHaveLength(1);
    const names = title.children.map((s) => s.heading.text);
    expect(names).toEqual(expect.arrayContaining(['快马加鞭复工忙只争朝夕谋发展', '厚植亲商爱商沃土打造一流营商环境', '多措并举齐攻坚脱贫致富同小康', '一日办结与一小时出证', '一窗受理与一站办结']));
    // flat: a news report has one level of 小标题, all inside the body line, in order, contiguous
    for (const [i, s] of title.children.entries()) {
      expect(s.children).toEqual([]);
      expect(s.heading.kind).toBe('fused');
      expect(s.heading.paragraph).toBe(2);
      expect(s.heading.confidence).toBeGreaterThanOrEqual(0.6);
      expect(s.heading.confidence).toBeLessThanOrEqual(1);
      if (i > 0) expect(s.start).toBe(title.children[i - 1].end);
    }
    expect(title.children.at(-1)!.end).toBe(doc.text.length);
    // the outline is computed once per document version
    expect(sectionsOf(doc)).toBe(outline);
  });

  it('keeps spans exact across CRLF and astral characters', () => {
    const text = '😀𠮷报告标题\r\n一、总体要求\r\n正文内容很长很长，写了很多很多的东西。\r\n二、重点任务\r\n正文。';
    const doc = docOf(text);
    const outline = sectionsOf(doc);
    expect(outline.headings.map((h) => text.slice(h.start, h.end))).toEqual(['😀𠮷报告标题', '一、总体要求', '二、重点任务']);
    const first = outline.roots[0].children[0];
    expect(text.slice(first.start, first.end)).toBe('一、总体要求\r\n正文内容很长很长，写了很多很多的东西。\r\n');
  });

  it('does not crash or stall on empty, blank or hostile input', () => {
    for (const text of ['', '   \n\n', '（一）', '一、'.repeat(300), '（一）正文。'.repeat(2000), '（二）正文。'.repeat(2000), '#\n##\n###', '1.\n2.\n']) {
      const outline = sectionsOf(docOf(text));
      expect(Array.isArray(outline.roots)).toBe(true);
    }
  });
});

describe('structure-fused-heading fixes', () => {
  it('put each fused heading of the sample report on its own line, where the outline finds it unfused', async () => {
    const { applyFixes } = await import('../../server/src/linter');
    const { lintWith } = await import('../helpers');
    const seed = readFileSync(join(root, 'seeds', 'daqing-news-stripped.txt'), 'utf8');
    const before = sectionsOf(docOf(seed)).headings.filter((h) => h.kind !== 'title').map((h) => h.text);
    const findings = lintWith(seed, ['structure-fused-heading']);
    expect(findings.length).toBe(before.length);
    const { text, applied } = applyFixes(seed, findings, { includeUnsafe: true });
    expect(applied).toBe(before.length);
    const after = sectionsOf(docOf(text));
    expect(after.headings.filter((h) => h.kind !== 'title').map((h) => h.text)).toEqual(before);
    expect(after.headings.some((h) => h.fused)).toBe(false);
    expect(text.split('\n')).toContain('一日办结与一小时出证');
    expect(lintWith(text, ['structure-fused-heading'])).toEqual([]);
  });
});
