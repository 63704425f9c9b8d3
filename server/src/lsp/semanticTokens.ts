/**
 * Semantic tokens so that persons, places, organisations and media can be coloured. Standard
 * token types where one fits (a theme colours them without configuration): person → variable,
 * place → namespace, organization → class, media → type. The `zhReport` modifier (declared in
 * package.json) marks them as ours, so a theme or `editor.semanticTokenColorCustomizations` can
 * colour `variable.zhReport` etc. apart from code; `declaration` marks an entity's defining mention.
 */
import { LSPErrorCodes, ResponseError, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { definitionOf, documentEntitiesAsync, type EntityIndex } from '../core/entities';
import type { EntityType } from '../core/entityTypes';
import type { ReportDocument } from '../core/document';
import type { Feature } from './feature';
import { syncDictionary } from './userDictionary';

export const TOKEN_TYPES = ['variable', 'namespace', 'class', 'type'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'zhReport'] as const;
const TYPE_INDEX: Record<EntityType, number> = { person: 0, place: 1, organization: 2, media: 3 };

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** Encodes the document's mentions as LSP relative token data (one line per token run). */
export function toSemanticTokens(doc: ReportDocument, index: EntityIndex): SemanticTokens {
  const defs = new Set(index.entities.map((e) => definitionOf(e)));
  const typeOf = new Map(index.entities.map((e) => [e.id, e.type]));
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const m of index.mentions) {
    const start = doc.lines.positionAt(m.start);
    const end = doc.lines.positionAt(m.end);
    if (end.line !== start.line) continue; // a mention never spans lines; be safe anyway
    const type = typeOf.get(m.entity);
    if (type === undefined) continue;
    const deltaLine = start.line - prevLine;
    const deltaChar = deltaLine === 0 ? start.character - prevChar : start.character;
    const modifiers = (defs.has(m) ? 1 : 0) | 2;
    data.push(deltaLine, deltaChar, end.character - start.character, TYPE_INDEX[type], modifiers);
    prevLine = start.line;
    prevChar = start.character;
  }
  return { data };
}

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend, full: true } },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on(async (params) => {
      const uri = params.textDocument.uri;
      await syncDictionary(ctx, uri);
      const analysis = await ctx.analyses.get(uri);
      if (!analysis) return { data: [] };
      await ctx.entityRuns.ready(uri, analysis.version, analysis.document);
      // an edit came meanwhile: recognise nothing for a stale version (the client asks again)
      if (ctx.documents.get(uri)?.version !== analysis.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'zh-report：文档已修改');
      return toSemanticTokens(analysis.document, await documentEntitiesAsync(analysis.document));
    });
  },
};
