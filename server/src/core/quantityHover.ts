/**
 * Hover source for a quantity that is present: its normalised value (60199.45亿元 →
 * 6,019,945,000,000 元, 2020年9月24日 → 2020-09-24) and GB/T 15835-2011 advice on irregular forms.
 * Pure: a function of the document and an absolute offset (the LSP adapter lists it in hover.ts).
 */
import { paragraphAt, type ReportDocument } from './document';
import { quantityAt } from './quantities';
import type { Span } from './types';

export function quantityHover(document: ReportDocument, offset: number): { markdown: string; span: Span } | undefined {
  const para = paragraphAt(document, offset);
  if (!para) return undefined;
  const q = quantityAt(para.text, offset - para.start);
  if (!q) return undefined;
  const label = q.kind === 'date' ? '日期' : '数值';
  const lines = [`**${q.text}** — ${label}：${q.normalized}`];
  for (const a of q.advice) lines.push(`- ${a}`);
  return { markdown: lines.join('\n\n'), span: { start: para.start + q.start, end: para.start + q.end } };
}
