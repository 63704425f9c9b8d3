/**
 * Code actions: each rule fix on a diagnostic becomes a quick fix; "fix all safe problems" is
 * offered as a quick fix and as the source.fixAll kind, computed from the current analysis.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { applyFixes } from '../linter';
import type { Analysis } from './documentAnalyses';
import { SOURCE, toLspEdit, type DiagnosticData } from './convert';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.zh-report';

export function toCodeActions(params: CodeActionParams, analysis: Analysis | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      const data = d.data as DiagnosticData | undefined;
      for (const fix of data?.fixes ?? []) {
        actions.push({
          title: `${fix.title}（${d.code}）`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.safe,
          edit: { changes: { [uri]: fix.edits } },
        });
      }
    }
  }
  if (analysis && wants(CodeActionKind.QuickFix)) actions.push(...fixRuleActions(params, analysis));
  const fixAll = analysis && fixAllEdit(analysis);
  if (fixAll) {
    const hasOurs = params.context.diagnostics.some((d: Diagnostic) => d.source === SOURCE);
    if (hasOurs && wants(CodeActionKind.QuickFix)) {
      actions.push({ title: `修复本文件中所有可安全修复的问题（${fixAll.count} 处）`, kind: CodeActionKind.QuickFix, edit: fixAll.edit });
    }
    if (wants(FIX_ALL_KIND) && only) {
      actions.push({ title: `zh-report：修复所有可安全修复的问题（${fixAll.count} 处）`, kind: FIX_ALL_KIND, edit: fixAll.edit });
    }
  }
  return actions;
}

/**
 * "Fix every <rule> problem in this file" for each rule under the cursor with more than one
 * fixable finding: applies each finding's first fix, unsafe ones included (e.g. placeholders for
 * every missing number), since the user picked the rule explicitly.
 */
function fixRuleActions(params: CodeActionParams, analysis: Analysis): CodeAction[] {
  const ruleIds = new Set(params.context.diagnostics.filter((d) => d.source === SOURCE).map((d) => String(d.code)));
  const actions: CodeAction[] = [];
  for (const ruleId of ruleIds) {
    const findings = analysis.findings.filter((f) => f.ruleId === ruleId && f.fixes.length > 0);
    if (findings.length < 2) continue;
    const edit = wholeFileEdit(analysis, findings, true);
    if (edit) actions.push({ title: `修复本文件中所有 ${ruleId} 问题（${edit.count} 处）`, kind: CodeActionKind.QuickFix, edit: edit.edit });
  }
  return actions;
}

/** One edit for the whole file with every safe fix that does not collide with another. */
export function fixAllEdit(analysis: Analysis): { edit: WorkspaceEdit; count: number } | undefined {
  return wholeFileEdit(analysis, analysis.findings, false);
}

function wholeFileEdit(analysis: Analysis, findings: Analysis['findings'], includeUnsafe: boolean): { edit: WorkspaceEdit; count: number } | undefined {
  const { text, applied } = applyFixes(analysis.document.text, findings, { includeUnsafe });
  if (applied === 0) return undefined;
  const lines = analysis.document.lines;
  // a single edit replacing the changed middle keeps the undo stack and cursor sane
  let head = 0;
  const old = analysis.document.text;
  while (head < old.length && head < text.length && old[head] === text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  const edit: TextEdit = toLspEdit(lines, { start: head, end: old.length - tail, text: text.slice(head, text.length - tail) });
  return { edit: { changes: { [analysis.uri]: [edit] } }, count: applied };
}
