/**
 * textDocument/documentSymbol: the report's sections as a hierarchy (VS Code's Outline view and
 * breadcrumbs). The title holds the whole report; its dateline is shown as a leaf.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { sectionsOf, type Section } from '../core/sections';
import { toRange } from './convert';
import type { Feature } from './feature';
import { headingLabel, trimmedEnd } from './outlineConvert';
import type { Analysis } from './documentAnalyses';

/** Symbol kinds by depth, so that the levels get distinct icons. */
const KINDS = [SymbolKind.File, SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field];
const KIND_LABEL: Record<string, string> = { title: '标题', numbered: '', markdown: 'Markdown', standalone: '独立成行', fused: '连排小标题' };

export function toDocumentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { text, lines } = analysis.document;
  const outline = sectionsOf(analysis.document);
  const convert = (s: Section): DocumentSymbol => {
    const h = s.heading;
    const detail = [KIND_LABEL[h.kind], h.confidence < 1 && h.kind !== 'title' ? `置信度 ${h.confidence.toFixed(2)}` : ''].filter(Boolean).join(' · ');
    const symbol: DocumentSymbol = {
      name: headingLabel(text, h),
      detail,
      kind: KINDS[Math.min(s.depth, KINDS.length - 1)],
      range: toRange(lines, { start: s.start, end: trimmedEnd(text, s) }),
      selectionRange: toRange(lines, h),
      children: s.children.map(convert),
    };
    if (h.kind === 'title' && outline.dateline) {
      const d = outline.dateline;
      symbol.children!.unshift({ name: d.text, detail: '日期', kind: SymbolKind.Event, range: toRange(lines, d), selectionRange: toRange(lines, d) });
    }
    return symbol;
  };
  return outline.roots.map(convert);
}

/** The editor asks again after every edit and on focus: one conversion per document version. */
const converted = new WeakMap<Analysis['document'], DocumentSymbol[]>();

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: '报告大纲' } },
  register({ connection, analyses }) {
    connection.onDocumentSymbol(async (params) => {
      const analysis = await analyses.get(params.textDocument.uri);
      if (!analysis) return null;
      let symbols = converted.get(analysis.document);
      if (!symbols) converted.set(analysis.document, (symbols = toDocumentSymbols(analysis)));
      return symbols;
    });
  },
};
