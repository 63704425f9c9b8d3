/**
 * Drives the bundled language server (`dist/server.js --stdio`) over a real JSON-RPC connection
 * for timing, like tests/lsp/lspClient.ts, but also returns the advertised capabilities, the
 * server's pid (for /proc memory) and the time each version's diagnostics arrived.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { serverExecArgv, tunedEnv } from '../../server/src/processTuning';
import { ROOT } from './inputs';
import { now, since } from './stats';

export const SERVER = join(ROOT, 'dist', 'server.js');

export interface BenchServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  capabilities: ServerCapabilities;
  /** Milliseconds from spawn to the answer of `initialize`. */
  initializeMs: number;
  /** Milliseconds from spawn to when the server was started (`spawn` called). */
  startedAt: bigint;
  /** Messages the server logged (window/logMessage). */
  log: string[];
  open(uri: string, text: string, version?: number): void;
  /** Sends one incremental change (UTF-16 offsets into the current text `before`). */
  change(uri: string, version: number, before: string, start: number, end: number, newText: string): void;
  /** Resolves when diagnostics for `uri` at `version` or later arrive, with the arrival time. */
  diagnostics(uri: string, version: number, timeoutMs?: number): Promise<{ at: bigint; count: number }>;
  stop(): Promise<void>;
}

/** LSP position of a UTF-16 offset (lines end at \n; the inputs here have no \r). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** `server`: the dist/server.js to start (default: this checkout's; the `edits` suite compares two builds). */
export async function startBenchServer(env: Record<string, string> = {}, nodeArgs: string[] = [], server = SERVER): Promise<BenchServer> {
  const startedAt = now();
  // started as the client starts it: with the huge-page malloc tunable and V8's helper pool sized
  // to the machine (server/src/processTuning.ts), unless `nodeArgs` sizes the pool itself
  const pool = nodeArgs.some((a) => a.startsWith('--v8-pool-size')) ? [] : serverExecArgv();
  const child = spawn(process.execPath, [...pool, ...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...tunedEnv(process.env), ...env } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.on('error', () => undefined); // writes racing the server's exit
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const arrived = new Map<string, Array<{ version: number; at: bigint; count: number }>>();
  const waiters: Array<() => void> = [];
  const log: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = arrived.get(p.uri) ?? [];
    list.push({ version: p.version ?? 0, at: now(), count: p.diagnostics.length });
    arrived.set(p.uri, list);
    for (const w of waiters.splice(0)) w();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => void log.push(p.message));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const init = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  })) as { capabilities: ServerCapabilities };
  const initializeMs = since(startedAt);
  void connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    capabilities: init.capabilities,
    initializeMs,
    startedAt,
    log,
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    },
    change(uri, version, before, start, end, newText) {
      const range = { start: positionOf(before, start), end: positionOf(before, end) };
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: newText }],
      });
    },
    diagnostics(uri, version, timeoutMs = 300_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`)), timeoutMs);
        const check = () => {
          const hit = arrived.get(uri)?.find((p) => p.version >= version);
          if (hit) {
            clearTimeout(timer);
            resolve({ at: hit.at, count: hit.count });
          } else waiters.push(check);
        };
        check();
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      } catch {
        // already gone
      }
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
      connection.dispose();
    },
  };
}
