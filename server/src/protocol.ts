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
