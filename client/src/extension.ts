/** Extension entry: starts the language client and restarts it when the served languages change. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_COMMAND } from '../../server/src/protocol';
import { createLanguageClient } from './languageClient';
import { registerOutlineView } from './outlineView';
import { registerPlaceholderCommand } from './placeholders';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // vscode-languageclient 10 requires a log output channel; a plain one breaks activation
  const output = vscode.window.createOutputChannel('zh-report', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  await client.start();

  // the getter follows the client across restarts
  context.subscriptions.push(registerOutlineView(() => client));
  context.subscriptions.push(registerPlaceholderCommand(vscode));
  context.subscriptions.push(
    vscode.commands.registerCommand('zhReport.fixAllInEditor', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && client) await client.sendRequest('workspace/executeCommand', { command: FIX_ALL_COMMAND, arguments: [editor.document.uri.toString()] });
    }),
    vscode.commands.registerCommand('zhReport.restartServer', async () => {
      await client?.restart();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('zhReport.languages')) return;
      await client?.stop();
      client = createLanguageClient(context, output);
      await client.start();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
