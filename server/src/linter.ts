/**
 * The linting engine: builds the document model, runs the enabled rules and turns their reports
 * into findings. Paragraph-rule results are cached by (rule, options, paragraph content), so an
 * edit re-runs paragraph rules only on the paragraphs it touched.
 */
import { analysisOf, buildDocumentSteps, changedUnits, detachedParagraph, ParagraphAnalyzer, paragraphTexts, type ReportDocument } from './core/document';
import { codeRegions } from './core/codeRegions';
import { sharedJieba, type Segmenter } from './core/segmenter';
import type { Finding, LintConfig, Paragraph, ParagraphAnalysis, Report, Severity, Span, TextEdit } from './core/types';
import { defaultConfig } from './core/types';
import { rules as allRules } from './rules';
import { formatMessage, shiftReport, type DocumentRule, type ParagraphRule, type Rule } from './rules/rule';

export interface LintResult {
  document: ReportDocument;
  findings: Finding[];
  /**
   * Rules that threw (a bug, or data missing from an install): their findings for that paragraph
   * or document are lost, every other rule's are kept. One entry per rule.
   */
  ruleErrors: RuleError[];
}

export interface RuleError {
  ruleId: string;
  message: string;
}

export class Linter {
  readonly analyzer: ParagraphAnalyzer;
  /**
   * Paragraph-rule reports, keyed by the paragraph's cached analysis (one object per paragraph
   * content), then by the rule's position in `rules`: one lookup per paragraph, no key strings to
   * build or hash, and entries go when the analyzer's LRU drops the analysis or its dictionary
   * changes. Replaced when the options change.
   */
  private reportCache = new WeakMap<ParagraphAnalysis, Array<Report[] | undefined>>();
  /**
   * Every active paragraph rule's reports for a paragraph content, in rule order, as one list:
   * an unchanged paragraph then costs one lookup per version instead of one per rule (most lists
   * are empty). Replaced when the options or the set of active rules change.
   */
  private paragraphCache = new WeakMap<ParagraphAnalysis, ParagraphReports>();
  private paragraphCacheKey = '';
  private optionsKey = '';
  /**
   * The last document built with tokens: the next build reuses its untouched paragraphs. Weak:
   * it is kept only while its caller keeps it (the server does; the CLI moves on).
   */
  private previous: WeakRef<ReportDocument> | undefined;

  constructor(
    segmenter: Segmenter = sharedJieba(),
    readonly rules: readonly Rule[] = allRules,
  ) {
    this.analyzer = new ParagraphAnalyzer(segmenter);
  }

  lint(text: string, config: LintConfig = defaultConfig()): LintResult {
    return drain(this.steps(text, config));
  }

  /**
   * Lints without holding the event loop for more than `sliceMs` at a time; resolves undefined
   * when `isCancelled` turns true (a newer version arrived), so stale work stops early. When much
   * of the text is new (AHEAD_MIN units), jieba segments it on its own thread while this one runs
   * the rules on what is already segmented (`aheadOfDocument`): the same findings, in about the
   * time of the rules alone.
   */
  async lintAsync(
    text: string,
    config: LintConfig = defaultConfig(),
    isCancelled: () => boolean = () => false,
    sliceMs = 15,
  ): Promise<LintResult | undefined> {
    if (!(await this.aheadOfDocument(text, config, isCancelled))) return undefined;
    const steps = this.steps(text, config);
    let sliceStart = Date.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (Date.now() - sliceStart >= sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        if (isCancelled()) return undefined;
        sliceStart = Date.now();
      }
    }
  }

  /**
   * The paragraphs of `text` that need segmenting, segmented a batch at a time on jieba's own
   * thread; as each batch arrives (one batch per turn of the event loop), the paragraph rules and
   * the document rules' `ahead` run on it, filling the caches `steps` then reads. Does nothing
   * when little is new (an edit) or the segmenter has no such call. False when cancelled.
   */
  private async aheadOfDocument(text: string, config: LintConfig, isCancelled: () => boolean): Promise<boolean> {
    if (!this.analyzer.segmenter.tagSpansAsync) return true;
    const previous = this.previous?.deref();
    if ((previous ? changedUnits(previous.text, text) : text.length) < AHEAD_MIN) return true;
    const { active, paragraphRules } = this.activeRules(config, false);
    const aheadRules = active.flatMap(({ rule }) => (rule.scope === 'document' && rule.ahead ? [rule as DocumentRule & Required<Pick<DocumentRule, 'ahead'>>] : []));
    await this.analyzer.analyzeAhead(
      paragraphTexts(text),
      (batch) => {
        for (const { text: paragraphText, analysis } of batch) {
          const paragraph = detachedParagraph(paragraphText, analysis);
          // failures are left for `steps`, which runs the rule again and reports them
          this.paragraphReports(paragraph, paragraphRules, config, () => undefined);
          for (const rule of aheadRules) {
            try {
              rule.ahead(paragraph, text, config.options);
            } catch {
              // as above: `check` meets the same error
            }
          }
        }
      },
      isCancelled,
    );
    return !isCancelled();
  }

  /**
   * Only the rules that need no tokens (`needsTokens: false`), on a document that is not
   * segmented: a first answer while the segmenter's dictionary loads.
   */
  lintWithoutTokens(text: string, config: LintConfig = defaultConfig()): LintResult {
    return drain(this.steps(text, config, true));
  }

  /** The rules that run under `config`; resets the caches that options or the rule set key. */
  private activeRules(config: LintConfig, withoutTokens: boolean): { active: ActiveRule[]; paragraphRules: Array<ActiveRule<ParagraphRule>> } {
    const optionsKey = JSON.stringify(config.options);
    if (optionsKey !== this.optionsKey) {
      this.reportCache = new WeakMap();
      this.optionsKey = optionsKey;
    }
    const active = this.rules.flatMap((rule, position) => {
      const severity = config.rules[rule.id] ?? rule.severity;
      return severity === 'off' || (withoutTokens && rule.needsTokens !== false) ? [] : [{ rule, severity, position }];
    });
    const paragraphRules = active.filter((a): a is ActiveRule<ParagraphRule> => a.rule.scope === 'paragraph');
    const combinedKey = `${optionsKey}\n${paragraphRules.map((a) => `${a.position}:${a.severity}`).join(',')}`;
    if (combinedKey !== this.paragraphCacheKey) {
      this.paragraphCache = new WeakMap();
      this.paragraphCacheKey = combinedKey;
    }
    return { active, paragraphRules };
  }

  /**
   * Every paragraph rule's reports for a paragraph, from the cache or run now (and cached unless a
   * rule threw: `fail` hears of it, and the rule is tried again next time).
   */
  private paragraphReports(para: Paragraph, paragraphRules: ReadonlyArray<ActiveRule<ParagraphRule>>, config: LintConfig, fail: (rule: Rule, e: unknown) => void): ParagraphReports {
    const analysis = analysisOf(para);
    const combined = analysis && this.paragraphCache.get(analysis);
    if (combined) return combined;
    const cached = this.cachedReports(para);
    let list: ParagraphReports = NO_PARAGRAPH_REPORTS;
    let complete = true;
    for (let a = 0; a < paragraphRules.length; a++) {
      const { rule, position } = paragraphRules[a];
      let reports = cached?.[position];
      if (!reports) {
        try {
          reports = rule.check(para, config.options);
        } catch (e) {
          fail(rule, e);
          complete = false;
          continue;
        }
        // most paragraphs give a rule nothing: one shared empty array, not one per paragraph and rule
        if (!reports.length) reports = NO_REPORTS;
        if (cached) cached[position] = reports;
      }
      for (const r of reports) {
        if (list === NO_PARAGRAPH_REPORTS) list = [];
        list.push(a, r);
      }
    }
    // a rule that threw is tried again on the next version, as before
    if (analysis && complete) this.paragraphCache.set(analysis, list);
    return list;
  }

  /** A generator that yields between paragraphs; drained by `lint`, `lintWithoutTokens` and `lintAsync`. */
  private *steps(text: string, config: LintConfig, withoutTokens = false): Generator<void, LintResult> {
    const { active, paragraphRules } = this.activeRules(config, withoutTokens);
    const document = yield* buildDocumentSteps(text, withoutTokens ? undefined : this.analyzer, this.previous?.deref());
    if (!withoutTokens) this.previous = new WeakRef(document);
    const findings: Finding[] = [];
    // one rule's exception must not cost the user every other rule's findings
    const failed = new Map<string, RuleError>();
    const fail = (rule: Rule, e: unknown) => {
      if (!failed.has(rule.id)) failed.set(rule.id, { ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    };
    for (const para of document.paragraphs) {
      const list = this.paragraphReports(para, paragraphRules, config, fail);
      for (let k = 0; k < list.length; k += 2) {
        const { rule, severity } = paragraphRules[list[k] as number];
        findings.push(toFinding(rule, severity, list[k + 1] as Report, para.start, document.text));
      }
      yield;
    }
    for (const { rule, severity } of active) {
      if (rule.scope !== 'document') continue;
      try {
        for (const r of rule.check(document, config.options)) findings.push(toFinding(rule, severity, r, 0, document.text));
      } catch (e) {
        fail(rule, e);
      }
      yield;
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { document, findings: outsideCode(findings, codeRegions(document.lines)), ruleErrors: [...failed.values()] };
  }

  /** The paragraph's cached reports by rule position (filled as rules run); undefined for hand-made paragraphs. */
  private cachedReports(para: Paragraph): Array<Report[] | undefined> | undefined {
    const analysis = analysisOf(para);
    if (!analysis) return undefined;
    let byRule = this.reportCache.get(analysis);
    if (!byRule) this.reportCache.set(analysis, (byRule = new Array(this.rules.length)));
    return byRule;
  }
}

/** Findings (sorted by start) that do not start inside a code block or front matter (sorted spans). */
function outsideCode(findings: Finding[], regions: readonly Span[]): Finding[] {
  if (regions.length === 0) return findings;
  let r = 0;
  return findings.filter((f) => {
    while (r < regions.length && regions[r].end < f.start) r++;
    return r === regions.length || f.start < regions[r].start;
  });
}

/** A rule enabled for a lint, with its severity there and its position in the linter's rules. */
interface ActiveRule<R extends Rule = Rule> {
  rule: R;
  severity: Severity;
  position: number;
}

/**
 * New text (units outside what the last version shares at its ends) from which `lintAsync`
 * segments ahead: a report being opened (a typical one is 15,000–20,000 units), a large paste.
 * Below it, an edit: one or two paragraphs, segmented in place, with no batch to wait for.
 */
const AHEAD_MIN = 8_000;

/** Runs a generator to its end, for the synchronous entry points. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Kept for every paragraph a rule finds nothing in; never mutated. */
const NO_REPORTS: Report[] = [];

/**
 * A paragraph's reports from all active paragraph rules, flat: the rule's index among the active
 * paragraph rules, then the report, and so on (relative to the paragraph; never mutated).
 */
type ParagraphReports = Array<number | Report>;
/** Kept for every paragraph no paragraph rule finds anything in; never mutated. */
const NO_PARAGRAPH_REPORTS: ParagraphReports = [];

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** True when `offset` falls between the two halves of a surrogate pair (one astral character). */
function splitsPair(text: string, offset: number): boolean {
  const low = text.charCodeAt(offset);
  if (!(low >= 0xdc00 && low <= 0xdfff) || offset === 0) return false;
  const high = text.charCodeAt(offset - 1);
  return high >= 0xd800 && high <= 0xdbff;
}

function toFinding(rule: Rule, configured: Severity, relative: Report, base: number, text: string): Finding {
  const r = shiftReport(relative, base);
  // A safety net under every rule: a span is widened to whole characters, and a fix that would cut
  // an emoji or a rare character in two is dropped (the editor would write a broken character)
  const start = splitsPair(text, r.start) ? r.start - 1 : r.start;
  const end = splitsPair(text, r.end) ? r.end + 1 : r.end;
  const wholeFixes = (r.fixes ?? []).filter((f) => !f.edits.some((e) => splitsPair(text, e.start) || splitsPair(text, e.end)));
  // a rule may lower its own severity when unsure, never raise it above the configured level
  const severity = r.severity && SEVERITY_RANK[r.severity] < SEVERITY_RANK[configured] ? r.severity : configured;
  const template = rule.messages[r.messageId] ?? r.messageId;
  return {
    ruleId: rule.id,
    messageId: r.messageId,
    message: formatMessage(template, r.data),
    severity,
    start,
    end,
    // fresh objects: the reports stay cached with their paragraph and must not be shared with findings
    fixes: wholeFixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
    ...(r.data ? { data: r.data } : {}),
  };
}

/**
 * Applies the first fix of each finding (only safe ones unless `includeUnsafe`), skipping any
 * whose edits overlap an edit already taken. Returns the new text and how many fixes it applied.
 */
export function applyFixes(
  text: string,
  findings: readonly Finding[],
  { includeUnsafe = false } = {},
): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe || includeUnsafe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    // two findings of one paired fix (both parentheses) share it: apply it once
    if (fix.edits.every((e) => taken.some((t) => t.start === e.start && t.end === e.end && t.text === e.text))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  return { text: applyEdits(text, taken), applied };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start && a.end === b.end && a.text === b.text) return false;
  // two insertions at one point would be ambiguous; a replacement must not cut another
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const unique = [...new Map(edits.map((e) => [`${e.start}:${e.end}:${e.text}`, e])).values()];
  unique.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of unique) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
