/**
 * The language server's wiring: transports (stdio, IPC, socket via the command line), document
 * sync, settings, the background dictionary load and the feature adapters. Analysis lives in the
 * core; every adapter here only converts.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { jiebaSetup, sharedJieba } from '../core/segmenter';
import { Linter } from '../linter';
import type { ZhReportSettings } from '../protocol';
import { FIX_ALL_COMMAND } from '../protocol';
import { FIX_ALL_KIND, fixAllEdit, toCodeActions } from './codeActions';
import { toDiagnostic } from './convert';
import { DocumentAnalyses } from './documentAnalyses';
import { EntityRuns } from './entityRuns';
import { features } from './features';
import { parseSettings } from '../settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const jieba = sharedJieba();
const linter = new Linter(jieba);

let supportsConfiguration = false;
let supportsProgress = false;
const settingsCache = new Map<string, Promise<ZhReportSettings>>();
const reportedProblems = new Set<string>();

let markReady!: () => void;
const ready = new Promise<void>((resolve) => (markReady = resolve));

const analyses = new DocumentAnalyses({
  linter,
  ready,
  getDocument: (uri) => documents.get(uri),
  settingsFor,
  log: (m) => connection.console.error(m),
  active: () => entityRuns.touch(),
  publish(a) {
    const doc = documents.get(a.uri);
    if (!doc || doc.version !== a.version) return;
    if ('skipped' in a) {
      // once per document and reason: a pop-up on every keystroke in a skipped document would be worse than none
      if (a.skipped !== 'disabled' && skippedNotified.get(a.uri) !== a.skipped) notify('warning', `zh-report：${a.skipped}`);
      skippedNotified.set(a.uri, a.skipped);
      void connection.sendDiagnostics({ uri: a.uri, version: a.version, diagnostics: [] });
      return;
    }
    skippedNotified.delete(a.uri);
    const diagnostics = a.findings.map((f) => toDiagnostic(a.document.lines, f, a.version));
    void connection.sendDiagnostics({ uri: a.uri, version: a.version, diagnostics });
    // entities once typing pauses; a first pass has no tokens to find them in
    if (!a.partial) entityRuns.schedule(a.uri, a.version, a.document);
  },
});

/** The reason each skipped document was last skipped for, so that it is told once. */
const skippedNotified = new Map<string, string>();

/** Entities for hovers and references: in the background, never in the way of an edit. */
const entityRuns = new EntityRuns({
  versionOf: (uri) => documents.get(uri)?.version,
  linting: () => analyses.busy(),
  log: (m) => connection.console.error(m),
});

async function settingsFor(uri: string): Promise<ZhReportSettings> {
  if (!supportsConfiguration) return parseSettings(globalSettings).settings;
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'zhReport' })
      .then((raw) => validated(raw), () => validated(undefined));
    settingsCache.set(uri, s);
  }
  return s;
}

function validated(raw: unknown): ZhReportSettings {
  const { settings, problems } = parseSettings(raw);
  for (const p of problems) {
    if (reportedProblems.has(p)) continue;
    reportedProblems.add(p);
    notify('warning', `zh-report 设置有误：${p}`);
  }
  return settings;
}

let globalSettings: unknown;

/** Shows a message without waiting for (or failing on) the user's answer. */
function notify(kind: 'warning' | 'error', message: string): void {
  const show = kind === 'error' ? connection.window.showErrorMessage : connection.window.showWarningMessage;
  show.call(connection.window, message).catch(() => connection.console.warn(message));
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  supportsConfiguration = !!caps.workspace?.configuration;
  supportsProgress = !!caps.window?.workDoneProgress;
  globalSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      ...Object.assign({}, ...features.map((f) => f.capabilities)),
    },
    serverInfo: { name: 'zh-report', version: typeof __VERSION__ === 'string' ? __VERSION__ : 'dev' },
  };
});
declare const __VERSION__: string | undefined;

connection.onInitialized(() => {
  if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'zhReport' });
  void loadDictionary();
});

/** How dist/server.js compiled this bundle (start.ts): used, rejected, absent or off. */
function compileCacheState(): string {
  return (globalThis as { __zhReportCompileCache?: string }).__zhReportCompileCache ?? 'none';
}

/** Loads jieba after `initialize` has been answered, with progress shown while it loads. */
async function loadDictionary(): Promise<void> {
  const progress = supportsProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
  progress?.begin('zh-report', undefined, '正在加载分词词典…');
  // let the progress notification go out before the (blocking) native load, and the first pass
  // of the documents already opened (rules that need no tokens) be published before it
  await new Promise((r) => setTimeout(r, 10));
  await analyses.firstPassesDone(1000);
  try {
    jieba.load();
    const setup = jiebaSetup();
    connection.console.info(
      `zh-report: 分词词典加载用时 ${jieba.loadMillis} ms（nodejieba ${setup.patched ? '已打补丁，词典只建一次' : '原版'}；分词结果${jieba.hasSpans ? '按长度返回（tagSpans）' : '逐词建对象（tag）'}；大页内存${setup.hugePages ? '已启用' : '未启用'}；代码缓存 ${compileCacheState()}）`,
    );
    markReady();
  } catch (e) {
    notify('error', `zh-report：分词组件加载失败，无法检查文档：${(e as Error).message}`);
  } finally {
    progress?.done();
  }
}

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  reportedProblems.clear();
  globalSettings = (change.settings as { zhReport?: unknown } | undefined)?.zhReport;
  analyses.invalidateAll(documents.all().map((d) => d.uri));
});

documents.onDidOpen((e) => {
  entityRuns.touch();
  analyses.schedule(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  entityRuns.touch();
  analyses.schedule(e.document.uri);
});
documents.onDidClose((e) => {
  analyses.close(e.document.uri);
  entityRuns.close(e.document.uri);
  settingsCache.delete(e.document.uri);
  skippedNotified.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onCodeAction(async (params) => toCodeActions(params, await analyses.get(params.textDocument.uri)));

connection.onExecuteCommand(async (params) => {
  if (params.command !== FIX_ALL_COMMAND) return;
  const uri = String(params.arguments?.[0] ?? '');
  const analysis = await analyses.get(uri);
  const fixAll = analysis && fixAllEdit(analysis);
  if (fixAll) await connection.workspace.applyEdit({ label: 'zh-report：修复所有问题', edit: fixAll.edit });
});

for (const f of features) f.register({ connection, documents, analyses, entityRuns, settingsFor });

// a failure in one request must never take the server down
process.on('uncaughtException', (e) => connection.console.error(`zh-report: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`zh-report: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
