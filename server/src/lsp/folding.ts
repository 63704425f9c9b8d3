/** textDocument/foldingRange: one region per section spanning more than one line. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { sectionsOf } from '../core/sections';
import { flattenTree } from '../tree';
import type { Analysis } from './documentAnalyses';
import type { Feature } from './feature';
import { headingLabel, trimmedEnd } from './outlineConvert';

export function toFoldingRanges(analysis: Analysis): FoldingRange[] {
  const { text, lines } = analysis.document;
  const out: FoldingRange[] = [];
  for (const s of flattenTree(sectionsOf(analysis.document).roots)) {
    const startLine = lines.positionAt(s.heading.start).line;
    const endLine = lines.positionAt(trimmedEnd(text, s)).line;
    // a heading fused inside a line has nothing to fold
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region, collapsedText: headingLabel(text, s.heading) });
  }
  return out;
}

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, analyses }) {
    connection.onFoldingRanges(async (params) => {
      const analysis = await analyses.get(params.textDocument.uri);
      return analysis ? toFoldingRanges(analysis) : null;
    });
  },
};
