/**
 * @fileoverview Parallel items run together without 顿号 (人民日报新华社光明日报 → 人民日报、新华社、
 * 光明日报), GB/T 15834-2011 4.5.3.1. A learned scorer weighs every seam between two words, with
 * the hand-written evidence as features (core/enumeration.ts); warning when it is confident, hint
 * otherwise. The fix inserts 、 and is safe only between two outlets the lexicon knows.
 */
import { findMissingCommas, type MissingComma } from '../core/enumeration';
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const MESSAGE: Record<MissingComma['kind'], string> = { outlets: 'outlets', shape: 'parallel', entities: 'entities', etc: 'beforeEtc', model: 'likely' };

const rule: ParagraphRule = {
  id: 'punctuation-enumeration-comma',
  description: '并列词语之间缺少顿号',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    outlets: '媒体名称“{{left}}”和“{{right}}”并列，中间缺少顿号',
    parallel: '结构相同的并列项“{{left}}”和“{{right}}”之间缺少顿号',
    entities: '并列的“{{left}}”和“{{right}}”之间缺少顿号',
    beforeEtc: '“等”前并列的“{{left}}”和“{{right}}”之间缺少顿号',
    likely: '“{{left}}”和“{{right}}”可能是并列词语，中间缺少顿号',
  },
  check(paragraph) {
    const text = paragraph.text;
    return findMissingCommas(paragraph).map(
      (m): Report => ({
        messageId: MESSAGE[m.kind],
        start: m.left.start,
        end: m.right.end,
        data: { left: text.slice(m.left.start, m.left.end), right: text.slice(m.right.start, m.right.end) },
        ...(m.strong ? {} : { severity: 'hint' as const }),
        fixes: [{ title: '插入顿号', edits: [{ start: m.at, end: m.at, text: '、' }], safe: m.certain }],
      }),
    );
  },
};

export default rule;
