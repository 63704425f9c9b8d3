/**
 * @fileoverview Parallel items run together without 顿号 (人民日报新华社光明日报 → 人民日报、新华社、
 * 光明日报), GB/T 15834-2011 4.5.3.1. A learned scorer weighs every seam between two words, with
 * the hand-written evidence as features (core/enumeration.ts); warning when it is confident, hint
 * otherwise. The fix inserts 、 and is safe only between two outlets the lexicon knows.
 */
import { paragraphMemo } from '../core/document';
import { fusedHeadingsOf } from '../core/fusedHeadings';
import { findMissingCommas, shortDocument, strippedDocument, usesEnumerationComma, type MissingComma } from '../core/enumeration';
import { modelGeneration } from '../core/enumerationModel';
import type { Paragraph, Report, Span } from '../core/types';
import { shiftReport, type DocumentRule } from './rule';

const MESSAGE: Record<MissingComma['kind'], string> = { outlets: 'outlets', shape: 'parallel', entities: 'entities', etc: 'beforeEtc', model: 'likely' };
const NONE: never[] = [];

const rule: DocumentRule = {
  id: 'punctuation-enumeration-comma',
  description: '并列词语之间缺少顿号',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  // a document rule only to know whether the document uses 、 elsewhere; the work is per paragraph
  // and kept with it (paragraphMemo), keyed by that and by the model in use
  scope: 'document',
  messages: {
    outlets: '媒体名称“{{left}}”和“{{right}}”并列，中间缺少顿号',
    parallel: '结构相同的并列项“{{left}}”和“{{right}}”之间缺少顿号',
    entities: '并列的“{{left}}”和“{{right}}”之间缺少顿号',
    beforeEtc: '“等”前并列的“{{left}}”和“{{right}}”之间缺少顿号',
    likely: '“{{left}}”和“{{right}}”可能是并列词语，中间缺少顿号',
  },
  check(doc) {
    const out: Report[] = [];
    for (const p of doc.paragraphs) for (const r of reportsOf(p, doc.text)) out.push(shiftReport(r, p.start));
    return out;
  },
  ahead(p, text) {
    reportsOf(p, text);
  },
};

/** A paragraph's reports, kept with it (paragraphMemo) under the document's settings. */
function reportsOf(p: Paragraph, text: string): Report[] {
  const { marked, stripped, short, key } = settingsOf(text);
  return paragraphMemo(p, key, () => paragraphReports(p, marked, stripped, short));
}

interface Settings {
  marked: boolean;
  stripped: boolean;
  short: boolean;
  /** The memo key: the settings and the model in use. */
  key: string;
}

/** What the document says about its 、, for one text and model at a time (asked once per paragraph). */
function settingsOf(text: string): Settings {
  const generation = modelGeneration();
  if (last && last.text === text && last.generation === generation) return last.settings;
  const marked = usesEnumerationComma(text);
  // a document stripped of every mark but ，。 is scored as such and held to a higher bar
  const stripped = !marked && strippedDocument(text);
  // a short document without 、 is an ordinary text, not one that lost them: only sure seams
  const short = !marked && !stripped && shortDocument(text);
  const key = `enumeration-comma-${generation}-${marked ? 'm' : stripped ? 's' : short ? 'h' : 'u'}`;
  last = { text, generation, settings: { marked, stripped, short, key } };
  return last.settings;
}
let last: { text: string; generation: number; settings: Settings } | undefined;

function named(text: string, { left, right }: { left: Span; right: Span }): { left: string; right: string } {
  return { left: text.slice(left.start, left.end), right: text.slice(right.start, right.end) };
}

function paragraphReports(paragraph: Paragraph, markedDocument: boolean, strippedDoc: boolean, shortDoc: boolean): Report[] {
  const text = paragraph.text;
  let found = findMissingCommas(paragraph, markedDocument, strippedDoc, shortDoc);
  if (!found.length) return NONE;
  // a headline in verse fused into the text (快马加鞭复工忙只争朝夕谋发展: 7 + 7 characters, or a
  // couplet) breaks by its rhythm, not by items: the scorer's seams inside it are wrong (只争朝夕|谋发展)
  const verse = fusedHeadingsOf(paragraph).filter((h) => h.shape === 'couplet' || (h.shape === 'parallel' && h.end - h.start === 14));
  if (verse.length) {
    // a mask, not a scan of the headlines per seam (a paragraph of many headlines stays linear)
    const inside = new Uint8Array(text.length + 1);
    for (const h of verse) inside.fill(1, h.start + 1, h.end);
    found = found.filter((m) => m.kind !== 'model' || !inside[m.at]);
  }
  if (!found.length) return NONE;
  return found.map(
    (m): Report => ({
      messageId: MESSAGE[m.kind],
      start: m.left.start,
      end: m.right.end,
      // the message names the items (label), the finding spans the words beside the seam
      data: named(text, m.label ?? m),
      ...(m.strong ? {} : { severity: 'hint' as const }),
      fixes: [{ title: '插入顿号', edits: [{ start: m.at, end: m.at, text: '、' }], safe: m.certain }],
    }),
  );
}

export default rule;
