/**
 * @fileoverview Quotation marks a careful editor restores (GB/T 15834-2011, 4.8): a direct quote
 * closed by `……某某说。` or opened by `某某说，我们……`, a name introduced by 简称/称为/被誉为/所谓
 * (简称伊品 → 简称“伊品”), and slogans or policy shorthand (十四五, 一老一小, 人工智能+). The pair is
 * inserted only where the span is certain; a quotation's extent is never guessed.
 */
import { findAttributions } from '../core/speech';
import { findQuotableTerms } from '../core/slogans';
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const rule: ParagraphRule = {
  id: 'punctuation-quotation-marks',
  description: '直接引语、特定称谓或口号缺少引号',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    closingQuote: '“{{speaker}}”说的话是直接引语，应加引号',
    openingQuote: '“{{speaker}}”之后以第一人称说的话是直接引语，应加引号',
    definedTerm: '“{{term}}”是特定称谓，应加引号',
    slogan: '“{{term}}”是口号或简称，应加引号',
  },
  check(paragraph) {
    const text = paragraph.text;
    const reports: Report[] = [];
    for (const a of findAttributions(paragraph)) {
      reports.push({ messageId: a.kind === 'closing' ? 'closingQuote' : 'openingQuote', start: a.span.start, end: a.span.end, data: { speaker: a.speaker } });
    }
    for (const t of findQuotableTerms(paragraph)) {
      const term = text.slice(t.start, t.end);
      reports.push({
        messageId: t.kind === 'defined' ? 'definedTerm' : 'slogan',
        start: t.start,
        end: t.end,
        data: { term },
        ...(t.weak ? { severity: 'hint' as const } : {}),
        fixes: [{ title: `加引号：“${term}”`, edits: [{ start: t.start, end: t.start, text: '“' }, { start: t.end, end: t.end, text: '”' }], safe: t.certain }],
      });
    }
    return reports;
  },
};

export default rule;
