/**
 * Suite `entities`: mention precision, recall, F1 and type accuracy of the entity recogniser on
 * hand-labelled windows of the gov reports (bench/data/entities.labels.json; rules in
 * docs/entities-labelling.md), beside the raw jieba-POS baseline (nr/nrfg/nrt → person, ns →
 * place, nt → organization; one mention per token) in the same run.
 *
 * A prediction counts when it lies inside a labelled window. A mention is found when a
 * prediction has exactly its span; type accuracy is the share of found mentions whose type is
 * right; "typed F1" needs span and type both. Also measured: the one-time cost of the gazetteer
 * and of CC-CEDICT (time, heap after GC) and the recogniser's time per report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cedictStats, loadCedictSync } from '../server/src/core/cedict';
import { buildDocument, ParagraphAnalyzer, type ReportDocument } from '../server/src/core/document';
import { findEntities } from '../server/src/core/entities';
import type { EntityType } from '../server/src/core/entityTypes';
import { gazetteer } from '../server/src/core/gazetteer';
import { sharedJieba } from '../server/src/core/segmenter';
import { corpusDir, loadCorpus } from './corpus';
import { fmt, ratios, table, type Score } from './metrics';
import type { Suite } from './run';

interface Window {
  id: number;
  file: string;
  start: number;
  end: number;
  kind: 'body' | 'head';
}
interface Labelled {
  file: string;
  start: number;
  end: number;
  type: EntityType;
  text: string;
}
interface Predicted {
  start: number;
  end: number;
  type: EntityType;
}

const TYPES: EntityType[] = ['person', 'place', 'organization', 'media'];

function jiebaBaseline(doc: ReportDocument): Predicted[] {
  const out: Predicted[] = [];
  for (const p of doc.paragraphs) {
    for (const t of p.tokens) {
      const type: EntityType | undefined = /^(nr|nrfg|nrt)$/.test(t.tag) ? 'person' : t.tag === 'ns' ? 'place' : t.tag === 'nt' ? 'organization' : undefined;
      if (type) out.push({ start: p.start + t.start, end: p.start + t.end, type });
    }
  }
  return out;
}

interface Tally extends Score {
  typed: number;
}

function score(gold: Labelled[], predicted: Predicted[]): Tally & { confusions: string[] } {
  const bySpan = new Map(predicted.map((p) => [`${p.start}:${p.end}`, p]));
  let tp = 0;
  let typed = 0;
  const confusions: string[] = [];
  for (const g of gold) {
    const p = bySpan.get(`${g.start}:${g.end}`);
    if (!p) continue;
    tp++;
    if (p.type === g.type) typed++;
    else confusions.push(`${g.text} ${g.type}→${p.type}`);
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp, typed, confusions };
}

function row(name: string, t: Tally): Array<string | number> {
  const { precision, recall, f1 } = ratios(t);
  const typedF1 = ratios({ tp: t.typed, fp: t.tp + t.fp - t.typed, fn: t.tp + t.fn - t.typed }).f1;
  return [name, t.tp + t.fn, t.tp + t.fp, fmt(precision), fmt(recall), fmt(f1), fmt(t.tp ? t.typed / t.tp : 0), fmt(typedF1)];
}

function add(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, typed: a.typed + b.typed };
}

const zero = (): Tally => ({ tp: 0, fp: 0, fn: 0, typed: 0 });

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

export const entitiesSuite: Suite = {
  name: 'entities',
  title: 'Entities: recogniser vs jieba POS on hand-labelled gov-report windows',
  async run() {
    const corpus = loadCorpus();
    if (!corpus) return `语料不存在 (corpus missing): ${corpusDir()}`;
    const labels = JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench', 'data', 'entities.labels.json'), 'utf8')) as { windows: Window[]; mentions: Labelled[] };
    const texts = new Map(corpus.map((c) => [c.name, c.text]));
    const jieba = sharedJieba();
    jieba.load();
    const analyzer = new ParagraphAnalyzer(jieba);

    // one-time costs, measured before anything else touches the data
    let h0 = heapMB();
    let t0 = Date.now();
    const gaz = gazetteer();
    const gazMs = Date.now() - t0;
    const gazMB = heapMB() - h0;

    const totals = { ours: { body: zero(), head: zero() }, base: { body: zero(), head: zero() } };
    const perType = new Map<EntityType, { ours: Tally; base: Tally }>(TYPES.map((t) => [t, { ours: zero(), base: zero() }]));
    const confusions: string[] = [];
    const misses: string[] = [];
    const falsePositives: string[] = [];
    let recogniserMs = 0;
    let recognisedChars = 0;
    for (const file of [...new Set(labels.windows.map((w) => w.file))].sort()) {
      const text = texts.get(file);
      if (!text) throw new Error(`labelled file missing from the corpus: ${file}`);
      const doc = buildDocument(text, analyzer);
      t0 = Date.now();
      const index = findEntities(doc);
      recogniserMs += Date.now() - t0;
      recognisedChars += text.length;
      const ours: Predicted[] = index.mentions.map((m) => ({ start: m.start, end: m.end, type: index.entities.find((e) => e.id === m.entity)!.type }));
      const base = jiebaBaseline(doc);
      for (const w of labels.windows.filter((x) => x.file === file)) {
        const inW = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= w.start && x.end <= w.end);
        const gold = inW(labels.mentions.filter((m) => m.file === file));
        for (const g of gold) if (text.slice(g.start, g.end) !== g.text) throw new Error(`label offset drifted: ${file} ${g.start} ${g.text}`);
        const o = score(gold, inW(ours));
        const b = score(gold, inW(base));
        totals.ours[w.kind] = add(totals.ours[w.kind], o);
        totals.base[w.kind] = add(totals.base[w.kind], b);
        confusions.push(...o.confusions);
        const spans = new Set(inW(ours).map((p) => `${p.start}:${p.end}`));
        for (const g of gold) if (!spans.has(`${g.start}:${g.end}`)) misses.push(`${g.text}(${g.type[0]})`);
        const goldSpans = new Set(gold.map((g) => `${g.start}:${g.end}`));
        for (const p of inW(ours)) if (!goldSpans.has(`${p.start}:${p.end}`)) falsePositives.push(`${text.slice(p.start, p.end)}(${p.type[0]})`);
        for (const type of TYPES) {
          const g = gold.filter((x) => x.type === type);
          const pt = perType.get(type)!;
          pt.ours = add(pt.ours, score(g, inW(ours).filter((x) => x.type === type)));
          pt.base = add(pt.base, score(g, inW(base).filter((x) => x.type === type)));
        }
      }
    }

    h0 = heapMB();
    t0 = Date.now();
    loadCedictSync();
    const cedictMs = Date.now() - t0;
    const cedictMB = heapMB() - h0;

    const header = ['', 'gold', 'predicted', 'precision', 'recall', 'F1', 'type accuracy', 'typed F1'];
    const all = (k: 'ours' | 'base') => add(totals[k].body, totals[k].head);
    const out: string[] = [];
    out.push(`${labels.mentions.length} hand-labelled mentions in ${labels.windows.length} windows of ${new Set(labels.windows.map((w) => w.file)).size} reports (body: 3 paragraphs per report at fixed relative positions, first 400 characters; head: each report's title, session and speaker lines).`, '');
    out.push(
      table(header, [
        row('**recogniser, all windows**', all('ours')),
        row('recogniser, body windows', totals.ours.body),
        row('recogniser, head windows', totals.ours.head),
        row('**jieba POS baseline, all windows**', all('base')),
        row('jieba POS baseline, body windows', totals.base.body),
        row('jieba POS baseline, head windows', totals.base.head),
      ]),
    );
    out.push('', 'Per type (span and type must both match; type accuracy is 1 by construction here):', '');
    out.push(
      table(
        ['type', 'gold', 'recogniser P', 'recogniser R', 'recogniser F1', 'jieba P', 'jieba R', 'jieba F1'],
        TYPES.map((t) => {
          const { ours, base } = perType.get(t)!;
          const o = ratios(ours);
          const b = ratios(base);
          return [t, ours.tp + ours.fn, fmt(o.precision), fmt(o.recall), fmt(o.f1), fmt(b.precision), fmt(b.recall), fmt(b.f1)];
        }),
      ),
    );
    out.push('', `Wrong types (${confusions.length}): ${confusions.join('，') || '—'}`);
    out.push('', `Missed (${misses.length}): ${misses.join(' ')}`);
    out.push('', `False positives (${falsePositives.length}): ${falsePositives.join(' ')}`);
    out.push(
      '',
      table(
        ['cost', 'value'],
        [
          ['gazetteer parse (first entity request)', `${gazMs} ms, ${gaz.byName.size} names, heap +${gazMB.toFixed(1)} MB`],
          ['recogniser on the 23 labelled reports (whole files)', `${recogniserMs} ms for ${(recognisedChars / 1000).toFixed(0)}k characters (${((recogniserMs / recognisedChars) * 10000).toFixed(1)} ms per 10k)`],
          ['CC-CEDICT index (first term hover)', `${cedictMs} ms, ${cedictStats.entries} entries, heap +${cedictMB.toFixed(1)} MB`],
        ],
      ),
    );
    return out.join('\n');
  },
};
