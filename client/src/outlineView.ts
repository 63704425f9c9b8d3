/**
 * The "报告大纲 · Report Outline" tree view in the Explorer: the active report's sections with the
 * number of problems inside each, filled by one `zhReport/outline` request to the server (the
 * analysis lives there). Clicking a section selects its heading; the view follows the cursor and
 * refreshes on edit. Commands: next/previous section, copy the outline as Markdown, reveal the
 * section at the cursor, refresh.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OUTLINE_REQUEST, type OutlineNode, type OutlineParams, type OutlineRange, type OutlineResult } from '../../server/src/protocol';
import { configuredLanguages } from './languageClient';
import { flattenTree } from '../../server/src/tree';
import { outlineToMarkdown } from './outlineMarkdown';

export const OUTLINE_VIEW = 'zhReport.outline';
const CONTEXT_KEY = 'zhReport.outlineAvailable';

const ICONS: Record<string, string> = {
  title: 'book',
  numbered: 'list-ordered',
  markdown: 'markdown',
  standalone: 'symbol-text',
  fused: 'combine',
};
const KIND_LABEL: Record<string, string> = { title: '标题', numbered: '序号标题', markdown: 'Markdown 标题', standalone: '独立成行的标题', fused: '与正文连排的小标题' };

function toVsRange(r: OutlineRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class ReportOutlineProvider implements vscode.TreeDataProvider<OutlineNode> {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: OutlineResult | undefined;
  private parents = new Map<OutlineNode, OutlineNode | undefined>();
  private pending: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  get outline(): OutlineResult | undefined {
    return this.result;
  }

  /** Asks the server for the active document's outline (debounced) and redraws the tree. */
  refresh(delay = 0): Promise<void> {
    clearTimeout(this.pending);
    return new Promise((resolve) => {
      this.pending = setTimeout(() => void this.load().finally(resolve), delay);
    });
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    let result: OutlineResult | undefined;
    if (editor && client && isServed(editor.document)) {
      try {
        const params: OutlineParams = { uri: editor.document.uri.toString() };
        result = (await client.sendRequest<OutlineResult | null>(OUTLINE_REQUEST, params)) ?? undefined;
      } catch {
        result = undefined; // the server is restarting; the next edit or switch refreshes
      }
    }
    if (generation !== this.generation) return; // a newer refresh is under way
    this.result = result;
    this.parents.clear();
    const index = (nodes: OutlineNode[], parent: OutlineNode | undefined) => {
      for (const n of nodes) {
        this.parents.set(n, parent);
        index(n.children, n);
      }
    };
    index(result?.nodes ?? [], undefined);
    this.changed.fire(undefined);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind] ?? 'symbol-text', node.fused ? new vscode.ThemeColor('list.warningForeground') : undefined);
    item.description = node.problems > 0 ? `${node.problems} 个问题` : undefined;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${node.label}\n\n`);
    tooltip.appendMarkdown(`${KIND_LABEL[node.kind] ?? node.kind}`);
    if (node.confidence < 1 && node.kind !== 'title') tooltip.appendMarkdown(` · 置信度 ${node.confidence.toFixed(2)}`);
    tooltip.appendMarkdown(` · 第 ${node.range.start.line + 1}–${node.range.end.line + 1} 行`);
    if (node.problems > 0) tooltip.appendMarkdown(` · ${node.problems} 个问题`);
    item.tooltip = tooltip;
    item.contextValue = node.kind;
    item.command = { command: 'zhReport.outline.select', title: '跳转到此节', arguments: [node] };
    return item;
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    return node ? node.children : (this.result?.nodes ?? []);
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return this.parents.get(node);
  }

  /** The innermost section containing a position. */
  nodeAt(position: vscode.Position): OutlineNode | undefined {
    let found: OutlineNode | undefined;
    let level = this.result?.nodes ?? [];
    for (;;) {
      const n = level.find((x) => toVsRange(x.range).contains(position) || (x.range.start.line <= position.line && position.line <= x.range.end.line && x.children.length === 0));
      if (!n) return found;
      found = n;
      level = n.children;
    }
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.changed.dispose();
  }
}

function isServed(doc: vscode.TextDocument): boolean {
  return (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && configuredLanguages().includes(doc.languageId);
}

function selectHeading(editor: vscode.TextEditor, node: OutlineNode): void {
  const r = toVsRange(node.selectionRange);
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Creates the tree view, its commands and the listeners that keep it current. */
export function registerOutlineView(getClient: () => LanguageClient | undefined): vscode.Disposable {
  const provider = new ReportOutlineProvider(getClient);
  const view = vscode.window.createTreeView(OUTLINE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let revealing = false;

  const updateContext = () => {
    const editor = vscode.window.activeTextEditor;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, !!editor && isServed(editor.document));
  };
  const revealCursor = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !view.visible || editor.document.uri.toString() !== provider.outline?.uri) return;
    const node = provider.nodeAt(editor.selection.active);
    if (!node || view.selection[0] === node) return;
    revealing = true;
    try {
      await view.reveal(node, { select: true, focus: false, expand: true });
    } catch {
      // the tree was redrawn meanwhile
    } finally {
      revealing = false;
    }
  };
  const followCursor = () => vscode.workspace.getConfiguration('zhReport').get<boolean>('outline.followCursor', true);
  const jump = (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !provider.outline) return;
    const here = editor.selection.active;
    const nodes = flattenTree(provider.outline.nodes).sort((a, b) => a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character);
    const start = (n: OutlineNode) => new vscode.Position(n.selectionRange.start.line, n.selectionRange.start.character);
    const target = direction === 1 ? nodes.find((n) => start(n).isAfter(here)) : [...nodes].reverse().find((n) => start(n).isBefore(here));
    if (target) selectHeading(editor, target);
    else void vscode.window.setStatusBarMessage(direction === 1 ? '已是最后一节' : '已是第一节', 2000);
  };

  updateContext();
  void provider.refresh();
  return vscode.Disposable.from(
    provider,
    view,
    vscode.commands.registerCommand('zhReport.outline.select', (node: OutlineNode) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === provider.outline?.uri) ?? vscode.window.activeTextEditor;
      if (!editor) return;
      selectHeading(editor, node);
      void vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: toVsRange(node.selectionRange) });
    }),
    vscode.commands.registerCommand('zhReport.outline.nextSection', () => jump(1)),
    vscode.commands.registerCommand('zhReport.outline.previousSection', () => jump(-1)),
    vscode.commands.registerCommand('zhReport.outline.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('zhReport.outline.revealCurrent', () => revealCursor(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('zhReport.outline.copyMarkdown', async () => {
      const outline = provider.outline;
      if (!outline || outline.nodes.length === 0) {
        void vscode.window.showInformationMessage('当前文档没有可复制的大纲');
        return;
      }
      await vscode.env.clipboard.writeText(outlineToMarkdown(outline.nodes, outline.dateline));
      void vscode.window.setStatusBarMessage('已复制报告大纲（Markdown）', 2000);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      updateContext();
      void provider.refresh();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length) void provider.refresh(400);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('zhReport')) {
        updateContext();
        void provider.refresh(200);
      }
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (!revealing && followCursor() && e.textEditor === vscode.window.activeTextEditor) void revealCursor(e.textEditor);
    }),
    provider.onDidChangeTreeData(() => {
      if (followCursor()) void revealCursor(vscode.window.activeTextEditor);
    }),
    view.onDidChangeVisibility((e) => {
      if (e.visible) void provider.refresh();
    }),
  );
}
