/**
 * Hover: asks each hover source, most specific first, and shows the first answer. Sources live in
 * the core (pure functions of the document and an offset); add one to `sources` below.
 */
import { MarkupKind } from 'vscode-languageserver';
import type { ReportDocument } from '../core/document';
import { entitiesInFlight } from '../core/entities';
import { entityHover, termHover } from '../core/entityHover';
import { quantityHover } from '../core/quantityHover';
import type { Span } from '../core/types';
import { toRange } from './convert';
import type { Feature } from './feature';

/** Markdown for the hover and the span it describes, or undefined when the source has nothing. */
export type HoverSource = (document: ReportDocument, offset: number, uri: string) => { markdown: string; span: Span } | undefined;

const sources: HoverSource[] = [quantityHover, entityHover, termHover];

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, analyses }) {
    connection.onHover(async (params) => {
      const analysis = await analyses.get(params.textDocument.uri);
      if (!analysis) return null;
      // entities are computed in the background once diagnostics are out (server.ts): a hover
      // that comes before they are done waits for that run instead of starting its own
      await entitiesInFlight(analysis.document);
      const offset = analysis.document.lines.offsetAt(params.position);
      for (const source of sources) {
        const h = source(analysis.document, offset, params.textDocument.uri);
        if (h) return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(analysis.document.lines, h.span) };
      }
      return null;
    });
  },
};
