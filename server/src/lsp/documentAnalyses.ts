/**
 * Keeps the latest analysis of each open document: lints on open and change (debounced; the
 * latest version wins, stale runs stop early and are never published) and answers features that
 * need the analysis (hover, symbols, code actions) for the current version.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult, Linter } from '../linter';
import type { ZhReportSettings } from '../protocol';
import { toLintConfig } from '../settings';
import { unreadableText } from '../core/readText';

export interface Analysis extends LintResult {
  uri: string;
  version: number;
  /** A first pass (token-free rules, before the dictionary loaded): the full result follows. */
  partial?: boolean;
}

export interface AnalysesHost {
  linter: Linter;
  /** Resolves when the segmenter's dictionary is loaded. */
  ready: Promise<void>;
  settingsFor(uri: string): Promise<ZhReportSettings>;
  getDocument(uri: string): TextDocument | undefined;
  publish(analysis: Analysis | { uri: string; version: number; skipped: string }): void;
  log(message: string): void;
  /** Called on every request for an analysis: the user is at work (background work waits). */
  active?(): void;
}

/**
 * Documents up to this size get a first pass while the dictionary loads: the token-free rules
 * take ~0.8 s per million characters (0.3 s at this size), and the dictionary load waits for
 * them (it blocks the thread), so a huge file would only delay every other answer.
 */
const FIRST_PASS_MAX = 400_000;

export class DocumentAnalyses {
  private latest = new Map<string, Analysis>();
  private pending = new Map<string, Promise<Analysis | undefined>>();
  /** Scheduled lints, by uri: each entry cancels its lint. */
  private timers = new Map<string, () => void>();
  private isReady = false;
  /** First passes under way (see `firstPassesDone`). */
  private firstPasses = new Set<Promise<void>>();
  private firstPassKeys = new Set<string>();

  constructor(private readonly host: AnalysesHost, private readonly debounceMs = debounceFromEnv()) {
    host.ready.then(
      () => {
        this.isReady = true;
        this.firstPassKeys.clear();
      },
      () => undefined,
    );
  }

  /** Whether a lint is scheduled or running: background work should wait. */
  busy(): boolean {
    return this.timers.size > 0 || this.pending.size > 0;
  }

  /**
   * Resolves when the first passes started so far have been published, or after `timeoutMs`.
   * The server waits for this before loading the dictionary, which blocks the thread for seconds.
   */
  async firstPassesDone(timeoutMs: number): Promise<void> {
    // let opened documents whose lint is already scheduled start their first pass
    await new Promise((resolve) => setTimeout(resolve, 0));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all(this.firstPasses), timeout]);
    clearTimeout(timer);
  }

  /**
   * Schedules a lint of the document after the debounce delay; a newer call replaces it. Before
   * the dictionary has loaded, a first pass starts at once.
   */
  schedule(uri: string, delay = this.debounceMs): void {
    if (!this.isReady) this.startFirstPass(uri);
    this.timers.get(uri)?.();
    const lint = () => {
      this.timers.delete(uri);
      void this.get(uri).catch((e) => this.host.log(`zh-report: 检查 ${uri} 失败：${(e as Error).stack ?? e}`));
    };
    // no delay: right after this event (a 0 ms timeout waits at least 1 ms)
    if (delay <= 0) {
      const immediate = setImmediate(lint);
      this.timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(lint, delay);
      this.timers.set(uri, () => clearTimeout(timer));
    }
  }

  close(uri: string): void {
    for (const key of this.firstPassKeys) if (key.startsWith(`${uri}@`)) this.firstPassKeys.delete(key);
    this.timers.get(uri)?.();
    this.timers.delete(uri);
    this.latest.delete(uri);
    this.pending.delete(uri);
  }

  /** Forgets every analysis (settings changed) and re-lints the open documents. */
  invalidateAll(uris: Iterable<string>): void {
    this.latest.clear();
    this.pending.clear();
    for (const uri of uris) this.schedule(uri, 0);
  }

  /** The analysis of the document's current version, computing it if needed. */
  async get(uri: string): Promise<Analysis | undefined> {
    this.host.active?.();
    const doc = this.host.getDocument(uri);
    if (!doc) return undefined;
    const have = this.latest.get(uri);
    if (have && have.version === doc.version) return have;
    const key = `${uri}@${doc.version}`;
    let run = this.pending.get(key);
    if (!run) {
      run = this.run(uri, doc.version).finally(() => this.pending.delete(key));
      this.pending.set(key, run);
    }
    return run;
  }

  private async run(uri: string, version: number): Promise<Analysis | undefined> {
    await this.host.ready;
    const settings = await this.host.settingsFor(uri);
    const doc = this.host.getDocument(uri);
    if (!doc || doc.version !== version) return undefined;
    const text = doc.getText();
    if (!settings.enable) {
      this.host.publish({ uri, version, skipped: 'disabled' });
      return undefined;
    }
    if (text.length > settings.maxDocumentSize) {
      this.host.publish({ uri, version, skipped: `文档过大（${text.length} 字符），超过 zhReport.maxDocumentSize，未检查` });
      return undefined;
    }
    const unreadable = unreadableText(text);
    if (unreadable) {
      this.host.publish({ uri, version, skipped: unreadable });
      return undefined;
    }
    const stale = () => this.host.getDocument(uri)?.version !== version;
    const result = await this.host.linter.lintAsync(text, toLintConfig(settings), stale);
    if (!result || stale()) return undefined;
    for (const e of result.ruleErrors) this.reportRuleError(uri, e.ruleId, e.message);
    const analysis: Analysis = { ...result, uri, version };
    this.latest.set(uri, analysis);
    this.host.publish(analysis);
    return analysis;
  }

  /** A rule that threw: logged once per document and rule (the other rules' findings are published). */
  private reportRuleError(uri: string, ruleId: string, message: string): void {
    const key = `${uri} ${ruleId}`;
    if (this.ruleErrorsLogged.has(key)) return;
    this.ruleErrorsLogged.add(key);
    this.host.log(`zh-report: 规则 ${ruleId} 在 ${uri} 上出错，其结果未能显示：${message}`);
  }
  private readonly ruleErrorsLogged = new Set<string>();

  private startFirstPass(uri: string): void {
    const version = this.host.getDocument(uri)?.version;
    // opening a document schedules it twice (open, then content change): one pass per version
    const key = `${uri}@${version}`;
    if (version === undefined || this.firstPassKeys.has(key)) return;
    this.firstPassKeys.add(key);
    const first = this.firstPass(uri, version).catch((e) => this.host.log(`zh-report: 初步检查 ${uri} 失败：${(e as Error).stack ?? e}`));
    this.firstPasses.add(first);
    void first.finally(() => this.firstPasses.delete(first));
  }

  /**
   * Before the dictionary has loaded: the rules that need no tokens, published at once when they
   * find something (the full result replaces them when the dictionary is ready). Not kept as the document's analysis:
   * features need tokens.
   */
  private async firstPass(uri: string, version: number): Promise<void> {
    const settings = await this.host.settingsFor(uri);
    const doc = this.host.getDocument(uri);
    if (this.isReady || !doc || doc.version !== version || !settings.enable) return;
    const text = doc.getText();
    if (text.length > Math.min(settings.maxDocumentSize, FIRST_PASS_MAX) || unreadableText(text)) return;
    const result = this.host.linter.lintWithoutTokens(text, toLintConfig(settings));
    // the full result may have been published meanwhile; never replace it with the partial one.
    // Nothing found is not published: an empty list would call the document clean for seconds.
    if (this.isReady || this.host.getDocument(uri)?.version !== version || result.findings.length === 0) return;
    this.host.publish({ ...result, uri, version, partial: true });
  }
}

/**
 * 150 ms after the last keystroke; `ZH_REPORT_DEBOUNCE_MS` (undocumented to users) lets the speed
 * benchmark set 0 to measure the analysis alone.
 */
function debounceFromEnv(): number {
  const ms = Number(process.env.ZH_REPORT_DEBOUNCE_MS);
  return process.env.ZH_REPORT_DEBOUNCE_MS && Number.isFinite(ms) && ms >= 0 ? ms : 150;
}
