/** Document highlights: every mention of the entity under the cursor (宋亚东, 伊品 and its full name). */
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import { definitionOf, documentEntitiesAsync, mentionAt } from '../core/entities';
import { toRange } from './convert';
import type { Feature } from './feature';
import { syncDictionary } from './userDictionary';

export const highlightsFeature: Feature = {
  capabilities: { documentHighlightProvider: true },
  register(ctx) {
    ctx.connection.onDocumentHighlight(async (params): Promise<DocumentHighlight[] | null> => {
      await syncDictionary(ctx, params.textDocument.uri);
      const analysis = await ctx.analyses.get(params.textDocument.uri);
      if (!analysis) return null;
      const doc = analysis.document;
      await ctx.entityRuns.ready(params.textDocument.uri, analysis.version, doc);
      // an edit came meanwhile: recognise nothing for a stale version (the client asks again)
      if (ctx.documents.get(params.textDocument.uri)?.version !== analysis.version) return null;
      const index = await documentEntitiesAsync(doc);
      const m = mentionAt(index, doc.lines.offsetAt(params.position));
      const e = m && index.entities.find((x) => x.id === m.entity);
      if (!e) return null;
      const def = definitionOf(e);
      // the defining mention reads as a "write", the others as "reads"
      return e.mentions.map((x) => ({ range: toRange(doc.lines, x), kind: x === def ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
    });
  },
};
