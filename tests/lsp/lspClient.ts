/**
 * A minimal LSP client for tests: spawns the bundled server (`dist/server.js --stdio`) and speaks
 * real JSON-RPC over its stdio. Diagnostics are collected per uri as they are published.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Every publishDiagnostics notification received, in order. */
  published: PublishDiagnosticsParams[];
  /** window/logMessage texts with the time each arrived (Date.now()). */
  logs: Array<{ at: number; message: string }>;
  /** When the initialize response arrived (Date.now()). */
  initializedAt: number;
  /** Settings answered to workspace/configuration requests (section zhReport). */
  settings: Record<string, unknown>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  /** Resolves with the first diagnostics published for `uri` at `version` or later. */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export async function startServer(
  initializationOptions: unknown = undefined,
  capabilities: Record<string, unknown> = {},
  { server = SERVER, env = {} }: { server?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<TestClient> {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  const client: TestClient = {
    connection,
    process: child,
    published,
    logs: [],
    initializedAt: 0,
    settings: {},
    open(uri, text, languageId = 'plaintext', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    diagnostics(uri, version = 0, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr: ${stderr}`)), timeoutMs);
        const check = () => {
          const hit = published.find((p) => p.uri === uri && (p.version ?? 0) >= version);
          if (hit) {
            clearTimeout(timer);
            resolve(hit.diagnostics);
          } else waiters.push(check);
        };
        check();
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        void connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map(() => client.settings),
  );
  connection.onNotification('window/logMessage', (m: { message: string }) => {
    client.logs.push({ at: Date.now(), message: m.message });
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, ...capabilities },
    initializationOptions,
  });
  client.initializedAt = Date.now();
  void connection.sendNotification('initialized', {});
  return client;
}

/** Applies LSP text edits to a string (positions in UTF-16 code units). */
export function applyLspEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
