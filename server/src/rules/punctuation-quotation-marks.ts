/**
 * @fileoverview Quotation marks a careful editor restores (GB/T 15834-2011, 4.8): a direct quote
 * closed by `……某某说。` or opened by `某某说，我们……`, a name introduced by 简称/称为/被誉为/所谓
 * (简称伊品 → 简称“伊品”), slogans or policy shorthand (十四五, 一老一小, 人工智能+), and a term the
 * document quotes elsewhere. The pair is inserted only where the span is certain; a quotation's
 * extent is never guessed.
 *
 * A document rule because two kinds of evidence are the document's own: a term it quotes in one
 * place is quoted everywhere, and weak shapes (hints) are only worth showing where the text lost its
 * quotation marks; a writer who quotes terms and left this one bare chose to.
 */
import { paragraphMemo, type ReportDocument } from '../core/document';
import { enclosedSpans, isMarked } from '../core/enclosed';
import { findAttributions } from '../core/speech';
import { findQuotableTerms, LEARNED, quotedTerms, sloganShaped, TermLexicon } from '../core/slogans';
import type { Paragraph, Report } from '../core/types';
import type { DocumentRule } from './rule';

/** A document that quotes this many terms shows its writer's choice of what to quote. */
const QUOTING_DOCUMENT = 3;

let instances = 0;

/**
 * The rule with a given lexicon of learned terms: the benchmark passes terms learned from other
 * reports than the ones it scores, to measure the lexicon out of sample.
 */
export function createQuotationMarksRule(learned: TermLexicon | readonly string[] = LEARNED): DocumentRule {
  const lexicon = learned instanceof TermLexicon ? learned : new TermLexicon(learned);
  // per-paragraph results are cached by paragraph content, once per lexicon
  const memoKey = `quotation-marks-${instances++}`;
  return {
    id: 'punctuation-quotation-marks',
    description: '直接引语、特定称谓或口号缺少引号',
    tags: ['punctuation'],
    severity: 'warning',
    fixable: true,
    scope: 'document',
    messages: {
      closingQuote: '“{{speaker}}”说的话是直接引语，应加引号',
      openingQuote: '“{{speaker}}”之后以第一人称说的话是直接引语，应加引号',
      definedTerm: '“{{term}}”是特定称谓，应加引号',
      slogan: '“{{term}}”是口号或简称，应加引号',
      quotedElsewhere: '“{{term}}”在文中别处加了引号，此处也应加引号',
    },
    check(doc) {
      const quoted = quotedTerms(doc.text);
      const quoting = [...quoted.values()].reduce((a, b) => a + b, 0) >= QUOTING_DOCUMENT;
      const out: Report[] = [];
      for (const p of doc.paragraphs) {
        for (const r of paragraphMemo(p, memoKey, () => paragraphReports(p, lexicon))) {
          // a hint where the writer quotes other terms is their choice, unless they quote this one too
          if (r.severity === 'hint' && quoting && !quoted.has(String(r.data?.term))) continue;
          out.push(shift(r, p.start));
        }
      }
      out.push(...quotedElsewhere(doc, quoted, out));
      return out;
    },
  };
}

function paragraphReports(paragraph: Paragraph, lexicon: TermLexicon): Report[] {
  const text = paragraph.text;
  const reports: Report[] = [];
  for (const a of findAttributions(paragraph)) {
    reports.push({ messageId: a.kind === 'closing' ? 'closingQuote' : 'openingQuote', start: a.span.start, end: a.span.end, data: { speaker: a.speaker } });
  }
  for (const t of findQuotableTerms(paragraph, lexicon)) {
    const term = text.slice(t.start, t.end);
    reports.push({
      messageId: t.kind === 'defined' ? 'definedTerm' : 'slogan',
      start: t.start,
      end: t.end,
      data: { term },
      ...(t.weak ? { severity: 'hint' as const } : {}),
      fixes: [quoteFix(t.start, t.end, term, t.certain)],
    });
  }
  return reports;
}

/**
 * Bare occurrences of a term the document quotes elsewhere (“一网通办” … 一网通办), at word
 * boundaries and not already reported, when the document quotes the term at least as often as it
 * leaves it bare (a term quoted once and then used bare five times, 以旧换新, is the writer's
 * plain word). A hint unless the term is shaped like a slogan and quoted more often than not.
 */
function quotedElsewhere(doc: ReportDocument, quoted: Map<string, number>, reported: Report[]): Report[] {
  if (!quoted.size) return [];
  const lexicon = new TermLexicon(quoted.keys());
  const taken = new Set(reported.map((r) => r.start));
  const candidates: Report[] = [];
  for (const p of doc.paragraphs) {
    let marked: ReturnType<typeof enclosedSpans> | undefined;
    let cuts: Set<number> | undefined;
    for (const o of lexicon.occurrences(p.text)) {
      cuts ??= new Set(p.tokens.flatMap((t) => [t.start, t.end]));
      if (!cuts.has(o.start) || !cuts.has(o.end) || taken.has(p.start + o.start)) continue;
      marked ??= enclosedSpans(p.text);
      if (isMarked(p.text, marked, o.start, o.end) || /[“‘《]/.test(p.text[o.start - 1] ?? '') || /[”’》]/.test(p.text[o.end] ?? '')) continue;
      candidates.push(
        shift(
          {
            messageId: 'quotedElsewhere',
            start: o.start,
            end: o.end,
            data: { term: o.word },
            ...(sloganShaped(o.word) ? {} : { severity: 'hint' as const }),
            fixes: [quoteFix(o.start, o.end, o.word, false)],
          },
          p.start,
        ),
      );
    }
  }
  const bare = new Map<string, number>();
  for (const c of candidates) bare.set(String(c.data?.term), (bare.get(String(c.data?.term)) ?? 0) + 1);
  return candidates.flatMap((c) => {
    const term = String(c.data?.term);
    const [q, b] = [quoted.get(term) ?? 0, bare.get(term) ?? 0];
    if (q < b) return [];
    // as often bare as quoted: the writer's usage is split, the evidence is weak
    return [q === b ? { ...c, severity: 'hint' as const } : c];
  });
}

function quoteFix(start: number, end: number, term: string, safe: boolean) {
  return { title: `加引号：“${term}”`, edits: [{ start, end: start, text: '“' }, { start: end, end, text: '”' }], safe };
}

function shift(r: Report, base: number): Report {
  return { ...r, start: r.start + base, end: r.end + base, ...(r.fixes ? { fixes: r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + base, end: e.end + base })) })) } : {}) };
}

const rule = createQuotationMarksRule();

export default rule;
