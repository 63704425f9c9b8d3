/**
 * Hover: asks each hover source, most specific first, and shows the first answer. Sources live in
 * the core (pure functions of the document and an offset); add one to `sources` below.
 */
import { MarkupKind, type HoverParams } from 'vscode-languageserver';
import type { ReportDocument } from '../core/document';
import { entityHover, termHover } from '../core/entityHover';
import { loadCedict } from '../core/cedict';
import { quantityHover } from '../core/quantityHover';
import { toPinyin } from '../core/terms';
import type { Span } from '../core/types';
import { toRange } from './convert';
import type { Feature } from './feature';

/** Markdown for the hover and the span it describes, or undefined when the source has nothing. */
export type HoverSource = (document: ReportDocument, offset: number, uri: string) => { markdown: string; span: Span } | undefined;

const sources: HoverSource[] = [quantityHover, entityHover, termHover];
/** Sources that read the document's entities: skipped while these are still being computed. */
const entitySources = new Set<HoverSource>([entityHover]);

/**
 * How long hovers wait for the entities of a report larger than `WAIT_FULLY_BELOW` characters (on
 * a report just opened they take ~1 s per 100 000 characters), once per version: past that they
 * answer without them (pinyin, gloss, quantities) until the background run is done. Smaller
 * reports are waited for.
 */
const HOVER_WAIT_MS = 250;
const WAIT_FULLY_BELOW = 50_000;
const waitedFor = new WeakSet<ReportDocument>();

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, documents, analyses, entityRuns }) {
    connection.onHover(async (params) => {
      try {
        return await answer(params);
      } finally {
        // the user is at work until the answer is out: a hover that waited for the entities must
        // not leave their run, nobody waiting now, free to take the thread from the next hover
        entityRuns.touch();
      }
    });
    const answer = async (params: HoverParams) => {
      const uri = params.textDocument.uri;
      const analysis = await analyses.get(uri);
      if (!analysis) return null;
      const doc = analysis.document;
      // entities are computed in the background (entityRuns.ts): a hover that comes before they
      // are done hurries that run on and waits for it (loading the term sources meanwhile)
      let withEntities = entityRuns.isReady(doc);
      if (!withEntities && !waitedFor.has(doc)) {
        warmTermSources();
        const small = doc.text.length < WAIT_FULLY_BELOW;
        if (!small) waitedFor.add(doc);
        withEntities = await entityRuns.ready(uri, analysis.version, doc, small ? Infinity : HOVER_WAIT_MS);
      }
      // an edit came meanwhile: the client asks again for the new version
      if (documents.get(uri)?.version !== analysis.version) return null;
      const offset = doc.lines.offsetAt(params.position);
      for (const source of sources) {
        if (!withEntities && entitySources.has(source)) continue;
        const h = source(doc, offset, uri);
        if (h) return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(doc.lines, h.span) };
      }
      return null;
    };
  },
};

let warmed = false;
/**
 * pinyin-pro (~150 ms to load) and CC-CEDICT (a worker) are loaded on the first hover, not at
 * start (they cost ~70 MB for users who never hover): while that hover waits for the entities, so
 * that the next hover does not pay for them.
 */
function warmTermSources(): void {
  if (warmed) return;
  warmed = true;
  setImmediate(() => {
    try {
      toPinyin('中');
      void loadCedict();
    } catch {
      // the term hover reports what is missing
    }
  });
}
