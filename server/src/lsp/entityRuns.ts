/**
 * Entities (hover, highlights, references, semantic tokens) are document-wide, and the first time
 * a report is examined they are slow: every paragraph's candidates, ~1 s per 100 000 characters.
 * They are computed here, in the background, for each document's latest version, so that an edit
 * is never queued behind them:
 * - a run works in short slices, not at all while a lint is scheduled or running, and, while
 *   nobody waits for it, only after `idleMs` without an open, a change, a publish or a feature
 *   request (a burst of typing, or the edits right after opening, never meet a run);
 * - a run whose version is no longer the latest stops at its next step; the paragraphs it examined
 *   stay cached by content, so the run for the new version starts about where it stopped;
 * - a request that needs the entities (a hover…) starts the run at once if none is going and waits
 *   for it (for a while, see `ready`); a run someone waits for waits only for lints.
 * Runs go through the recogniser's public steps (`findEntitiesSteps`, then `documentEntitiesAsync`
 * for the index itself), so the results are exactly those of a synchronous `documentEntities`.
 */
import type { ReportDocument } from '../core/document';
import { documentEntitiesAsync, findEntitiesSteps, MAX_ENTITY_DOCUMENT } from '../core/entities';
import { userEntries } from '../core/userDictionary';

export interface EntityRunsHost {
  /** The document's current version; undefined once it is closed. */
  versionOf(uri: string): number | undefined;
  /** Whether a lint is scheduled or running: it goes first. */
  linting(): boolean;
  log(message: string): void;
}

interface Run {
  uri: string;
  version: number;
  doc: ReportDocument;
  /** Requests waiting for it: it does not wait for a pause in typing. */
  waiting: number;
  /** Resolves when the run finished or stopped (never rejects). */
  done: Promise<void>;
}

export class EntityRuns {
  private runs = new Map<string, Run>();
  private finished = new WeakSet<ReportDocument>();
  /** When a document was last opened, changed or published (performance.now()). */
  private lastActivity = -Infinity;

  constructor(
    private readonly host: EntityRunsHost,
    private readonly idleMs = 300,
    private readonly sliceMs = 4,
  ) {}

  /** A document was opened or changed, or a feature asked for one: the user is at work. */
  touch(): void {
    this.lastActivity = performance.now();
  }

  /** Diagnostics of this version are out: compute its entities once the server is idle. */
  schedule(uri: string, version: number, doc: ReportDocument): void {
    // the next edit usually follows a publish closely: the idle time counts from here
    this.touch();
    const current = this.runs.get(uri);
    if (current?.doc === doc || this.finished.has(doc)) return;
    this.start(uri, version, doc);
  }

  /** Forgets the document's run (it stops at its next step). */
  close(uri: string): void {
    this.runs.delete(uri);
  }

  /** Whether the document's entities are computed (a feature reading them will not wait). */
  isReady(doc: ReportDocument): boolean {
    return this.finished.has(doc);
  }

  /**
   * Waits until the entities of `doc` (the analysis of `uri` at `version`) are computed, hurrying
   * its run on meanwhile, for at most `timeoutMs`; true when they are. Resolves at once for a
   * version that is no longer current (the caller should compute nothing for it) and for documents
   * too large for entities.
   */
  async ready(uri: string, version: number, doc: ReportDocument, timeoutMs = Infinity): Promise<boolean> {
    if (this.finished.has(doc)) return true;
    if (doc.text.length > MAX_ENTITY_DOCUMENT || this.host.versionOf(uri) !== version) return false;
    let run = this.runs.get(uri);
    if (run?.doc !== doc) run = this.start(uri, version, doc);
    run.waiting++;
    let timer: NodeJS.Timeout | undefined;
    try {
      if (timeoutMs === Infinity) await run.done;
      else await Promise.race([run.done, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    } finally {
      clearTimeout(timer);
      run.waiting--;
    }
    return this.finished.has(doc);
  }

  private start(uri: string, version: number, doc: ReportDocument): Run {
    const run: Run = { uri, version, doc, waiting: 0, done: Promise.resolve() };
    this.runs.set(uri, run);
    run.done = this.work(run)
      .catch((e) => this.host.log(`zh-report: 实体识别失败：${(e as Error).stack ?? e}`))
      .finally(() => {
        if (this.runs.get(uri) === run) this.runs.delete(uri);
      });
    return run;
  }

  private stale(run: Run): boolean {
    return this.runs.get(run.uri) !== run || this.host.versionOf(run.uri) !== run.version;
  }

  /** Waits until the run may go on; false when it should stop (its version is stale). */
  private async turn(run: Run): Promise<boolean> {
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      if (this.stale(run)) return false;
      if (!this.mustWait(run)) return true;
      // polled: a run made urgent meanwhile goes on within 20 ms
      const wait = this.host.linting() || run.waiting > 0 ? 5 : Math.min(20, Math.max(5, this.idleMs - (performance.now() - this.lastActivity)));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** Lints go first; a run nobody waits for also waits for a pause in typing. */
  private mustWait(run: Run): boolean {
    return this.host.linting() || (run.waiting === 0 && performance.now() - this.lastActivity < this.idleMs);
  }

  private async work(run: Run): Promise<void> {
    if (run.doc.text.length > MAX_ENTITY_DOCUMENT) return;
    if (!(await this.turn(run))) return;
    // 1. The slow part: each paragraph's candidates, one step per paragraph, kept per paragraph
    //    content by the recogniser. Abandoned as soon as the version is stale.
    const steps = findEntitiesSteps(run.doc, userEntries().entries);
    try {
      let sliceStart = performance.now();
      for (let i = 0; i < run.doc.paragraphs.length; i++) {
        if (steps.next().done) break;
        if (performance.now() - sliceStart >= this.sliceMs) {
          if (!(await this.turn(run))) return;
          sliceStart = performance.now();
        }
      }
    } finally {
      steps.return({ entities: [], mentions: [] });
    }
    if (!(await this.turn(run))) return;
    // 2. The document-wide part (grouping, coreference, chains), from cached paragraphs: the
    //    index itself, memoised for this version where the features read it.
    await documentEntitiesAsync(run.doc, this.sliceMs, () => this.mustWait(run));
    this.finished.add(run.doc);
  }
}
