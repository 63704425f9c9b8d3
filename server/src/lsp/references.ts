/**
 * References (every mention of the entity under the cursor) and go-to-definition (its first
 * full-name mention: 伊品 → 黑龙江伊品生物科技有限公司, 大庆 → 大庆市). Within the document.
 */
import type { Location } from 'vscode-languageserver';
import { definitionOf, documentEntitiesAsync, mentionAt } from '../core/entities';
import { toRange } from './convert';
import type { Feature } from './feature';
import { syncDictionary } from './userDictionary';

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true, definitionProvider: true },
  register(ctx) {
    const entityAt = async (uri: string, position: { line: number; character: number }) => {
      await syncDictionary(ctx, uri);
      const analysis = await ctx.analyses.get(uri);
      if (!analysis) return undefined;
      const doc = analysis.document;
      await ctx.entityRuns.ready(uri, analysis.version, doc);
      // an edit came meanwhile: recognise nothing for a stale version (the client asks again)
      if (ctx.documents.get(uri)?.version !== analysis.version) return undefined;
      const index = await documentEntitiesAsync(doc);
      const m = mentionAt(index, doc.lines.offsetAt(position));
      const entity = m && index.entities.find((x) => x.id === m.entity);
      return entity && { doc, entity, mention: m };
    };
    ctx.connection.onReferences(async (params): Promise<Location[] | null> => {
      const hit = await entityAt(params.textDocument.uri, params.position);
      if (!hit) return null;
      const def = definitionOf(hit.entity);
      const mentions = params.context.includeDeclaration ? hit.entity.mentions : hit.entity.mentions.filter((m) => m !== def);
      return mentions.map((m) => ({ uri: params.textDocument.uri, range: toRange(hit.doc.lines, m) }));
    });
    ctx.connection.onDefinition(async (params): Promise<Location | null> => {
      const hit = await entityAt(params.textDocument.uri, params.position);
      if (!hit) return null;
      return { uri: params.textDocument.uri, range: toRange(hit.doc.lines, definitionOf(hit.entity)) };
    });
  },
};
