import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../server/src/core/document';
import { documentEntities, findEntities } from '../../server/src/core/entities';
import { EntityRuns, type EntityRunsHost } from '../../server/src/lsp/entityRuns';
import { testLinter } from '../helpers';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');

/** The seed's paragraphs, each copy made distinct (new content: nothing cached by earlier tests). */
function report(copies: number, tag: string): string {
  const paragraphs = SEED.split('\n').filter((l) => l.trim());
  const out: string[] = [];
  for (let k = 0; k < copies; k++) for (const p of paragraphs) out.push(`${tag}${k}号：${p}`);
  return out.join('\n') + '\n';
}

function analysed(text: string): ReportDocument {
  return testLinter().lint(text).document;
}

/** A host whose version and lint state the test sets; counts how often a run asked to go on. */
function host(init: { version?: number; linting?: () => boolean } = {}): EntityRunsHost & { version: number; asked: number } {
  const h = {
    version: init.version ?? 1,
    asked: 0,
    versionOf: () => h.version,
    linting: () => {
      h.asked++;
      return init.linting?.() ?? false;
    },
    log: (m: string) => {
      throw new Error(m);
    },
  };
  return h;
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('background entity runs (lsp/entityRuns)', () => {
  it('computes the same index as a synchronous recognition, and says when it is ready', async () => {
    const text = report(2, '甲');
    const doc = analysed(text);
    const runs = new EntityRuns(host(), 0, 0);
    expect(runs.isReady(doc)).toBe(false);
    expect(await runs.ready('file:///a.txt', 1, doc)).toBe(true);
    expect(runs.isReady(doc)).toBe(true);
    // the run's index is the one the features read (memoised), equal to a fresh recognition
    expect(documentEntities(doc)).toEqual(findEntities(analysed(text)));
  });

  it('stops a run whose version went stale at its next step, and the new version still gets exactly its own entities', async () => {
    const h = host();
    const runs = new EntityRuns(h, 0, 0);
    const v1 = analysed(report(3, '乙'));
    // an edit arrives while the run for version 1 is under way (at its 4th step boundary)
    const linting = h.linting;
    h.linting = () => {
      if (h.asked === 3) h.version = 2;
      return linting();
    };
    expect(await runs.ready('file:///b.txt', 1, v1)).toBe(false);
    const askedWhenStopped = h.asked;
    await tick(50);
    expect(h.asked).toBe(askedWhenStopped); // nothing more was done for version 1
    expect(runs.isReady(v1)).toBe(false);
    const v2Text = report(3, '乙').replace('宋亚东', '宋亚东和王文涛');
    const v2 = analysed(v2Text);
    expect(await runs.ready('file:///b.txt', 2, v2)).toBe(true);
    expect(documentEntities(v2)).toEqual(findEntities(analysed(v2Text)));
    expect(documentEntities(v2).entities.some((e) => e.name === '王文涛')).toBe(true);
  });

  it('lets lints go first, even when a request waits', async () => {
    let lintRunning = true;
    const runs = new EntityRuns(host({ linting: () => lintRunning }), 0, 0);
    // one short paragraph: done within a few ms when nothing holds it
    const doc = analysed('丙：省长王文涛到哈尔滨市调研。\n');
    const ready = runs.ready('file:///c.txt', 1, doc);
    await tick(60);
    expect(runs.isReady(doc)).toBe(false);
    lintRunning = false;
    expect(await ready).toBe(true);
  });

  it('waits for a pause in typing before working for nobody, but not when a request waits', async () => {
    const h = host();
    const runs = new EntityRuns(h, 150, 0);
    const doc = analysed('丁：省长王文涛到哈尔滨市调研。\n');
    runs.touch();
    runs.schedule('file:///d.txt', 1, doc);
    await tick(60);
    expect(runs.isReady(doc)).toBe(false);
    // a hover arrives: the same run goes on at once
    expect(await runs.ready('file:///d.txt', 1, doc)).toBe(true);
  });

  it('gives up waiting after the timeout and finishes later, once the user pauses', async () => {
    const runs = new EntityRuns(host(), 30, 0);
    const doc = analysed(report(4, '戊'));
    expect(await runs.ready('file:///e.txt', 1, doc, 1)).toBe(false);
    runs.schedule('file:///e.txt', 1, doc);
    for (let i = 0; i < 600 && !runs.isReady(doc); i++) await tick(20);
    expect(runs.isReady(doc)).toBe(true);
  });

  it('answers at once, computing nothing, for a version that is no longer current', async () => {
    const h = host({ version: 5 });
    const runs = new EntityRuns(h, 0, 0);
    const doc = analysed(report(1, '己'));
    expect(await runs.ready('file:///f.txt', 4, doc)).toBe(false);
    await tick(20);
    expect(h.asked).toBe(0);
  });
});
