import { describe, expect, it } from 'vitest';
import { outlineToMarkdown } from '../../client/src/outlineMarkdown';
import { flattenTree } from '../../server/src/tree';
import type { OutlineNode } from '../../server/src/protocol';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
const node = (label: string, depth: number, line: number, children: OutlineNode[] = []): OutlineNode => ({
  label, kind: depth === 0 ? 'title' : 'numbered', depth, confidence: 1, fused: false, range: range(line), selectionRange: range(line), problems: 0, children,
});

describe('outline as Markdown', () => {
  const tree = [node('年度报告', 0, 0, [node('一、回顾', 1, 2, [node('（一）经济', 2, 3)]), node('二、安排', 1, 5)])];

  it('lists the nodes depth first in document order', () => {
    expect(flattenTree(tree).map((n) => n.label)).toEqual(['年度报告', '一、回顾', '（一）经济', '二、安排']);
  });

  it('writes the title as # and each level one # deeper, with the dateline under the title', () => {
    expect(outlineToMarkdown(tree, '2026年1月1日')).toBe('# 年度报告\n\n2026年1月1日\n\n## 一、回顾\n\n### （一）经济\n\n## 二、安排\n');
  });
});
