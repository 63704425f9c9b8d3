/** `zhReport/outline` (see protocol.ts): the outline tree with problem counts for the client view. */
import { sectionsOf } from '../core/sections';
import { OUTLINE_REQUEST, type OutlineParams, type OutlineResult } from '../protocol';
import type { Analysis } from './documentAnalyses';
import type { Feature } from './feature';
import { toOutlineNodes } from './outlineConvert';

export function toOutlineResult(analysis: Analysis): OutlineResult {
  const { text, lines } = analysis.document;
  const outline = sectionsOf(analysis.document);
  return {
    uri: analysis.uri,
    version: analysis.version,
    ...(outline.dateline ? { dateline: outline.dateline.text } : {}),
    nodes: toOutlineNodes(text, lines, outline.roots, analysis.findings),
  };
}

export const outlineFeature: Feature = {
  capabilities: {},
  register({ connection, analyses }) {
    connection.onRequest(OUTLINE_REQUEST, async (params: OutlineParams): Promise<OutlineResult | null> => {
      const analysis = await analyses.get(params.uri);
      return analysis ? toOutlineResult(analysis) : null;
    });
  },
};
