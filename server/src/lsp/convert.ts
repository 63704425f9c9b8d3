/** Conversions from core findings to LSP shapes. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../core/lineIndex';
import type { Finding, Fix, Severity, Span, TextEdit } from '../core/types';

export const SOURCE = 'zh-report';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toLspEdit(lines: LineIndex, e: TextEdit): LspTextEdit {
  return { range: toRange(lines, e), newText: e.text };
}

/** What a diagnostic carries for its code actions: the fixes as LSP edits of that version. */
export interface DiagnosticData {
  version: number;
  fixes: Array<{ title: string; safe: boolean; edits: LspTextEdit[] }>;
}

/** The rule's doc page shipped with the extension (docs/rules/<id>.md beside dist/). */
const docsDir = join(__dirname, '..', 'docs', 'rules');
const docLinks = new Map<string, string | undefined>();
function docLink(ruleId: string): string | undefined {
  if (!docLinks.has(ruleId)) {
    const file = join(docsDir, `${ruleId}.md`);
    docLinks.set(ruleId, existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return docLinks.get(ruleId);
}

export function toDiagnostic(lines: LineIndex, f: Finding, version: number): Diagnostic {
  const href = docLink(f.ruleId);
  const data: DiagnosticData = {
    version,
    fixes: f.fixes.map((x: Fix) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => toLspEdit(lines, e)) })),
  };
  return {
    range: toRange(lines, f),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: f.message,
    data,
  };
}
