/** A rule that throws loses its own findings only: the others' are kept and the error is reported. */
import { describe, expect, it } from 'vitest';
import { sharedJieba } from '../../server/src/core/segmenter';
import { Linter } from '../../server/src/linter';
import { rulesById } from '../../server/src/rules';
import type { DocumentRule, ParagraphRule } from '../../server/src/rules/rule';

const meta = { description: '测试', tags: [], severity: 'warning' as const, messages: { x: 'x' } };
const throwsOnParagraph: ParagraphRule = {
  ...meta,
  id: 'test-paragraph-throws',
  scope: 'paragraph',
  check(p) {
    if (p.text.includes('坏')) throw new Error('paragraph rule broke');
    return [{ messageId: 'x', start: 0, end: 1 }];
  },
};
const throwsOnDocument: DocumentRule = {
  ...meta,
  id: 'test-document-throws',
  scope: 'document',
  check() {
    throw new Error('document rule broke');
  },
};

describe('rule isolation', () => {
  it("keeps every other rule's findings when a paragraph or document rule throws, and names the rule once", () => {
    const linter = new Linter(sharedJieba(), [throwsOnParagraph, throwsOnDocument, rulesById.get('quantity-missing')!]);
    const result = linter.lint('项目总投资亿元。\n这一段坏了，员工人。\n第三段很好。\n');
    expect(result.findings.filter((f) => f.ruleId === 'quantity-missing').map((f) => f.start)).toEqual([5, 17]);
    // the paragraph rule still reports on the paragraphs it did not throw on
    expect(result.findings.filter((f) => f.ruleId === 'test-paragraph-throws')).toHaveLength(2);
    expect(result.ruleErrors).toEqual([
      { ruleId: 'test-paragraph-throws', message: 'paragraph rule broke' },
      { ruleId: 'test-document-throws', message: 'document rule broke' },
    ]);
  });

  it('reports no errors when no rule throws', () => {
    expect(new Linter(sharedJieba(), [rulesById.get('quantity-missing')!]).lint('员工人。').ruleErrors).toEqual([]);
  });
});
