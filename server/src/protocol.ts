/**
 * What the client and the server share: the settings shape and custom requests/notifications.
 * Declared once here and imported by both sides (only types and plain data: the server bundle must
 * not pull in `vscode`, and the client bundle must not pull in the analysis core).
 */
import type { SeverityOrOff } from './core/types';

/** The `zhReport.*` settings as the server receives them, after validation. */
export interface ZhReportSettings {
  enable: boolean;
  rules: Record<string, SeverityOrOff>;
  quantityPlaceholder: string;
  runOnLength: number;
  spacing: 'none' | 'pangu';
  /** Documents larger than this many UTF-16 units are not linted, to keep the editor responsive. */
  maxDocumentSize: number;
  /** Extra entity names for hovers, one entry each as in `.zh-report/dictionary.txt` (名称 类型 [全称]). */
  dictionary: string[];
}

export const DEFAULT_SETTINGS: ZhReportSettings = {
  enable: true,
  rules: {},
  quantityPlaceholder: '□',
  runOnLength: 50,
  spacing: 'none',
  maxDocumentSize: 20 * 1024 * 1024,
  dictionary: [],
};

/** Command id of "fix all safe problems in this file", also offered as a code action. */
export const FIX_ALL_COMMAND = 'zhReport.fixAll';

/**
 * `zhReport/outline` (client → server): the report's outline for the "报告大纲 · Report Outline"
 * tree view, with the problems counted per section. Params: `{ uri }`; result: `OutlineResult`, or
 * null when the document is not open or not analysed.
 */
export const OUTLINE_REQUEST = 'zhReport/outline';

export interface OutlineParams {
  uri: string;
}

/** An LSP range (zero-based line, UTF-16 character), declared here to keep this file plain. */
export interface OutlineRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface OutlineNode {
  /** The heading as written, marker included (一、总体要求), shortened when long. */
  label: string;
  /** title | numbered | markdown | standalone | fused */
  kind: string;
  /** Depth in the tree: the title 0, its sections 1… */
  depth: number;
  /** 0–1: how sure the outline is that this is a heading (1 for a numbered line). */
  confidence: number;
  /** The heading shares its line with running text. */
  fused: boolean;
  /** The whole section, to the next heading of the same or a higher level. */
  range: OutlineRange;
  /** The heading itself, selected when the node is clicked. */
  selectionRange: OutlineRange;
  /** zh-report problems inside the section, its subsections included. */
  problems: number;
  children: OutlineNode[];
}

export interface OutlineResult {
  uri: string;
  version: number;
  dateline?: string;
  nodes: OutlineNode[];
}
