/** Starts the bundled language server over IPC for the languages the user chose. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { serverExecArgv, tunedEnv } from '../../server/src/processTuning';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const DEFAULT_LANGUAGES = ['zh-report', 'plaintext', 'markdown'];

export function configuredLanguages(): string[] {
  const value = vscode.workspace.getConfiguration('zhReport').get<unknown>('languages');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0) return value as string[];
  return DEFAULT_LANGUAGES;
}

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // the huge-page malloc tunable must be in the server's environment from its start, and V8's
    // helper pool is sized on its command line (processTuning.ts)
    run: { module, transport: TransportKind.ipc, options: { env: tunedEnv(process.env), execArgv: serverExecArgv() } },
    debug: { module, transport: TransportKind.ipc, options: { env: tunedEnv(process.env), execArgv: [...serverExecArgv(), '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: configuredLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'zhReport' },
    outputChannel,
  };
  return new LanguageClient('zhReport', 'zh-report', serverOptions, clientOptions);
}
