/**
 * Core data types shared by the analysis core, the rules, the CLI and the LSP adapters.
 *
 * Offsets are UTF-16 code units, as JavaScript strings and LSP count them. Paragraph-level data
 * (tokens, sentences, findings of paragraph rules) is relative to the paragraph's start so that it
 * can be cached by paragraph content and reused when the paragraph moves; document-level data is
 * absolute.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';
export const SEVERITIES: readonly SeverityOrOff[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A jieba word with its part-of-speech tag (ICTCLAS tag set: n, v, m, q, nr, ns, nt, x…). */
export interface Token extends Span {
  text: string;
  tag: string;
}

export interface Sentence extends Span {
  text: string;
}

/** Segmentation of one paragraph; spans are relative to the paragraph start. */
export interface ParagraphAnalysis {
  tokens: Token[];
  sentences: Sentence[];
}

/** One non-blank line of the document (reports put one paragraph on a line). */
export interface Paragraph extends ParagraphAnalysis {
  /** Zero-based index among the document's paragraphs. */
  index: number;
  /** Zero-based line number. */
  line: number;
  /** Absolute offset of the paragraph's first code unit. */
  start: number;
  /** Absolute offset just past its last code unit (line end excluded). */
  end: number;
  text: string;
}

/** A text replacement: [start, end) becomes `text`. */
export interface TextEdit extends Span {
  text: string;
}

export interface Fix {
  /** Chinese label shown on the code action. */
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes are certain (half-width to full-width, a doubled mark) and are applied by
   * "fix all" and `zh-report lint --fix`; unsafe ones (a placeholder for a missing number)
   * are offered one by one.
   */
  safe: boolean;
}

/** What a rule's check returns: a message id with its data, a span and optional fixes. */
export interface Report extends Span {
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /** Overrides the rule's configured severity downwards (e.g. hint when uncertain). */
  severity?: Severity;
}

/** A finished finding: absolute offsets, message formatted, severity resolved. */
export interface Finding extends Span {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  fixes: Fix[];
  data?: Record<string, string | number>;
}

/** Options shared by rules; each rule reads the ones it documents. */
export interface LintOptions {
  /** Inserted by quantity fixes where a number is missing. */
  quantityPlaceholder: string;
  /** Longest run of Chinese characters with no mark before `sentence-run-on` fires. */
  runOnLength: number;
  /** House style for spaces between Chinese and Latin/digits. */
  spacing: 'none' | 'pangu';
}

export const DEFAULT_OPTIONS: LintOptions = {
  quantityPlaceholder: '□',
  runOnLength: 50,
  spacing: 'none',
};

export interface LintConfig {
  /** Rule id → severity or 'off'; rules not named keep their default severity. */
  rules: Record<string, SeverityOrOff>;
  options: LintOptions;
}

export function defaultConfig(): LintConfig {
  return { rules: {}, options: { ...DEFAULT_OPTIONS } };
}
