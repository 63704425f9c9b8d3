/**
 * An editor feature adapter: the capabilities it adds to `initialize` and the handlers it
 * registers. Adapters convert core results to LSP shapes and hold no analysis of their own.
 * Add one by writing lsp/<feature>.ts and listing it in lsp/features.ts.
 */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ZhReportSettings } from '../protocol';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EntityRuns } from './entityRuns';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis (document model + findings) of a document's current version. */
  analyses: DocumentAnalyses;
  /** Background entity computation: await `ready` before reading a document's entities. */
  entityRuns: EntityRuns;
  settingsFor(uri: string): Promise<ZhReportSettings>;
}

export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
}
