import { describe, expect, it } from 'vitest';
import { bareMarkers } from '../../server/src/core/bareMarkers';
import { sectionsOf } from '../../server/src/core/sections';
import { testLinter } from '../helpers';
import { Linter } from '../../server/src/linter';

const doc = (text: string) => testLinter().lint(text).document;

describe('heading numbers that lost their mark', () => {
  it('reads a bare number as a heading when a marked neighbour continues its sequence, with the neighbour’s level', () => {
    const text = ['工作报告', '一、总体情况', '（一）经济运行。全年经济平稳。', '二加快项目建设。新开工项目一百个。', '（三）改善民生。办好十件实事。', '二、下一步打算', '内容。'].join('\n');
    const d = doc(text);
    const bare = bareMarkers(d.paragraphs);
    expect([...bare.keys()]).toEqual([3]);
    expect(bare.get(3)!.style).toBe('cn-paren');
    expect(bare.get(3)!.malformed).toEqual({ canonical: '（二）', why: 'missingMark' });
    // the outline takes it in, under 一、
    const headings = sectionsOf(d).headings.filter((h) => h.kind === 'numbered').map((h) => h.text);
    expect(headings).toEqual(['总体情况', '经济运行。', '加快项目建设。', '改善民生。', '下一步打算'].map((t) => t.replace('。', '')));
  });

  it('offers both marks, the likelier first, and never applies them by itself', () => {
    const text = ['调研报告', '一基本情况', '全市共有养老机构。', '二存在的问题', '护理人员不足。'].join('\n');
    const f = testLinter().lint(text).findings.filter((x) => x.messageId === 'missingMark');
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['一', '二']);
    expect(f[0].fixes.map((x) => x.edits[0].text)).toEqual(['一、', '（一）']);
    expect(f.every((x) => x.fixes.every((y) => !y.safe))).toBe(true);
  });

  it('needs a sequence: a lone numbered-looking line, or words a numeral starts, are left alone', () => {
    const text = ['报告', '二存在的问题', '护理人员不足。', '一是床位少，二是人员缺。', '一流的服务需要一流的队伍。', '三农工作要统筹推进。', '一年来，我们做了很多工作。', '二年级学生参加了活动。'].join('\n');
    expect(bareMarkers(doc(text).paragraphs).size).toBe(0);
  });
});

describe('bare numbers across versions', () => {
  it('finds a bare number once a neighbour makes it a heading, though its paragraph was heading-free before', () => {
    const linter = new Linter();
    const v1 = ['工作报告', '二加快项目建设。新开工项目一百个。', '其他内容。'].join('\n');
    const v2 = ['工作报告', '一推进改革攻坚。改革取得新进展。', '二加快项目建设。新开工项目一百个。', '其他内容。'].join('\n');
    const headings = (text: string, l: Linter) => sectionsOf(l.lint(text).document).headings.filter((h) => h.kind === 'numbered').map((h) => h.text);
    expect(headings(v1, linter)).toEqual([]);
    // the same linter, its paragraphs reused: as a fresh lint sees it
    expect(headings(v2, linter)).toEqual(headings(v2, new Linter()));
    expect(headings(v2, linter)).toEqual(['推进改革攻坚', '加快项目建设']);
  });
});
