/**
 * Suite `entities`: mention precision, recall, F1 and type accuracy of the entity recogniser on
 * hand-labelled windows (rules in docs/entities-labelling.md), beside the raw jieba-POS baseline
 * (nr/nrfg/nrt → person, ns → place, nt → organization; one mention per token) in the same run.
 * Two label sets are scored apart: the held-out test set (bench/data/entities.test.labels.json:
 * gov-report windows and the seed news report; the figure to quote, its errors only counted so
 * that nobody tunes to them), the dev set (bench/data/entities.labels.json, errors listed) and
 * the fresh2 set (bench/data/entities.fresh2.labels.json: gov-report windows labelled before the
 * round of work it checks; errors only counted as for the test set) and the fresh3 set
 * (bench/data/entities.fresh3.labels.json: the same, labelled before the round after that) and the
 * fresh4 set (bench/data/entities.fresh4.labels.json: labelled with no change to the recogniser after
 * it; its errors are listed since round 6, which studied them) and the fresh5 set
 * (bench/data/entities.fresh5.labels.json: labelled and committed before the round it checks; errors only
 * counted in round 6, listed since round 7, which studied them) and the fresh6 set
 * (bench/data/entities.fresh6.labels.json: labelled and committed before round 7; errors only counted in
 * round 7, listed since round 8, which studied them) and the
 * fresh7 set (bench/data/entities.fresh7.labels.json: labelled and committed before round 8 and before the
 * recogniser was run on its windows; errors only counted, never listed).
 * The test set has been in-sample since round 5: ENT_LIST_TEST=1 lists its errors; since round 8,
 * ENT_LIST_FRESH23=1 lists fresh2's and fresh3's (in-sample too: several rounds read their figures).
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
  kind: 'body' | 'head' | 'news';
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

interface LabelSet {
  windows: Window[];
  mentions: Labelled[];
}

const KINDS: Array<Window['kind']> = ['body', 'head', 'news'];
const KIND_NAMES: Record<Window['kind'], string> = { body: 'gov body windows', head: 'gov head windows', news: 'news windows (seed)' };

interface Evaluation {
  ours: Map<Window['kind'], Tally>;
  base: Map<Window['kind'], Tally>;
  perType: Map<EntityType, { ours: Tally; base: Tally }>;
  confusions: string[];
  misses: string[];
  falsePositives: string[];
  /** Missed mentions that a prediction overlaps (a boundary error), and predictions overlapping a missed mention. */
  boundaryMisses: number;
  boundaryFalsePositives: number;
  /** Boundary false positives inside a missed mention (too short), around one (too long), or crossing one. */
  tooShort: number;
  tooLong: number;
  /** Missed mentions no prediction overlaps, by length (1, 2, 3, 4 and more characters). */
  unseenByLength: number[];
}

const repoRoot = join(__dirname, '..', '..');

function readLabels(name: string): LabelSet {
  return JSON.parse(readFileSync(join(repoRoot, 'bench', 'data', name), 'utf8')) as LabelSet;
}

/** Scores one label set; documents are built and recognised once per file (shared via `cache`). */
function evaluate(labels: LabelSet, textOf: (file: string) => string, predict: (file: string) => { ours: Predicted[]; base: Predicted[] }): Evaluation {
  const ev: Evaluation = {
    ours: new Map(KINDS.map((k) => [k, zero()])),
    base: new Map(KINDS.map((k) => [k, zero()])),
    perType: new Map(TYPES.map((t) => [t, { ours: zero(), base: zero() }])),
    confusions: [],
    misses: [],
    falsePositives: [],
    boundaryMisses: 0,
    boundaryFalsePositives: 0,
    tooShort: 0,
    tooLong: 0,
    unseenByLength: [0, 0, 0, 0],
  };
  for (const file of [...new Set(labels.windows.map((w) => w.file))].sort()) {
    const text = textOf(file);
    const { ours, base } = predict(file);
    for (const w of labels.windows.filter((x) => x.file === file)) {
      const inW = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= w.start && x.end <= w.end);
      const gold = inW(labels.mentions.filter((m) => m.file === file));
      for (const g of gold) if (text.slice(g.start, g.end) !== g.text) throw new Error(`label offset drifted: ${file} ${g.start} ${g.text}`);
      const o = score(gold, inW(ours));
      ev.ours.set(w.kind, add(ev.ours.get(w.kind)!, o));
      ev.base.set(w.kind, add(ev.base.get(w.kind)!, score(gold, inW(base))));
      ev.confusions.push(...o.confusions);
      const spans = new Set(inW(ours).map((p) => `${p.start}:${p.end}`));
      for (const g of gold) if (!spans.has(`${g.start}:${g.end}`)) ev.misses.push(`${g.text}(${g.type[0]})`);
      const goldSpans = new Set(gold.map((g) => `${g.start}:${g.end}`));
      for (const p of inW(ours)) if (!goldSpans.has(`${p.start}:${p.end}`)) ev.falsePositives.push(`${text.slice(p.start, p.end)}(${p.type[0]})`);
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      const missed = gold.filter((g) => !spans.has(`${g.start}:${g.end}`));
      const wrong = inW(ours).filter((p) => !goldSpans.has(`${p.start}:${p.end}`));
      ev.boundaryMisses += missed.filter((g) => wrong.some((p) => overlaps(g, p))).length;
      ev.boundaryFalsePositives += wrong.filter((p) => missed.some((g) => overlaps(g, p))).length;
      ev.tooShort += wrong.filter((p) => missed.some((g) => g.start <= p.start && p.end <= g.end)).length;
      ev.tooLong += wrong.filter((p) => missed.some((g) => p.start <= g.start && g.end <= p.end)).length;
      for (const g of missed) if (!wrong.some((p) => overlaps(g, p))) ev.unseenByLength[Math.min(g.end - g.start, 4) - 1]++;
      for (const type of TYPES) {
        const g = gold.filter((x) => x.type === type);
        const pt = ev.perType.get(type)!;
        pt.ours = add(pt.ours, score(g, inW(ours).filter((x) => x.type === type)));
        pt.base = add(pt.base, score(g, inW(base).filter((x) => x.type === type)));
      }
    }
  }
  return ev;
}

const HEADER = ['', 'gold', 'predicted', 'precision', 'recall', 'F1', 'type accuracy', 'typed F1'];

function report(labels: LabelSet, ev: Evaluation, listErrors: boolean): string[] {
  const total = (m: Map<Window['kind'], Tally>) => [...m.values()].reduce(add, zero());
  const kinds = KINDS.filter((k) => labels.windows.some((w) => w.kind === k));
  const out: string[] = [];
  out.push(
    table(HEADER, [
      row('**recogniser, all windows**', total(ev.ours)),
      ...kinds.map((k) => row(`recogniser, ${KIND_NAMES[k]}`, ev.ours.get(k)!)),
      row('**jieba POS baseline, all windows**', total(ev.base)),
      ...kinds.map((k) => row(`jieba POS baseline, ${KIND_NAMES[k]}`, ev.base.get(k)!)),
    ]),
  );
  out.push('', 'Per type (span and type must both match; type accuracy is 1 by construction here):', '');
  out.push(
    table(
      ['type', 'gold', 'recogniser P', 'recogniser R', 'recogniser F1', 'jieba P', 'jieba R', 'jieba F1'],
      TYPES.map((t) => {
        const { ours, base } = ev.perType.get(t)!;
        const o = ratios(ours);
        const b = ratios(base);
        return [t, ours.tp + ours.fn, fmt(o.precision), fmt(o.recall), fmt(o.f1), fmt(b.precision), fmt(b.recall), fmt(b.f1)];
      }),
    ),
  );
  if (listErrors) {
    out.push('', `Wrong types (${ev.confusions.length}): ${ev.confusions.join('，') || '—'}`);
    out.push('', `Missed (${ev.misses.length}): ${ev.misses.join(' ')}`);
    out.push('', `False positives (${ev.falsePositives.length}): ${ev.falsePositives.join(' ')}`);
  } else {
    out.push('', `Errors counted, not listed (held out): ${ev.confusions.length} wrong types, ${ev.misses.length} missed, ${ev.falsePositives.length} false positives.`);
  }
  out.push('', `Boundary errors (a prediction overlaps a missed mention): ${ev.boundaryMisses} of the missed, ${ev.boundaryFalsePositives} of the false positives (${ev.tooShort} inside the mention, ${ev.tooLong} around it, the rest crossing it). Missed with no prediction over them, by length 1/2/3/4+: ${ev.unseenByLength.join('/')}.`);
  return out;
}

/**
 * The reports' openings and closings repeat a few names (习近平, 党中央, 中国, 国务院) that the
 * recogniser always finds; a set drawn where they cluster scores higher without being harder.
 * This row scores a set with those names taken out of both gold and predictions.
 */
const RECURRING = new Set(['习近平', '党中央', '中国', '国务院']);

function withoutRecurring(labels: LabelSet, textOf: (file: string) => string, predict: (file: string) => { ours: Predicted[]; base: Predicted[] }): string {
  const kept = { ...labels, mentions: labels.mentions.filter((m) => !RECURRING.has(m.text)) };
  const keep = (file: string, xs: Predicted[]) => xs.filter((x) => !RECURRING.has(textOf(file).slice(x.start, x.end)));
  const ev = evaluate(kept, textOf, (file) => {
    const { ours, base } = predict(file);
    return { ours: keep(file, ours), base: keep(file, base) };
  });
  const total = (m: Map<Window['kind'], Tally>) => [...m.values()].reduce(add, zero());
  const o = ratios(total(ev.ours));
  const b = ratios(total(ev.base));
  return `Without the names every report repeats (${[...RECURRING].join(', ')}; ${labels.mentions.length - kept.mentions.length} of the ${labels.mentions.length} gold mentions): recogniser P ${fmt(o.precision)}, R ${fmt(o.recall)}, F1 ${fmt(o.f1)}; jieba POS F1 ${fmt(b.f1)}.`;
}

function describe(labels: LabelSet): string {
  const files = new Set(labels.windows.map((w) => w.file));
  const kinds = KINDS.map((k) => [k, labels.windows.filter((w) => w.kind === k).length] as const).filter(([, n]) => n > 0);
  return `${labels.mentions.length} hand-labelled mentions in ${labels.windows.length} windows of ${files.size} files (${kinds.map(([k, n]) => `${n} ${KIND_NAMES[k]}`).join(', ')}).`;
}

export const entitiesSuite: Suite = {
  name: 'entities',
  title: 'Entities: recogniser vs jieba POS on hand-labelled windows (held-out test set and dev set)',
  async run() {
    const corpus = loadCorpus();
    if (!corpus) return `语料不存在 (corpus missing): ${corpusDir()}`;
    const dev = readLabels('entities.labels.json');
    const test = readLabels('entities.test.labels.json');
    const fresh2 = readLabels('entities.fresh2.labels.json');
    const fresh3 = readLabels('entities.fresh3.labels.json');
    const fresh4 = readLabels('entities.fresh4.labels.json');
    const fresh5 = readLabels('entities.fresh5.labels.json');
    const fresh6 = readLabels('entities.fresh6.labels.json');
    const fresh7 = readLabels('entities.fresh7.labels.json');
    const texts = new Map(corpus.map((c) => [c.name, c.text]));
    // files under seeds/ are the repository's own samples; the rest are corpus file names
    const textOf = (file: string): string => {
      const t = file.startsWith('seeds/') ? readFileSync(join(repoRoot, file), 'utf8').replace(/^\ufeff/, '') : texts.get(file);
      if (t === undefined) throw new Error(`labelled file missing from the corpus: ${file}`);
      return t;
    };
    const jieba = sharedJieba();
    jieba.load();
    const analyzer = new ParagraphAnalyzer(jieba);

    // one-time costs, measured before anything else touches the data
    let h0 = heapMB();
    let t0 = Date.now();
    const gaz = gazetteer();
    const gazMs = Date.now() - t0;
    const gazMB = heapMB() - h0;

    let recogniserMs = 0;
    let recognisedChars = 0;
    const predictions = new Map<string, { ours: Predicted[]; base: Predicted[] }>();
    const predict = (file: string) => {
      let p = predictions.get(file);
      if (!p) {
        const text = textOf(file);
        const doc = buildDocument(text, analyzer);
        t0 = Date.now();
        const index = findEntities(doc);
        recogniserMs += Date.now() - t0;
        recognisedChars += text.length;
        const types = new Map(index.entities.map((e) => [e.id, e.type]));
        p = { ours: index.mentions.map((m) => ({ start: m.start, end: m.end, type: types.get(m.entity)! })), base: jiebaBaseline(doc) };
        predictions.set(file, p);
      }
      return p;
    };
    const testEval = evaluate(test, textOf, predict);
    const devEval = evaluate(dev, textOf, predict);
    const fresh2Eval = evaluate(fresh2, textOf, predict);
    const fresh3Eval = evaluate(fresh3, textOf, predict);
    const fresh4Eval = evaluate(fresh4, textOf, predict);
    const fresh5Eval = evaluate(fresh5, textOf, predict);
    const fresh6Eval = evaluate(fresh6, textOf, predict);
    const fresh7Eval = evaluate(fresh7, textOf, predict);

    h0 = heapMB();
    t0 = Date.now();
    loadCedictSync();
    const cedictMs = Date.now() - t0;
    const cedictMB = heapMB() - h0;

    const out: string[] = [];
    out.push('### Test set (held out until round 5, in-sample since; errors counted, listed with ENT_LIST_TEST=1)', '', describe(test), '');
    out.push(...report(test, testEval, !!process.env.ENT_LIST_TEST));
    out.push('', '### Fresh2 set (labelled before the round it checks; errors counted, listed with ENT_LIST_FRESH23=1)', '', describe(fresh2), '');
    out.push(...report(fresh2, fresh2Eval, !!process.env.ENT_LIST_FRESH23));
    out.push('', '### Fresh3 set (labelled before the round it checks; errors counted, listed with ENT_LIST_FRESH23=1)', '', describe(fresh3), '');
    out.push(...report(fresh3, fresh3Eval, !!process.env.ENT_LIST_FRESH23));
    out.push('', '### Fresh4 set (out of sample when added; its errors are listed since round 6, so in-sample now)', '', describe(fresh4), '');
    out.push(...report(fresh4, fresh4Eval, true));
    out.push('', '### Fresh5 set (out of sample in round 6, scored before and after it; its errors are listed since round 7, so in-sample now)', '', describe(fresh5), '');
    out.push(...report(fresh5, fresh5Eval, true));
    out.push('', '### Fresh6 set (out of sample in round 7, scored before and after it; its errors are listed since round 8, so in-sample now)', '', describe(fresh6), '');
    out.push(...report(fresh6, fresh6Eval, true));
    out.push('', withoutRecurring(fresh6, textOf, predict));
    out.push('', '### Fresh7 set (labelled and committed before the round it checks; out of sample; errors counted, not listed)', '', describe(fresh7), '');
    out.push(...report(fresh7, fresh7Eval, false));
    out.push('', withoutRecurring(fresh7, textOf, predict));
    out.push('', withoutRecurring(test, textOf, predict).replace('Without', 'Test set, without'));
    out.push('', '### Dev set (used while tuning; in-sample)', '', describe(dev), '');
    out.push(...report(dev, devEval, true));
    out.push(
      '',
      table(
        ['cost', 'value'],
        [
          ['gazetteer parse (first entity request)', `${gazMs} ms, ${gaz.byName.size} names, heap +${gazMB.toFixed(1)} MB`],
          [`recogniser on the ${predictions.size} labelled files (whole files)`, `${recogniserMs} ms for ${(recognisedChars / 1000).toFixed(0)}k characters (${((recogniserMs / recognisedChars) * 10000).toFixed(1)} ms per 10k)`],
          ['CC-CEDICT index (first term hover)', `${cedictMs} ms, ${cedictStats.entries} entries, heap +${cedictMB.toFixed(1)} MB`],
        ],
      ),
    );
    return out.join('\n');
  },
};
