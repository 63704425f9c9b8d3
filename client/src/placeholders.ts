/**
 * "Next placeholder": jumps to and selects the next `zhReport.quantityPlaceholder` (□ by default)
 * after the cursor, wrapping at the end, so that the figures inserted by the quantity fixes can be
 * typed in one after another. The search is a pure function; `vscode` is passed in so that the
 * function can be tested without an editor.
 */
import type * as vscodeApi from 'vscode';

export const NEXT_PLACEHOLDER_COMMAND = 'zhReport.nextPlaceholder';

/** Offset of the next placeholder at or after `from` (wrapping round), or -1 when there is none. */
export function nextPlaceholder(text: string, from: number, placeholder: string): number {
  if (!placeholder) return -1;
  const at = text.indexOf(placeholder, from);
  return at >= 0 ? at : text.indexOf(placeholder);
}

export function registerPlaceholderCommand(vscode: typeof vscodeApi): vscodeApi.Disposable {
  return vscode.commands.registerCommand(NEXT_PLACEHOLDER_COMMAND, () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const placeholder = vscode.workspace.getConfiguration('zhReport').get<string>('quantityPlaceholder', '□');
    const doc = editor.document;
    // start after the current selection, so that repeated use moves on
    const at = nextPlaceholder(doc.getText(), doc.offsetAt(editor.selection.end), placeholder);
    if (at < 0) {
      void vscode.window.showInformationMessage(`没有找到占位符“${placeholder}”`);
      return;
    }
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + placeholder.length));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
