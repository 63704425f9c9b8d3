/**
 * The rule contract: data (id, description, tags, default severity, Chinese message templates
 * keyed by English message ids) plus a check that returns reports. Rules never mutate their input,
 * so results do not depend on rule order.
 *
 * Paragraph rules see one paragraph at a time and return spans relative to it; their results are
 * cached by paragraph content. Document rules see the whole document and return absolute spans.
 */
import type { ReportDocument } from '../core/document';
import type { LintOptions, Paragraph, Report, Severity } from '../core/types';

interface RuleMeta {
  /** kebab-case, starting with its category: quantity-, date-, punctuation-, sentence-, structure-. */
  id: string;
  /** One line in Chinese, shown in the rules table and `zh-report rules`. */
  description: string;
  tags: string[];
  severity: Severity;
  /** Whether some reports carry fixes. */
  fixable?: boolean;
  /** messageId → Chinese template; `{{name}}` is filled from the report's data. */
  messages: Record<string, string>;
  /**
   * Set to false when `check` never reads tokens (nor anything computed from them, such as the
   * outline): the editor then runs the rule before the segmenter's dictionary has loaded and
   * publishes its findings seconds earlier. Default true. A test checks that such rules find the
   * same on paragraphs without tokens.
   */
  needsTokens?: boolean;
}

export interface ParagraphRule extends RuleMeta {
  scope: 'paragraph';
  check(paragraph: Paragraph, options: LintOptions): Report[];
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(document: ReportDocument, options: LintOptions): Report[];
  /**
   * The part of `check`'s work that depends on one paragraph and the document's text alone, done
   * for each paragraph as soon as it is segmented, while jieba segments the next ones
   * (`Linter.lintAsync`); it keeps its results where `check` finds them (`paragraphMemo`). Must
   * not change what `check` reports.
   */
  ahead?(paragraph: Paragraph, documentText: string, options: LintOptions): void;
}

export type Rule = ParagraphRule | DocumentRule;

/** A report moved by `base` units, fixes included: paragraph-relative spans made absolute. */
export function shiftReport(r: Report, base: number): Report {
  if (base === 0) return r;
  const shifted: Report = { ...r, start: r.start + base, end: r.end + base };
  if (r.fixes) shifted.fixes = r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + base, end: e.end + base })) }));
  return shifted;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}
